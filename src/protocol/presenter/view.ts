import { z } from 'zod';
import { provinceCodeSchema } from '../../layout/panel-kinds/map/views.js';

/**
 * The shared view of a presenter session or a local briefing (DESIGN §5): what the presenter's page sends,
 * what the hub keeps, what it passes to the other room over the link and to every wall display. One schema
 * for every hop. Positions are fractions of the wall (0–1 across, 0–1 down): each room maps them onto its
 * own wall, and each display draws the part that falls on it.
 */
const fraction = z.number().min(0).max(1);
export const pointSchema = z.tuple([fraction, fraction]);
export type Point = z.infer<typeof pointSchema>;

/** Colours a presenter may draw with: Okabe–Ito, bright enough on the dark wall, told apart without hue by the legend's words. */
export const INK_COLOURS = ['yellow', 'orange', 'sky', 'green', 'white', 'vermillion'] as const;
export const inkColourSchema = z.enum(INK_COLOURS);
export type InkColour = z.infer<typeof inkColourSchema>;

export const strokeIdSchema = z.string().regex(/^[A-Za-z0-9_-]{4,40}$/, 'must be 4–40 letters, digits, - or _');
/** Points per stroke at most (a long freehand line is thinned by the page before it reaches this). */
export const MAX_STROKE_POINTS = 2_000;
/** Points one stroke message may add. */
export const MAX_POINTS_PER_MESSAGE = 200;
/** Strokes a view keeps; the oldest go first. */
export const MAX_STROKES = 400;

/** The page's clock when the presenter moved (ms since the epoch): latency is measured against it. */
const sentAt = z.number().finite().min(0);

export const pointerEventSchema = z.strictObject({
  type: z.literal('pointer'),
  /** null: the pointer left the drawing surface (hidden on the wall). */
  at: pointSchema.nullable(),
  colour: inkColourSchema,
  sentAt,
});

/**
 * A stroke grows as it is drawn: the first message names its tool and colour, each next one adds points;
 * `done` ends it. An arrow is a line whose last segment gets a head; text is placed at its first point.
 */
export const strokeEventSchema = z.strictObject({
  type: z.literal('stroke'),
  id: strokeIdSchema,
  tool: z.enum(['pen', 'arrow', 'text']),
  colour: inkColourSchema,
  /** Line width as a fraction of the wall's height. */
  width: z.number().min(0.001).max(0.05),
  points: z.array(pointSchema).min(1).max(MAX_POINTS_PER_MESSAGE),
  text: z.string().min(1).max(200).optional(),
  done: z.boolean(),
  sentAt,
});

export const clearEventSchema = z.strictObject({ type: z.literal('clear'), sentAt });

/** The province in focus on the session board's maps (null: the board's own view), and the period shown. */
export const focusEventSchema = z.strictObject({
  type: z.literal('focus'),
  area: provinceCodeSchema.nullable(),
  sentAt,
});

export const viewEventSchema = z.discriminatedUnion('type', [pointerEventSchema, strokeEventSchema, clearEventSchema, focusEventSchema]);
export type ViewEvent = z.infer<typeof viewEventSchema>;
export type PointerEvent = z.infer<typeof pointerEventSchema>;
export type StrokeEvent = z.infer<typeof strokeEventSchema>;

export const strokeSchema = z.strictObject({
  id: strokeIdSchema,
  tool: z.enum(['pen', 'arrow', 'text']),
  colour: inkColourSchema,
  width: z.number().min(0.001).max(0.05),
  points: z.array(pointSchema).max(MAX_STROKE_POINTS),
  text: z.string().max(200).optional(),
  done: z.boolean(),
  /** The room whose presenter drew it. */
  room: z.string().max(64),
});
export type Stroke = z.infer<typeof strokeSchema>;

/** A whole view: what a display or a resumed room is given at once. */
export const viewStateSchema = z.strictObject({
  strokes: z.array(strokeSchema).max(MAX_STROKES),
  area: provinceCodeSchema.nullable(),
  /** Counts clears: a view resumed after a cut keeps strokes only from the latest clear on. */
  clears: z.number().int().min(0),
});
export type ViewState = z.infer<typeof viewStateSchema>;
