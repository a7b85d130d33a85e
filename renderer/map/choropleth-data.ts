import { AREAS_34, AREAS_63, type AreaSet } from '../../src/domain/areas/index.js';
import type { ChoroplethLayerOptions } from '../../src/layout/panel-kinds/map.js';
import { CHANNELS, metricSpec } from '../../src/protocol/feed/channels.js';
import { periodKey, type Period } from '../../src/protocol/feed/provenance.js';
import type { HeldObservation } from '../../src/protocol/wall/index.js';
import { periodBounds, type ChannelData, type SeriesIndex } from '../state/wall/feed-data.js';

/**
 * The figures a choropleth paints: one per province of one area set, all of one period — the newest
 * period of the chosen frequency. A province whose figure for that period has not arrived has none (it is
 * hatched, never painted as zero or with an older period's figure).
 */
export interface ChoroplethFigures {
  set: AreaSet;
  period: Period;
  unit: string;
  /** Province code → its figure for `period`. */
  figures: ReadonlyMap<string, HeldObservation>;
  /** The province codes of `set` (every one is painted or hatched). */
  areas: readonly string[];
}

const CODES: Record<AreaSet, readonly string[]> = { units34: AREAS_34.map((area) => area.code), units63: AREAS_63.map((area) => area.code) };

export function choroplethFigures(data: ChannelData | undefined, layer: ChoroplethLayerOptions): ChoroplethFigures | null {
  if (!data) return null;
  const spec = CHANNELS.get(layer.channel);
  const unit = spec ? metricSpec(spec, layer.metric)?.unit : undefined;
  const sets: AreaSet[] = layer.areaSet === 'auto' ? ['units34', 'units63'] : [layer.areaSet];
  // As of a date: periods ending by the end of that day in Viet Nam.
  const until = layer.asOf ? periodBounds({ frequency: 'day', start: layer.asOf, end: layer.asOf })[1] : Infinity;
  let best: { set: AreaSet; figure: HeldObservation; end: number; start: number } | null = null;
  const seriesBySet = new Map<AreaSet, Map<string, SeriesIndex>>();
  for (const set of sets) {
    const seriesOfSet = new Map<string, SeriesIndex>();
    seriesBySet.set(set, seriesOfSet);
    for (const code of CODES[set]) {
      const series = seriesOf(data, layer.metric, code, unit);
      if (!series) continue;
      seriesOfSet.set(code, series);
      const newest = newestOf(series, layer.frequency, until);
      if (!newest) continue;
      // The newest period wins; on a tie the shorter one (a day's figure over a month-to-date one); then the 34.
      if (!best || newest.end > best.end || (newest.end === best.end && newest.start > best.start)) best = { set, ...newest };
    }
  }
  if (!best) return null;
  const target = periodKey(best.figure.period);
  const figures = new Map<string, HeldObservation>();
  for (const [code, series] of seriesBySet.get(best.set)!) {
    const figure = figureOfPeriod(series, target, best.end);
    if (figure) figures.set(code, figure);
  }
  return { set: best.set, period: best.figure.period, unit: best.figure.unit, figures, areas: CODES[best.set] };
}

function seriesOf(data: ChannelData, metric: string, area: string, unit: string | undefined): SeriesIndex | undefined {
  if (unit) return data.series.get(`${metric}|${area}|${unit}`);
  // A metric family whose unit comes with each figure: look it up by prefix (rare).
  const prefix = `${metric}|${area}|`;
  for (const [key, series] of data.series) if (key.startsWith(prefix)) return series;
  return undefined;
}

/** The series' newest figure ending by `until` (of the frequency, if given), with its period's bounds. */
function newestOf(series: SeriesIndex, frequency: string | undefined, until: number): { figure: HeldObservation; start: number; end: number } | null {
  for (let i = series.entries.length - 1; i >= 0; i--) {
    const figure = series.entries[i]!;
    if (series.bounds[2 * i + 1]! > until || (frequency && figure.period.frequency !== frequency)) continue;
    // Entries sort by end, then start: from the back, the first match is the newest and, on a tie, the shortest.
    return { figure, start: series.bounds[2 * i]!, end: series.bounds[2 * i + 1]! };
  }
  return null;
}

function figureOfPeriod(series: SeriesIndex, key: string, end: number): HeldObservation | undefined {
  for (let i = series.entries.length - 1; i >= 0; i--) {
    const entryEnd = series.bounds[2 * i + 1]!;
    if (entryEnd < end) return undefined;
    if (entryEnd === end && periodKey(series.entries[i]!.period) === key) return series.entries[i];
  }
  return undefined;
}
