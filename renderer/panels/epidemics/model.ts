import type { HeldObservation } from '../../../src/protocol/wall/index.js';
import type { ChannelData } from '../../state/wall/feed-data.js';
import { latestOf, newestOf, seriesByArea } from '../series-lookup.js';

export const COVID_METRICS = ['cases.new', 'deaths.new', 'cases.total', 'deaths.total'] as const;
export const DISEASES = ['dengue.cases', 'hfmd.cases', 'measles.cases', 'influenza.cases', 'epidemic.deaths'] as const;

export interface CovidView {
  day: HeldObservation | null;
  /** metric → [Viet Nam, world] of the latest day. */
  figures: Record<(typeof COVID_METRICS)[number], [number | null, number | null]>;
  /** The provinces with the most new cases that day, most first. */
  provinces: { area: string; cases: number }[];
}

/** Covid-19 on the latest day held: Viet Nam beside the world, and the provinces with the most new cases. */
export function covid(data: ChannelData | null, topProvinces: number): CovidView {
  const day = latestOf(data, 'cases.new', 'VN', 'day');
  const end = day?.period.end;
  const on = (metric: string, area: string) => {
    const figure = latestOf(data, metric, area, 'day');
    return figure && figure.period.end === end ? figure.value : null;
  };
  const figures = Object.fromEntries(COVID_METRICS.map((metric) => [metric, [on(metric, 'VN'), on(metric, 'WORLD')]])) as CovidView['figures'];
  const provinces = seriesByArea(data, 'cases.new')
    .filter(([area, series]) => area !== 'VN' && area !== 'WORLD' && series.latest.period.end === end && series.latest.value > 0)
    .map(([area, series]) => ({ area, cases: series.latest.value }))
    .sort((a, b) => b.cases - a.cases || a.area.localeCompare(b.area))
    .slice(0, topProvinces);
  return { day, figures, provinces };
}

export interface DiseaseRow {
  metric: string;
  week: HeldObservation | null;
  previous: HeldObservation | null;
}

/** The other epidemics of the latest week nationwide, each with the week before. */
export function diseases(data: ChannelData | null): { rows: DiseaseRow[]; provenance: HeldObservation | null } {
  const rows = DISEASES.map((metric) => {
    const series = data?.series.get(`${metric}|VN|persons`);
    return { metric, week: series?.latest ?? null, previous: series?.previous ?? null };
  });
  return { rows, provenance: newestOf(rows.map((row) => row.week)) };
}
