import { z } from 'zod';
import { areaByCode } from '../../../domain/areas/index.js';

/** [west, south, east, north] in degrees. */
export type Bounds = readonly [number, number, number, number];

/**
 * Named views of the map. "country" is the whole territory with Hoàng Sa and Trường Sa (from the bounds of
 * the generated geodata, assets/geo); "mainland" leaves the archipelagos' open sea out for a larger mainland;
 * the regions are the three customary parts of the country.
 */
export const NAMED_VIEWS = {
  country: [102.1, 7.8, 115.9, 23.4],
  mainland: [102.1, 8.5, 109.5, 23.4],
  north: [102.1, 20.0, 108.1, 23.4],
  central: [103.8, 10.9, 109.5, 20.7],
  south: [104.3, 8.4, 107.7, 12.3],
} as const satisfies Record<string, Bounds>;

export type NamedView = keyof typeof NAMED_VIEWS;

const areaCode = z.string().refine((code) => {
  const area = areaByCode(code);
  return area !== undefined && (area.set === 'units34' || area.set === 'units63');
}, 'must be a province code of the 34 units ("VN34-01") or of the 63 ("VN-HN")');

const bbox = z
  .tuple([z.number().min(-180).max(180), z.number().min(-85).max(85), z.number().min(-180).max(180), z.number().min(-85).max(85)])
  .refine(([west, south, east, north]) => west < east && south < north, 'must be [west, south, east, north] with west < east and south < north');

/** What the map shows when nothing is in focus: a named view, one province (whole), or explicit bounds. */
export const mapViewSchema = z.union(
  [z.enum(Object.keys(NAMED_VIEWS) as [NamedView, ...NamedView[]]), z.strictObject({ area: areaCode }), z.strictObject({ bbox })],
  { error: `must be one of ${Object.keys(NAMED_VIEWS).join(', ')}, { "area": code } or { "bbox": [west, south, east, north] }` },
);
export type MapView = z.output<typeof mapViewSchema>;

export const mapFocusOptionSchema = z.strictObject({ area: areaCode });

export { areaCode as provinceCodeSchema };
