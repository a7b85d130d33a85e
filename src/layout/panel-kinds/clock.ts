import { z } from 'zod';
import { DECREE_PERIODS } from '../../domain/reporting-period.js';
import { definePanelKind } from './define.js';
import { timeZoneSchema } from './time-zone.js';

export const clockOptions = z.strictObject({
  timeZone: timeZoneSchema.optional().describe('IANA time zone; defaults to the layout time zone'),
  showSeconds: z.boolean().default(true),
  showDate: z.boolean().default(true),
  /**
   * Which reporting periods (Decree 09/2019) to show with their cut-off, in this order. The six-month
   * (15 Dec → 14 Jun) and nine-month (15 Dec → 14 Sep) ones show only inside their window.
   */
  periods: z.array(z.enum(DECREE_PERIODS)).max(4).default(['month', 'quarter', 'year']),
});

export type ClockOptions = z.output<typeof clockOptions>;

export const clockKind = definePanelKind({
  kind: 'clock',
  title: { vi: 'Đồng hồ và kỳ báo cáo', en: 'Clock and reporting period' },
  optionsVersion: 1,
  options: clockOptions,
  migrations: {},
  channels: () => [],
  // The time counts two lines (it is drawn larger), the date one, each period two (its name and the days
  // left, its cut-off). A wide cell puts the periods beside the time (clock.css), a tall one under it.
  textNeeds: (options, cell) => {
    const time = 2 + (options.showDate ? 1 : 0);
    const periods = 2 * options.periods.length;
    return { lines: cell.widthEm >= 2 * cell.heightEm ? Math.max(time, periods) : time + periods, smallPrintLines: 0 };
  },
});
