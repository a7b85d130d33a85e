import { z } from 'zod';
import { isAreaCode } from '../../domain/areas/index.js';
import { definePanelKind } from './define.js';

export const trafficAccidentsOptions = z.strictObject({
  /**
   * 'overview': the latest day and the reporting month so far (by road, rail, inland waterway), deaths per
   * day against last year; 'ranking': the provinces with the largest rise and fall in deaths.
   */
  view: z.enum(['overview', 'ranking']).default('overview'),
  /** The area of the overview: "VN" or a province (34-unit code). */
  area: z
    .string()
    .refine(isAreaCode, { message: 'is not a known area code' })
    .default('VN'),
  /** Places in each ranking list (ties at the last place are all shown). */
  count: z.number().int().min(1).max(10).default(5),
});

export type TrafficAccidentsOptions = z.output<typeof trafficAccidentsOptions>;

export const trafficAccidentsKind = definePanelKind({
  kind: 'traffic-accidents',
  title: { vi: 'Tai nạn giao thông', en: 'Traffic accidents' },
  optionsVersion: 1,
  options: trafficAccidentsOptions,
  migrations: {},
  channels: () => ['traffic/accidents'],
  // overview: a header, today, the month, three modes, deaths per day; ranking: a header and the places.
  textNeeds: (options) => ({ lines: options.view === 'overview' ? (options.area === 'VN' ? 7 : 4) : options.count + 1, smallPrintLines: 3 }),
});
