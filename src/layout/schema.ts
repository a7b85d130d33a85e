import { z } from 'zod';
import { viewingSchema } from './legibility.js';

/** Current layout format version. Older files are migrated on load (see migrate.ts). */
export const LAYOUT_FORMAT = 'opswall.layout';
export const LAYOUT_VERSION = 1;

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes (at most 63), e.g. "main-1"');

const positiveInt = (max: number) => z.number().int('must be a whole number').min(1, 'must be at least 1').max(max, `must be at most ${max}`);

export const cellSchema = z.strictObject({
  column: positiveInt(24),
  row: positiveInt(24),
  columnSpan: positiveInt(24).default(1),
  rowSpan: positiveInt(24).default(1),
});

export const panelSchema = z.strictObject({
  id,
  kind: z.string().min(1, 'must name a panel kind'),
  title: z.string().max(120).optional(),
  cell: cellSchema,
  /** Version of this panel's options; older options are migrated by the panel kind. */
  optionsVersion: z.number().int().min(1).optional(),
  options: z.record(z.string(), z.unknown()).default({}),
});

/** Minimum text height as a percentage of the display's height (2 = 21.6 px on 1080p, 43 px on 4K). */
const minTextHeightVh = z.number().min(0.8, 'must be at least 0.8 (% of display height)').max(10, 'must be at most 10 (% of display height)');

export const displaySchema = z.strictObject({
  id,
  name: z.string().min(1).max(80),
  /** Where this monitor sits in its wall (1-based), for the console's picture of the room. */
  position: z.strictObject({ column: positiveInt(16), row: positiveInt(16) }).optional(),
  grid: z.strictObject({
    columns: positiveInt(24),
    rows: positiveInt(24),
    /** Gap between panels as % of display height. */
    gapVh: z.number().min(0).max(5).default(0.8),
  }),
  minTextHeightVh: minTextHeightVh.optional(),
  panels: z.array(panelSchema),
});

export const wallSchema = z.strictObject({
  id,
  name: z.string().min(1).max(80),
  arrangement: z.strictObject({ columns: positiveInt(16), rows: positiveInt(16) }).optional(),
  /** The wall's monitors and its farthest seat: the text heights follow from them (legibility.ts). */
  viewing: viewingSchema.optional(),
  displays: z.array(displaySchema).min(1, 'a wall needs at least one display'),
});

export const layoutSchema = z.strictObject({
  $schema: z.string().optional(),
  schema: z.literal(LAYOUT_FORMAT),
  version: z.literal(LAYOUT_VERSION),
  id,
  name: z.string().min(1).max(120),
  description: z.string().max(2000).optional(),
  locale: z.enum(['vi-VN', 'en-GB']).default('vi-VN'),
  timeZone: z.string().default('Asia/Ho_Chi_Minh'),
  minTextHeightVh: minTextHeightVh.default(2),
  walls: z.array(wallSchema).min(1, 'a layout needs at least one wall'),
});

export type Cell = z.output<typeof cellSchema>;
export type PanelPlacement = z.output<typeof panelSchema>;
export type DisplayLayout = z.output<typeof displaySchema>;
export type WallLayout = z.output<typeof wallSchema>;
export type Layout = z.output<typeof layoutSchema>;
