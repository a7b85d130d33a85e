import type { HeldObservation } from '../../../src/protocol/wall/index.js';
import type { ChannelData } from '../../state/wall/feed-data.js';
import { entriesOf, newestOf } from '../series-lookup.js';

export const SOURCES = ['source.hydro', 'source.coal', 'source.gas', 'source.renewable', 'source.import'] as const;
/** Output and EVN's revenue (business results); the peak load is a kpi of its own where a board wants it. */
export const TOTALS = ['output', 'revenue'] as const;

export interface EnergyDay {
  /** The latest day reported (its figures), with the day before for the change. */
  day: string | null;
  totals: Record<(typeof TOTALS)[number], { latest: HeldObservation | null; previous: HeldObservation | null }>;
  /** The day's output by source [metric, GWh, share of the sources' sum %], largest first. */
  mix: [string, number, number][];
  provenance: HeldObservation | null;
}

/** EVN's day (energy/electricity): output, peak load and revenue of the latest day with the day before, and the source mix. */
export function energyDay(data: ChannelData | null): EnergyDay {
  const outputs = entriesOf(data, 'output', 'VN', 'day');
  const day = outputs.at(-1)?.period.start ?? null;
  const ofDay = (metric: string, date: string | null) => (date === null ? null : (entriesOf(data, metric, 'VN', 'day').find((figure) => figure.period.start === date) ?? null));
  const before = outputs.at(-2)?.period.start ?? null;
  const totals = Object.fromEntries(TOTALS.map((metric) => [metric, { latest: ofDay(metric, day), previous: ofDay(metric, before) }])) as EnergyDay['totals'];
  const parts = SOURCES.flatMap((metric) => {
    const value = ofDay(metric, day)?.value;
    return value === undefined ? [] : [[metric, value] as const];
  });
  const sum = parts.reduce((total, [, value]) => total + value, 0);
  const mix = parts.map(([metric, value]) => [metric, value, sum > 0 ? (value / sum) * 100 : 0] as [string, number, number]).sort((a, b) => b[1] - a[1]);
  return { day, totals, mix, provenance: newestOf(TOTALS.map((metric) => totals[metric].latest)) };
}
