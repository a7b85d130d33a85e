import { aqiBand, type AqiBand } from './bands.js';
import { roundAqi, subIndex, type BreakpointColumn, type SubIndexValue } from './breakpoints.js';

/**
 * Hourly and daily VN_AQI, Decision 1459/QĐ-TCMT (2019) §2.2, from the hourly means (µg/m³) that the
 * feed's `environment/aqi` channel carries as conc.pm25, conc.pm10, conc.o3, conc.no2, conc.so2, conc.co.
 *
 * Choices the decision leaves open, made here:
 * - A missing, non-finite or negative hourly value counts as missing (the decision requires validated
 *   data; a negative mean is an instrument artefact, not a concentration).
 * - NowCast uses one normalised formula, Σ w^(i−1)·c_i / Σ w^(i−1) over the hours present, for every w.
 *   The decision writes the w = ½ case as Σ (½)^i·c_i, which equals it within 0.03 % when all 12 hours
 *   are present, and under-reads when hours are missing; it also says "if c_i is missing, w^(i−1) = 0",
 *   which is what normalising over the hours present does.
 * - No intermediate rounding: concentrations, NowCast and the weight are used as computed; only the
 *   sub-indices and the AQI are rounded (roundAqi: to the nearest integer, as the decision's daily example).
 * - Daily completeness (the decision sets none): a pollutant counts for the day only with at least
 *   18 of its 24 hourly values (75 %); an 8-hour O₃ mean only with at least 6 of its 8 hours (75 %).
 */
export const POLLUTANTS = ['pm25', 'pm10', 'o3', 'no2', 'so2', 'co'] as const;
export type Pollutant = (typeof POLLUTANTS)[number];

/** The feed metric (channel environment/aqi) of each pollutant. */
export const POLLUTANT_METRICS: Readonly<Record<Pollutant, string>> = Object.freeze({
  pm25: 'conc.pm25',
  pm10: 'conc.pm10',
  o3: 'conc.o3',
  no2: 'conc.no2',
  so2: 'conc.so2',
  co: 'conc.co',
});

export const POLLUTANT_LABELS: Readonly<Record<Pollutant, string>> = Object.freeze({
  pm25: 'PM2.5',
  pm10: 'PM10',
  o3: 'O₃',
  no2: 'NO₂',
  so2: 'SO₂',
  co: 'CO',
});

export function pollutantOfMetric(metric: string): Pollutant | undefined {
  return POLLUTANTS.find((pollutant) => POLLUTANT_METRICS[pollutant] === metric);
}

/** One hour's means in µg/m³; a pollutant absent or null was not measured (or not valid) that hour. */
export type HourlyConcentrations = Partial<Record<Pollutant, number | null>>;

/** How the concentration behind a sub-index was formed. */
export type Averaging = 'nowcast' | '1h' | '24h' | '1h-max' | '8h-max';

export interface SubIndex extends SubIndexValue {
  pollutant: Pollutant;
  averaging: Averaging;
  /** The concentration (µg/m³) looked up in the table. */
  concentration: number;
}

/** Why a pollutant has no sub-index. */
export type AqiGap =
  /** No valid value in the hours considered. */
  | 'no-data'
  /** PM NowCast: fewer than 2 of the last 3 hours present. */
  | 'nowcast-needs-2-of-3'
  /** Daily: fewer than 18 of the 24 hours present. */
  | 'incomplete-day';

export type AqiPeriod = 'hour' | 'day';

/** Daily O₃: both candidate sub-indices, as the decision computes them. */
export interface O3DailyDetail {
  oneHourMax: SubIndex | null;
  /** Null when no 8-hour mean is complete enough, or when the highest one exceeds 400 µg/m³. */
  eightHourMax: SubIndex | null;
  /** The highest complete 8-hour mean (µg/m³), if any. */
  eightHourMaxConcentration: number | null;
  /** The highest 8-hour mean exceeded 400 µg/m³: the 8-hour sub-index was dropped, the 1-hour one used. */
  eightHourDropped: boolean;
}

interface AqiCommon {
  period: AqiPeriod;
  /** Every sub-index that could be computed. */
  subIndices: Readonly<Partial<Record<Pollutant, SubIndex>>>;
  /** Every pollutant without a sub-index, and why. */
  gaps: Readonly<Partial<Record<Pollutant, AqiGap>>>;
  /** Daily results only. */
  o3Daily?: O3DailyDetail;
}

