import { z } from 'zod';
import { areaCodeSchema, periodKey, provenanceShape } from './provenance.js';

const code = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'must be lower-case letters, digits, dots, dashes or underscores');

/** One figure: a metric for an area, in a unit, for a period, with its provenance. */
export const observationSchema = z.strictObject({
  metric: code,
  area: areaCodeSchema,
  unit: z.string().min(1).max(24),
  // zod 4 numbers refuse NaN and ±Infinity.
  value: z.number(),
  ...provenanceShape,
});
export type Observation = z.infer<typeof observationSchema>;

/** The series a figure belongs to: metric + area + unit. */
export function seriesKey(observation: Pick<Observation, 'metric' | 'area' | 'unit'>): string {
  return `${observation.metric}|${observation.area}|${observation.unit}`;
}

/** Identity of a figure: its series and period. A later revision of the same key replaces it. */
export function observationKey(observation: Pick<Observation, 'metric' | 'area' | 'unit' | 'period'>): string {
  return `${seriesKey(observation)}|${periodKey(observation.period)}`;
}

const words = (max: number) =>
  z
    .string()
    .max(max * 12)
    .refine((text) => text.trim().split(/\s+/).filter(Boolean).length <= max, { message: `must be at most ${max} words` });

/** Word limits of the traffic-accident report (domain facts §3) and similar narrative items. */
export const REPORT_WORD_LIMITS: Record<string, number> = {
  'serious-accident': 100,
  congestion: 50,
  'hot-issue': 200,
};
const DEFAULT_WORD_LIMIT = 200;

export const mediaSchema = z.strictObject({
  kind: z.enum(['image', 'video']),
  url: z.url({ protocol: /^https?$/ }),
  caption: z.string().max(200).optional(),
});

/** Limits of a report's shape: enough for a storm's track and cone or a flood zone, not a cadastral survey. */
export const REPORT_SHAPE_LIMITS = { maxPositions: 2000, maxTrackPositions: 500, maxRings: 50 } as const;

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)], { error: 'must be [longitude, latitude]' });
const ring = z
  .array(position)
  .min(4, 'a ring needs at least 4 positions')
  .max(REPORT_SHAPE_LIMITS.maxPositions)
  .refine((points) => points[0]![0] === points[points.length - 1]![0] && points[0]![1] === points[points.length - 1]![1], 'a ring must end where it starts');
const polygon = z.array(ring).min(1).max(REPORT_SHAPE_LIMITS.maxRings);

/**
 * Where a warning or disaster report lies on the map (GeoJSON geometries, WGS 84): a storm's `track` (past
 * and forecast positions in time order; `forecastFrom` is the index of the first forecast one) and its `zone`
 * (the forecast cone, a flood or landslide zone, a fire's perimeter). Only channels whose reports may carry
 * one accept it (ChannelSpec.reportShapes); the size is capped (REPORT_SHAPE_LIMITS).
 */
export const reportShapeSchema = z
  .strictObject({
    track: z
      .strictObject({
        type: z.literal('LineString'),
        coordinates: z.array(position).min(2, 'a track needs at least 2 positions').max(REPORT_SHAPE_LIMITS.maxTrackPositions),
        forecastFrom: z.number().int().min(0).optional(),
      })
      .refine((track) => track.forecastFrom === undefined || track.forecastFrom < track.coordinates.length, { message: 'forecastFrom must index a position of the track', path: ['forecastFrom'] })
      .optional(),
    zone: z
      .discriminatedUnion('type', [
        z.strictObject({ type: z.literal('Polygon'), coordinates: polygon }),
        z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon).min(1).max(REPORT_SHAPE_LIMITS.maxRings) }),
      ])
      .optional(),
  })
  .superRefine((shape, context) => {
    if (!shape.track && !shape.zone) context.addIssue({ code: 'custom', message: 'must have a track or a zone' });
    const zone = shape.zone ? (shape.zone.type === 'Polygon' ? [shape.zone.coordinates] : shape.zone.coordinates) : [];
    const positions = (shape.track?.coordinates.length ?? 0) + zone.reduce((sum, rings) => sum + rings.reduce((n, r) => n + r.length, 0), 0);
    if (positions > REPORT_SHAPE_LIMITS.maxPositions) context.addIssue({ code: 'custom', message: `has ${positions} positions (at most ${REPORT_SHAPE_LIMITS.maxPositions})` });
  });
export type ReportShape = z.infer<typeof reportShapeSchema>;

/** A narrative item: a warning, a serious accident, a fire, a hot issue; identified by `id`. */
export const reportSchema = z
  .strictObject({
    id: code,
    kind: code,
    area: areaCodeSchema,
    title: z.string().min(1).max(200),
    text: words(DEFAULT_WORD_LIMIT),
    occurredAt: provenanceShape.cutOff,
    severity: z.enum(['info', 'minor', 'moderate', 'severe', 'extreme']).optional(),
    location: z.strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180), place: z.string().max(200).optional() }).optional(),
    /** Figures that belong to the item: deaths, injured, length of road affected (km), duration (min) … */
    facts: z.record(code, z.union([z.number(), z.string().max(200)])).optional(),
    media: z.array(mediaSchema).max(8).optional(),
    shape: reportShapeSchema.optional(),
    ...provenanceShape,
  })
  .superRefine((report, context) => {
    const limit = Object.hasOwn(REPORT_WORD_LIMITS, report.kind) ? REPORT_WORD_LIMITS[report.kind] : undefined;
    if (limit !== undefined && report.text.trim().split(/\s+/).filter(Boolean).length > limit) {
      context.addIssue({ code: 'custom', path: ['text'], message: `a "${report.kind}" report must be at most ${limit} words` });
    }
  });
export type Report = z.infer<typeof reportSchema>;
