import { z } from 'zod';
import { REPORTING_FREQUENCIES } from '../../domain/reporting-period.js';
import { definePanelKind } from './define.js';
import { timeZoneSchema } from './time-zone.js';

export const clockOptions = z.strictObject({
  timeZone: timeZoneSchema.optional().describe('IANA time zone; defaults to the layout time zone'),
  showSeconds: z.boolean().default(true),
  showDate: z.boolean().default(true),
  /** Which reporting periods (Decree 09/2019) to show with their cut-off, in this order. */
  periods: z.array(z.enum(REPORTING_FREQUENCIES)).max(4).default(['month', 'quarter', 'year']),
});

export type ClockOptions = z.output<typeof clockOptions>;

export const clockKind = definePanelKind({
  kind: 'clock',
  title: { vi: 'Đồng hồ và kỳ báo cáo', en: 'Clock and reporting period' },
  optionsVersion: 1,
  options: clockOptions,
  migrations: {},
  channels: () => [],
});