export interface AqiResult extends AqiCommon {
  /** The AQI: the largest sub-index, rounded to an integer. */
  aqi: number;
  /** The largest sub-index before rounding. */
  exact: number;
  band: AqiBand;
  /** The pollutant with the largest sub-index (ties: the first in POLLUTANTS order). */
  dominant: Pollutant;
  /** Every pollutant whose rounded sub-index equals the AQI, `dominant` first. */
  dominantPollutants: readonly Pollutant[];
  /** The AQI is 500 because a concentration lies above the top of the scale ("beyond the index"). */
  beyondScale: boolean;
}

export interface AqiUnavailable extends AqiCommon {
  aqi: null;
  /** The decision requires PM10 or PM2.5 in every AQI. */
  reason: 'no-pm';
  message: string;
}

export type AqiOutcome = AqiResult | AqiUnavailable;

/** Hours in a NowCast window, and the PM rule: at least 2 of the last 3 hours present. */
export const NOWCAST_HOURS = 12;
/** Daily completeness: hours a pollutant needs out of 24 to count for the day. */
export const DAY_MIN_HOURS = 18;
/** Hours an 8-hour O₃ mean needs out of 8. */
export const EIGHT_HOUR_MIN_HOURS = 6;

function valid(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

const present = (values: readonly (number | null)[]): number[] => values.filter((value): value is number => value !== null);

/**
 * The 12-hour NowCast of hourly PM values (newest last; only the last 12 are used; missing as null).
 * w* = min/max of the values present; w = max(w*, ½); NowCast = Σ w^(i−1)·c_i / Σ w^(i−1) over the hours
 * present, i = 1 for the newest hour. Null unless at least 2 of the last 3 hours are present.
 */
export function nowCast(hourly: readonly (number | null | undefined)[]): number | null {
  const window = hourly.slice(-NOWCAST_HOURS).map(valid).reverse(); // window[0] = c_1, the current hour
  if (present(window.slice(0, 3)).length < 2) return null;
  const values = present(window);
  const max = Math.max(...values);
  if (max === 0) return 0;
  const weight = Math.max(Math.min(...values) / max, 0.5);
  let weighted = 0;
  let weights = 0;
  window.forEach((value, i) => {
    if (value === null) return;
    const factor = weight ** i;
    weighted += factor * value;
    weights += factor;
  });
  return weighted / weights;
}

function lookUp(pollutant: Pollutant, averaging: Averaging, column: BreakpointColumn, concentration: number): SubIndex | null {
  const value = subIndex(column, concentration);
  return value === null ? null : { pollutant, averaging, concentration, ...value };
}

function combine(period: AqiPeriod, subIndices: Partial<Record<Pollutant, SubIndex>>, gaps: Partial<Record<Pollutant, AqiGap>>, o3Daily?: O3DailyDetail): AqiOutcome {
  const common: AqiCommon = { period, subIndices, gaps, ...(o3Daily ? { o3Daily } : {}) };
  if (!subIndices.pm25 && !subIndices.pm10) {
    const why = [gaps.pm25, gaps.pm10].filter(Boolean).join(', ') || 'no-data';
    return { ...common, aqi: null, reason: 'no-pm', message: `VN_AQI needs PM2.5 or PM10, and neither has a valid value (${why})` };
  }
  const all = POLLUTANTS.map((pollutant) => subIndices[pollutant]).filter((item): item is SubIndex => item !== undefined);
  const top = all.reduce((best, item) => (item.exact > best.exact ? item : best));
  const aqi = roundAqi(top.exact);
  const dominantPollutants = [top.pollutant, ...all.filter((item) => item !== top && item.index === aqi).map((item) => item.pollutant)];
  return { ...common, aqi, exact: top.exact, band: aqiBand(aqi), dominant: top.pollutant, dominantPollutants, beyondScale: top.beyondScale };
}

/**
 * Hourly AQI (AQI giờ) at the newest of `hours`: consecutive hourly means, newest last, a missing hour as
 * an empty object or nulls. PM2.5 and PM10: 12-hour NowCast (at least 2 of the last 3 hours present);
 * O₃: the current hour in the 1-hour table; NO₂, SO₂, CO: the current hour.
 */
export function hourlyAqi(hours: readonly HourlyConcentrations[]): AqiOutcome {
  const subIndices: Partial<Record<Pollutant, SubIndex>> = {};
  const gaps: Partial<Record<Pollutant, AqiGap>> = {};
  const current = hours.at(-1) ?? {};
  for (const pollutant of ['pm25', 'pm10'] as const) {
    const series = hours.slice(-NOWCAST_HOURS).map((hour) => valid(hour[pollutant]));
    const concentration = nowCast(series);
    if (concentration === null) gaps[pollutant] = present(series).length === 0 ? 'no-data' : 'nowcast-needs-2-of-3';
    else subIndices[pollutant] = lookUp(pollutant, 'nowcast', pollutant, concentration)!;
  }
  for (const pollutant of ['o3', 'no2', 'so2', 'co'] as const) {
    const concentration = valid(current[pollutant]);
    if (concentration === null) gaps[pollutant] = 'no-data';
    else subIndices[pollutant] = lookUp(pollutant, '1h', pollutant === 'o3' ? 'o3-1h' : pollutant, concentration)!;
  }
  return combine('hour', subIndices, gaps);
}

export interface DailyAqiOptions {
  /**
   * The hours just before the day, newest last (only the last 7 are used): the 8-hour O₃ means ending in
   * the day's first hours reach back into them (the decision computes 24 eight-hour means per day).
   */
  precedingHours?: readonly HourlyConcentrations[];
}

/**
 * Daily AQI (AQI ngày) from the day's 24 hourly means in order (the decision's day runs from the hour
 * ending 01:00 to the hour ending 00:00 next day); fewer than 24 entries: the rest count as missing.
 * PM2.5, PM10: 24-hour mean; NO₂, SO₂, CO: the highest hourly mean; O₃: the larger of the sub-index of the
 * highest hourly mean (1-hour table) and that of the highest 8-hour mean (8-hour table), the latter dropped
 * when above 400 µg/m³. Each pollutant needs 18 of 24 hours; each 8-hour mean 6 of its 8 hours.
 */
export function dailyAqi(dayHours: readonly HourlyConcentrations[], options: DailyAqiOptions = {}): AqiOutcome {
  if (dayHours.length > 24) throw new RangeError(`a day has at most 24 hourly values, got ${dayHours.length}`);
  const subIndices: Partial<Record<Pollutant, SubIndex>> = {};
  const gaps: Partial<Record<Pollutant, AqiGap>> = {};
  const day = (pollutant: Pollutant) => Array.from({ length: 24 }, (_, hour) => valid(dayHours[hour]?.[pollutant]));
  let o3Daily: O3DailyDetail | undefined;

  for (const pollutant of POLLUTANTS) {
    const series = day(pollutant);
    const values = present(series);
    if (values.length < DAY_MIN_HOURS) {
      gaps[pollutant] = values.length === 0 ? 'no-data' : 'incomplete-day';
      continue;
    }
    if (pollutant === 'pm25' || pollutant === 'pm10') {
      const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
      subIndices[pollutant] = lookUp(pollutant, '24h', pollutant, mean)!;
    } else if (pollutant === 'o3') {
      o3Daily = dailyO3(series, (options.precedingHours ?? []).slice(-7).map((hour) => valid(hour.o3)));
      const candidates = [o3Daily.oneHourMax, o3Daily.eightHourMax].filter((item): item is SubIndex => item !== null);
      subIndices.o3 = candidates.reduce((best, item) => (item.exact > best.exact ? item : best));
    } else {
      subIndices[pollutant] = lookUp(pollutant, '1h-max', pollutant, Math.max(...values))!;
    }
  }
  return combine('day', subIndices, gaps, o3Daily);
}

function dailyO3(day: readonly (number | null)[], preceding: readonly (number | null)[]): O3DailyDetail {
  const oneHourMax = lookUp('o3', '1h-max', 'o3-1h', Math.max(...present(day)));
  // Pad the preceding hours to 7 so that series[h + 7] is the day's hour h; the 8-hour mean ending at
  // day hour h covers series[h .. h + 7].
  const series = [...Array.from({ length: 7 - preceding.length }, () => null), ...preceding, ...day];
  let highest: number | null = null;
  for (let end = 7; end < series.length; end += 1) {
    const window = present(series.slice(end - 7, end + 1));
    if (window.length < EIGHT_HOUR_MIN_HOURS) continue;
    const mean = window.reduce((sum, value) => sum + value, 0) / window.length;
    if (highest === null || mean > highest) highest = mean;
  }
  const eightHourMax = highest === null ? null : lookUp('o3', '8h-max', 'o3-8h', highest);
  return { oneHourMax, eightHourMax, eightHourMaxConcentration: highest, eightHourDropped: highest !== null && eightHourMax === null };
}
