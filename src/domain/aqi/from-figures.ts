import { hourlyAqi, NOWCAST_HOURS, pollutantOfMetric, type AqiOutcome, type HourlyConcentrations } from './aqi.js';

/** An hourly concentration as the feed carries it (environment/aqi): metric conc.*, the hour it covers. */
export interface ConcentrationFigure {
  metric: string;
  value: number;
  period: { start: string; end: string };
}

const HOUR_MS = 3_600_000;

/**
 * The hourly VN_AQI of one station (city) from its hourly concentration figures: they are grouped by
 * the hour they cover, missing hours left empty, and the newest hour's AQI computed (NowCast for PM).
 * `atHourEnd`: the hour to compute for (its end, ms); default the newest hour present.
 */
export function hourlyAqiFromFigures(figures: Iterable<ConcentrationFigure>, atHourEnd?: number): (AqiOutcome & { hourEnd: number }) | null {
  const hours = new Map<number, HourlyConcentrations>();
  let newest = -Infinity;
  for (const figure of figures) {
    const pollutant = pollutantOfMetric(figure.metric);
    const end = Date.parse(figure.period.end);
    if (!pollutant || Number.isNaN(end)) continue;
    let hour = hours.get(end);
    if (!hour) hours.set(end, (hour = {}));
    hour[pollutant] = figure.value;
    if (end > newest) newest = end;
  }
  const last = atHourEnd ?? newest;
  if (!Number.isFinite(last) || !hours.has(last)) return null;
  const window: HourlyConcentrations[] = [];
  for (let i = NOWCAST_HOURS - 1; i >= 0; i--) window.push(hours.get(last - i * HOUR_MS) ?? {});
  return { ...hourlyAqi(window), hourEnd: last };
}
