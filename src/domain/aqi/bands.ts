import { roundAqi } from './breakpoints.js';

/**
 * VN_AQI bands, Decision 1459/QĐ-TCMT (2019), Table 1 (domain facts §6): ranges, names and RGB colours.
 * `textOnColour` is black or white, whichever contrasts more with the band colour (WCAG 2 contrast ratio;
 * black on red 5.3:1 beats white 4.0:1; white on purple 6.3:1, on brown 11.0:1; bands.test.ts checks it).
 */
export type Rgb = readonly [number, number, number];

export const AQI_LEVELS = ['good', 'moderate', 'poor', 'bad', 'very-bad', 'hazardous'] as const;
export type AqiLevel = (typeof AQI_LEVELS)[number];

export interface AqiBand {
  level: AqiLevel;
  /** Inclusive integer AQI range. */
  min: number;
  max: number;
  /** Air-quality level as the decision names it. */
  vi: string;
  en: string;
  colourName: { vi: string; en: string };
  rgb: Rgb;
  /** "#rrggbb" of `rgb`. */
  hex: string;
  /** A readable text colour on `rgb`. */
  textOnColour: Rgb;
}

const BLACK: Rgb = Object.freeze([0, 0, 0] as const);
const WHITE: Rgb = Object.freeze([255, 255, 255] as const);

const hex = (rgb: Rgb) => `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;

function band(level: AqiLevel, min: number, max: number, vi: string, en: string, colourVi: string, colourEn: string, rgb: Rgb, text: Rgb): AqiBand {
  return Object.freeze({ level, min, max, vi, en, colourName: Object.freeze({ vi: colourVi, en: colourEn }), rgb: Object.freeze(rgb), hex: hex(rgb), textOnColour: text });
}

export const AQI_BANDS: readonly AqiBand[] = Object.freeze([
  band('good', 0, 50, 'Tốt', 'Good', 'Xanh', 'green', [0, 228, 0], BLACK),
  band('moderate', 51, 100, 'Trung bình', 'Moderate', 'Vàng', 'yellow', [255, 255, 0], BLACK),
  band('poor', 101, 150, 'Kém', 'Poor', 'Da cam', 'orange', [255, 126, 0], BLACK),
  band('bad', 151, 200, 'Xấu', 'Bad', 'Đỏ', 'red', [255, 0, 0], BLACK),
  band('very-bad', 201, 300, 'Rất xấu', 'Very bad', 'Tím', 'purple', [143, 63, 151], WHITE),
  band('hazardous', 301, 500, 'Nguy hại', 'Hazardous', 'Nâu', 'brown', [126, 0, 35], WHITE),
]);

/**
 * The band of an AQI value. The decision's ranges are integers (50 is good, 51 moderate), so a
 * non-integer value is first rounded as the decision rounds the AQI (50.4 → good, 50.5 → moderate).
 * Values above 500 (never produced here: sub-indices cap at 500) fall in the hazardous band.
 */
export function aqiBand(aqi: number): AqiBand {
  if (!Number.isFinite(aqi) || aqi < 0) throw new RangeError(`AQI must be a finite number ≥ 0, got ${aqi}`);
  const value = roundAqi(aqi);
  return AQI_BANDS.find((candidate) => value <= candidate.max) ?? AQI_BANDS[AQI_BANDS.length - 1]!;
}
