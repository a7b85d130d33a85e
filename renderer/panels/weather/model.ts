import type { HeldObservation } from '../../../src/protocol/wall/index.js';
import { vnDayStart, type ChannelData } from '../../state/wall/feed-data.js';
import { entriesOf, latestOf, newestOf, seriesByArea } from '../series-lookup.js';

const DAY = 86_400_000;
/** "Mưa to": 16 mm or more in a day is marked (with a sign and the figure), lighter rain is not. */
export const HEAVY_RAIN_MM = 16;

/** The civil date ("2026-11-30") in Viet Nam `offset` days after the day of `now`. */
export function vnDate(now: number, offset = 0): string {
  // The day's start in Viet Nam is 17:00 UTC the day before: its civil date is that of seven hours later.
  return new Date(vnDayStart(now) + offset * DAY + 7 * 3_600_000).toISOString().slice(0, 10);
}

export interface DayForecast {
  date: string;
  min: number | null;
  max: number | null;
  rain: number | null;
  heavyRain: boolean;
}

export interface AreaForecast {
  area: string;
  days: DayForecast[];
}

/** Each area's forecast for today and the following days: the latest issue of each day's figures. */
export function forecasts(data: ChannelData | null, areas: readonly string[], days: number, now: number): { rows: AreaForecast[]; provenance: HeldObservation | null } {
  const dates = Array.from({ length: days }, (_, offset) => vnDate(now, offset));
  const shown: HeldObservation[] = [];
  const rows = areas.map((area) => ({
    area,
    days: dates.map((date) => {
      const of = (metric: string) => entriesOf(data, metric, area, 'day').find((figure) => figure.period.start === date) ?? null;
      const [min, max, rain] = [of('temp.min'), of('temp.max'), of('rain')];
      if (max) shown.push(max);
      return { date, min: min?.value ?? null, max: max?.value ?? null, rain: rain?.value ?? null, heavyRain: (rain?.value ?? 0) >= HEAVY_RAIN_MM };
    }),
  }));
  // A day not forecast yet for any area (the third day ahead is issued at 16:30) is left out, not shown as dashes.
  let shownDays = dates.length;
  while (shownDays > 1 && rows.every((row) => row.days[shownDays - 1]!.max === null)) shownDays--;
  for (const row of rows) row.days.length = shownDays;
  return { rows, provenance: newestOf(shown) };
}

/** The warnings in force nationwide (disaster/warnings), for the line under the forecast. */
export function activeWarnings(data: ChannelData | null): HeldObservation | null {
  return latestOf(data, 'warnings.active', 'VN');
}

export interface EmissionRow {
  area: string;
  monitored: number | null;
  exceeding: number | null;
}

/** Large emission sources: nationwide, then the provinces with the most sources over the limit on the latest day. */
export function emissions(data: ChannelData | null, top: number): { nation: EmissionRow; provinces: EmissionRow[]; provenance: HeldObservation | null } {
  const nationMonitored = latestOf(data, 'sources.monitored', 'VN');
  const day = nationMonitored?.period.end;
  const valueOn = (metric: string, area: string) => {
    const figure = latestOf(data, metric, area);
    return figure && figure.period.end === day ? figure.value : null;
  };
  const provinces = seriesByArea(data, 'sources.exceeding')
    .filter(([area, series]) => area !== 'VN' && series.latest.period.end === day && series.latest.value > 0)
    .map(([area, series]) => ({ area, monitored: valueOn('sources.monitored', area), exceeding: series.latest.value }))
    .sort((a, b) => (b.exceeding ?? 0) - (a.exceeding ?? 0) || a.area.localeCompare(b.area))
    .slice(0, top);
  return { nation: { area: 'VN', monitored: nationMonitored?.value ?? null, exceeding: valueOn('sources.exceeding', 'VN') }, provinces, provenance: nationMonitored };
}
