import type { Indicator } from '../../../src/domain/indicators/index.js';
import type { HeldObservation } from '../../../src/protocol/wall/index.js';
import type { ChannelData } from '../../state/wall/feed-data.js';
import { entriesOf } from '../series-lookup.js';

export type ThresholdState = 'normal' | 'warning' | 'critical';

export interface IndicatorChange {
  /** The figure compared with. */
  against: HeldObservation;
  /** In the indicator's unit: percentage points for a rate, the same unit for a level. */
  difference: number;
  /** Relative change, %, for levels (null for rates and indices, where a difference of points is the reading). */
  percent: number | null;
}

export interface IndicatorTile {
  indicator: Indicator;
  latest: HeldObservation | null;
  previous: IndicatorChange | null;
  sameLastYear: IndicatorChange | null;
  state: ThresholdState;
  /** The figures of its frequency, oldest first (the last 12 at most), for the sparkline. */
  history: number[];
}

/** The decimals a figure was reported with (at most 2): 7.2 shows as 7,2, not 7,20. */
export function reportedDecimals(value: number): number {
  for (let decimals = 0; decimals < 2; decimals++) if (Math.abs(value * 10 ** decimals - Math.round(value * 10 ** decimals)) < 1e-9) return decimals;
  return 2;
}

/** Units read as rates or indices: their change is a difference in points, not a percentage of them. */
export function isRate(unit: string): boolean {
  return unit.startsWith('%') || unit === 'points' || unit === 'ratio' || unit === 'rank' || unit === 'index';
}

function change(latest: HeldObservation, against: HeldObservation | undefined, unit: string): IndicatorChange | null {
  if (!against) return null;
  const difference = latest.value - against.value;
  const percent = isRate(unit) || against.value === 0 ? null : (difference / Math.abs(against.value)) * 100;
  return { against, difference, percent };
}

/** The same date a year earlier ("2026-11-30" → "2025-11-30"; 29 February → 28 February). */
function yearEarlier(date: string): string {
  const year = Number(date.slice(0, 4)) - 1;
  const rest = date.slice(4);
  return rest === '-02-29' ? `${year}-02-28` : `${year}${rest}`;
}

/** The state a value is in by the catalogue's thresholds. */
export function thresholdState(indicator: Indicator, value: number): ThresholdState {
  const thresholds = indicator.thresholds;
  if (!thresholds) return 'normal';
  const beyond = (limit: number) => (thresholds.worse === 'above' ? value > limit : value < limit);
  if (beyond(thresholds.critical)) return 'critical';
  if (beyond(thresholds.warning)) return 'warning';
  return 'normal';
}

/**
 * One indicator's tile: the latest figure of its catalogue frequency for the area, the change against the
 * previous period and against the same period a year earlier (both of that frequency and the same
 * regime, found by their period's end), the catalogue's threshold state and the recent history.
 */
export function indicatorTile(data: ChannelData | null, indicator: Indicator, area: string): IndicatorTile {
  const figures = entriesOf(data, `kt-xh.${indicator.code}`, area, indicator.frequency);
  const latest = figures.at(-1) ?? null;
  if (!latest) return { indicator, latest: null, previous: null, sameLastYear: null, state: 'normal', history: [] };
  const lastYearEnd = yearEarlier(latest.period.end);
  // Calendar months end on different days from year to year only in February (28 or 29).
  const sameLastYear = figures.find((figure) => figure.period.end === lastYearEnd || (lastYearEnd.endsWith('-02-28') && figure.period.end === `${lastYearEnd.slice(0, 8)}29`));
  return {
    indicator,
    latest,
    previous: change(latest, figures.at(-2), indicator.unit),
    sameLastYear: change(latest, sameLastYear, indicator.unit),
    state: thresholdState(indicator, latest.value),
    history: figures.slice(-12).map((figure) => figure.value),
  };
}
