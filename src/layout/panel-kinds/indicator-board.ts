import { z } from 'zod';
import { isAreaCode } from '../../domain/areas/index.js';
import { builtInCatalogue, INDICATOR_GROUP_CODES } from '../../domain/indicators/index.js';
import { definePanelKind } from './define.js';

const indicatorCode = z.string().refine((code) => builtInCatalogue().get(code) !== undefined, { message: 'is not an indicator of the catalogue (src/domain/indicators)' });

export const indicatorBoardOptions = z
  .strictObject({
    /** The indicators, in reading order; a short label may stand for the catalogue's long name. */
    indicators: z
      .array(z.union([indicatorCode, z.strictObject({ code: indicatorCode, label: z.string().min(1).max(60).optional() })]))
      .min(1)
      .max(12)
      .optional(),
    /** Or a whole group of the catalogue (Decision 293: nine groups), its first `max` indicators by number. */
    group: z.enum(INDICATOR_GROUP_CODES).optional(),
    max: z.number().int().min(1).max(12).default(6),
    /** "VN" or a province: provincial indicators have figures per province. */
    area: z
      .string()
      .refine(isAreaCode, { message: 'is not a known area code' })
      .default('VN'),
    /** Tiles per row. */
    columns: z.number().int().min(1).max(6).default(3),
    sparkline: z.boolean().default(true),
  })
  .superRefine((options, context) => {
    if ((options.indicators === undefined) === (options.group === undefined)) context.addIssue({ code: 'custom', message: 'give either "indicators" (a list of codes) or "group" (a group of the catalogue), not both or neither' });
  });

export type IndicatorBoardOptions = z.output<typeof indicatorBoardOptions>;

/** The board's tiles: code and the label to show (the layout's short one, else the catalogue's name). */
export function boardIndicators(options: IndicatorBoardOptions): { code: string; label?: string }[] {
  if (options.indicators) return options.indicators.map((entry) => (typeof entry === 'string' ? { code: entry } : entry));
  return builtInCatalogue()
    .inGroup(options.group!)
    .slice(0, options.max)
    .map((indicator) => ({ code: indicator.code }));
}

/** Lines a tile takes: its name (two), the value (drawn larger: two), the period, two changes; the sparkline one more. */
const TILE_LINES = 7;

export const indicatorBoardKind = definePanelKind({
  kind: 'indicator-board',
  title: { vi: 'Chỉ tiêu kinh tế – xã hội', en: 'Socio-economic indicators' },
  optionsVersion: 1,
  options: indicatorBoardOptions,
  migrations: {},
  channels: () => ['indicators/kt-xh'],
  textNeeds: (options) => {
    const rows = Math.ceil(boardIndicators(options).length / options.columns);
    return { lines: rows * (TILE_LINES + (options.sparkline ? 1 : 0)), smallPrintLines: rows + 2 };
  },
});
