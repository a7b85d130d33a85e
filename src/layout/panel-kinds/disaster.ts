import { z } from 'zod';
import { definePanelKind } from './define.js';

export const DISASTER_VIEWS = ['daily', 'warnings', 'forest-fire', 'landslides-drought'] as const;
const CHANNELS: Record<(typeof DISASTER_VIEWS)[number], string[]> = {
  daily: ['disaster/daily'],
  warnings: ['disaster/warnings'],
  'forest-fire': ['agriculture/forest-fire'],
  'landslides-drought': ['agriculture/landslides', 'agriculture/drought-salinity'],
};

export const disasterOptions = z.strictObject({
  /**
   * 'daily': the day's summary of incidents, disasters and search and rescue (counts, people, damage,
   * response); 'warnings': the warnings in force by level, the gravest named; 'forest-fire': provinces by
   * fire-danger level (I–V), those at IV and V named; 'landslides-drought': river-bank and coastal
   * landslides, salinity intrusion, drought.
   */
  view: z.enum(DISASTER_VIEWS).default('daily'),
  /** Warnings: how many of the gravest are named. */
  named: z.number().int().min(0).max(4).default(2),
});

export type DisasterOptions = z.output<typeof disasterOptions>;

const LINES = { daily: 8, warnings: 5, 'forest-fire': 6, 'landslides-drought': 6 } as const;

export const disasterKind = definePanelKind({
  kind: 'disaster',
  title: { vi: 'Thiên tai và tìm kiếm cứu nạn', en: 'Disasters and search and rescue' },
  optionsVersion: 1,
  options: disasterOptions,
  migrations: {},
  channels: (options) => CHANNELS[options.view],
  textNeeds: (options) => ({ lines: LINES[options.view] + (options.view === 'warnings' ? options.named : 0), smallPrintLines: 3 }),
});
