/**
 * VN_AQI breakpoint table, Decision 1459/QĐ-TCMT (12 Nov 2019), Table 2 (Bảng 2), in µg/m³ —
 * the one place these numbers live (domain facts §6; pinned by breakpoints.test.ts).
 *
 * Row i gives, for each column, the concentration BP_i at which the index reaches AQI_INDEX_LEVELS[i].
 * O₃ 8-h stops at index 300 (400 µg/m³): the decision has no 8-h breakpoint for 400 and 500, and above
 * 400 µg/m³ the 8-h sub-index is not computed at all (the daily O₃ sub-index then uses the 1-h maximum).
 * The last row of every other column reads "≥": any concentration at or above it is index 500.
 */
export const AQI_INDEX_LEVELS = Object.freeze([0, 50, 100, 150, 200, 300, 400, 500] as const);

export const BREAKPOINT_COLUMNS = ['o3-1h', 'o3-8h', 'co', 'so2', 'no2', 'pm10', 'pm25'] as const;
export type BreakpointColumn = (typeof BREAKPOINT_COLUMNS)[number];

const column = (...values: number[]): readonly number[] => Object.freeze(values);

export const AQI_BREAKPOINTS: Readonly<Record<BreakpointColumn, readonly number[]>> = Object.freeze({
  'o3-1h': column(0, 160, 200, 300, 400, 800, 1000, 1200),
  'o3-8h': column(0, 100, 120, 170, 210, 400),
  co: column(0, 10_000, 30_000, 45_000, 60_000, 90_000, 120_000, 150_000),
  so2: column(0, 125, 350, 550, 800, 1600, 2100, 2630),
  no2: column(0, 100, 200, 700, 1200, 2350, 3100, 3850),
  pm10: column(0, 50, 150, 250, 350, 420, 500, 600),
  pm25: column(0, 25, 50, 80, 150, 250, 350, 500),
});

/** The top of the scale: sub-indices never exceed it. */
export const AQI_MAX = 500;

export interface SubIndexValue {
  /** The interpolated sub-index, unrounded (AQI_MAX when beyond the scale). */
  exact: number;
  /** `exact` rounded to an integer the way the decision rounds the AQI (see roundAqi). */
  index: number;
  /** The concentration lies above the column's top breakpoint: the index is capped at 500. */
  beyondScale: boolean;
}

/**
 * Rounding of the decision ("Giá trị AQI … được làm tròn thành số nguyên"): to the nearest integer,
 * halves up. Not ceil: the decision's own worked daily example gives NO₂ 130.8 µg/m³ → 65.4 → 65 and
 * PM2.5 55.7 µg/m³ → 109.5 → 110, which only rounding-to-nearest reproduces (its hourly NO₂ example prints
 * 60 for 59.35, which no single rule reconciles with the daily one; we follow the daily one).
 * Float noise is removed first so that 50.4999999999 (really 50.5) rounds to 51.
 */
export function roundAqi(value: number): number {
  return Math.round(Math.round(value * 1e6) / 1e6);
}

function at(values: readonly number[], index: number): number {
  const value = values[index];
  if (value === undefined) throw new RangeError(`no breakpoint ${index}`);
  return value;
}

/**
 * Sub-index of one concentration (µg/m³) in one column, by linear interpolation inside its band:
 * I = (I_hi − I_lo) / (BP_hi − BP_lo) × (C − BP_lo) + I_lo.
 * Returns null only for the O₃ 8-h column above 400 µg/m³, where the decision drops the 8-h sub-index.
 */
export function subIndex(columnName: BreakpointColumn, concentration: number): SubIndexValue | null {
  if (!Number.isFinite(concentration) || concentration < 0) {
    throw new RangeError(`concentration must be a finite number ≥ 0, got ${concentration}`);
  }
  const breakpoints = AQI_BREAKPOINTS[columnName];
  const top = breakpoints.length - 1;
  if (concentration > at(breakpoints, top)) {
    if (columnName === 'o3-8h') return null;
    return { exact: AQI_MAX, index: AQI_MAX, beyondScale: true };
  }
  let band = 0;
  while (band < top - 1 && concentration > at(breakpoints, band + 1)) band += 1;
  const bpLo = at(breakpoints, band);
  const bpHi = at(breakpoints, band + 1);
  const iLo = at(AQI_INDEX_LEVELS, band);
  const iHi = at(AQI_INDEX_LEVELS, band + 1);
  const exact = ((iHi - iLo) / (bpHi - bpLo)) * (concentration - bpLo) + iLo;
  return { exact, index: roundAqi(exact), beyondScale: false };
}
