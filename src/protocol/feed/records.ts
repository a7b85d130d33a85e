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
    ...provenanceShape,
  })
  .superRefine((report, context) => {
    const limit = Object.hasOwn(REPORT_WORD_LIMITS, report.kind) ? REPORT_WORD_LIMITS[report.kind] : undefined;
    if (limit !== undefined && report.text.trim().split(/\s+/).filter(Boolean).length > limit) {
      context.addIssue({ code: 'custom', path: ['text'], message: `a "${report.kind}" report must be at most ${limit} words` });
    }
  });
export type Report = z.infer<typeof reportSchema>;
