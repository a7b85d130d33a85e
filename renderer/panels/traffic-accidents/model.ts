import { areaByCode } from '../../../src/domain/areas/index.js';
import type { CivilDate } from '../../../src/domain/civil-date.js';
import { reportingPeriodOf } from '../../../src/domain/reporting-period.js';
import type { HeldObservation } from '../../../src/protocol/wall/index.js';
import type { ChannelData } from '../../state/wall/feed-data.js';
import { entriesOf, latestOf, newestOf, seriesByArea } from '../series-lookup.js';
import { topChanges, type AreaChange, type RankedChange } from './ranking.js';

export const MODES = ['all', 'road', 'rail', 'waterway'] as const;
export type Mode = (typeof MODES)[number];
const MEASURES = ['accidents', 'deaths', 'injured'] as const;
type Measure = (typeof MEASURES)[number];

export type Counts = Record<Measure, number | null>;

export interface AccidentOverview {
  /** The latest reported day (civil date), null before any. */
  day: CivilDate | null;
  today: Counts;
  /** The monthly reporting period so far (Decree 09/2019: from the 15th), summed from the day figures held. */
  period: { start: CivilDate; end: CivilDate; rows: { mode: Mode; counts: Counts }[]; missingDays: number } | null;
  perDay: HeldObservation | null;
  perDayChange: HeldObservation | null;
  provenance: HeldObservation | null;
}

const metricOf = (mode: Mode, measure: Measure) => (mode === 'all' ? measure : `${mode}.${measure}`);

function civilOf(text: string): CivilDate {
  return { year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)), day: Number(text.slice(8, 10)) };
}
const isoOf = (date: CivilDate) => `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;

/**
 * The overview of Official Letter 4699 §VII for an area: the latest day's accidents, deaths and injured;
 * the reporting month so far by mode (road, rail, inland waterway — nationwide, where the report gives
 * them); deaths per day on average and its change against the same dates a year earlier.
 */
export function accidentOverview(data: ChannelData | null, area: string): AccidentOverview {
  const latestDay = latestOf(data, 'accidents', area, 'day');
  const empty: AccidentOverview = { day: null, today: { accidents: null, deaths: null, injured: null }, period: null, perDay: null, perDayChange: null, provenance: null };
  if (!data || !latestDay) return empty;
  const day = civilOf(latestDay.period.start);
  const dayIso = latestDay.period.start;
  const dayFigure = (metric: string) => entriesOf(data, metric, area, 'day').find((entry) => entry.period.start === dayIso) ?? null;
  const today = Object.fromEntries(MEASURES.map((measure) => [measure, dayFigure(measure)?.value ?? null])) as Counts;

  const month = reportingPeriodOf('month', day);
  const start = isoOf(month.start);
  const modes: readonly Mode[] = area === 'VN' ? MODES : ['all'];
  let missingDays = 0;
  const rows = modes.map((mode) => {
    const counts = {} as Counts;
    for (const measure of MEASURES) {
      const days = entriesOf(data, metricOf(mode, measure), area, 'day').filter((entry) => entry.period.start >= start && entry.period.start <= dayIso);
      counts[measure] = days.length === 0 ? null : days.reduce((sum, entry) => sum + entry.value, 0);
      if (mode === 'all' && measure === 'accidents') missingDays = daysBetweenIso(start, dayIso) + 1 - days.length;
    }
    return { mode, counts };
  });
  const perDay = latestOf(data, 'deaths.per-day', area);
  const perDayChange = latestOf(data, 'deaths.per-day.change-yoy', area);
  return { day, today, period: { start: month.start, end: day, rows, missingDays }, perDay, perDayChange, provenance: newestOf([latestDay, perDay]) };
}

function daysBetweenIso(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export interface AccidentRanking {
  up: RankedChange[];
  down: RankedChange[];
  /** The period the changes cover (the latest one held), null before any. */
  basis: HeldObservation | null;
}

/**
 * The provinces with the largest rise and fall in deaths (this reporting month so far against the same
 * dates a year earlier), from the report's per-province change figures of the latest period held.
 */
export function accidentRanking(data: ChannelData | null, count: number): AccidentRanking {
  const all = seriesByArea(data, 'deaths.change-yoy').filter(([area]) => area !== 'VN');
  const latestEnd = all.reduce((end, [, series]) => (series.latest.period.end > end ? series.latest.period.end : end), '');
  const changes: AreaChange[] = [];
  let basis: HeldObservation | null = null;
  for (const [area, series] of all) {
    const figure = series.latest;
    if (figure.period.end !== latestEnd) continue;
    changes.push({ area, name: areaByCode(area)?.name ?? area, change: figure.value });
    basis = newestOf([basis, figure]);
  }
  return { up: topChanges(changes, 'up', count), down: topChanges(changes, 'down', count), basis };
}
