import type { HeldObservation } from '../../src/protocol/wall/index.js';
import type { ChannelData, SeriesIndex } from '../state/wall/feed-data.js';
import { CHANNELS, metricSpec } from '../../src/protocol/feed/channels.js';

/**
 * Reading a channel's held figures in panels that show many series at once (tables, rankings, boards).
 * Each looks series up by the catalogue's key (metric|area|unit), never by scanning figures.
 */

/** The series key of a metric for an area: the unit comes from the channel catalogue (the hub enforces it). */
export function seriesKeyFor(channel: string, metric: string, area: string): string | null {
  const spec = CHANNELS.get(channel);
  const unit = spec ? metricSpec(spec, metric)?.unit : undefined;
  return unit ? `${metric}|${area}|${unit}` : null;
}

export function seriesOf(data: ChannelData | null, metric: string, area: string): SeriesIndex | null {
  if (!data) return null;
  const key = seriesKeyFor(data.channel, metric, area);
  if (key !== null) return data.series.get(key) ?? null;
  // A metric the catalogue gives no unit for: found by metric and area (rare; O(series)).
  const prefix = `${metric}|${area}|`;
  for (const [candidate, series] of data.series) if (candidate.startsWith(prefix)) return series;
  return null;
}

/** The latest figure of a series, of one frequency when given (a day figure beside the period's ranges). */
export function latestOf(data: ChannelData | null, metric: string, area: string, frequency?: string): HeldObservation | null {
  const series = seriesOf(data, metric, area);
  if (!series) return null;
  if (frequency === undefined) return series.latest;
  for (let i = series.entries.length - 1; i >= 0; i--) if (series.entries[i]!.period.frequency === frequency) return series.entries[i]!;
  return null;
}

/** The figures of a series of one frequency, oldest first. */
export function entriesOf(data: ChannelData | null, metric: string, area: string, frequency?: string): readonly HeldObservation[] {
  const series = seriesOf(data, metric, area);
  if (!series) return [];
  return frequency === undefined ? series.entries : series.entries.filter((entry) => entry.period.frequency === frequency);
}

/** Every series of a metric, one per area: [area, series]. */
export function seriesByArea(data: ChannelData | null, metric: string): [string, SeriesIndex][] {
  if (!data) return [];
  const prefix = `${metric}|`;
  const found: [string, SeriesIndex][] = [];
  for (const [key, series] of data.series) {
    if (!key.startsWith(prefix)) continue;
    const area = key.slice(prefix.length, key.indexOf('|', prefix.length));
    found.push([area, series]);
  }
  return found;
}

/** The newest of some figures by period end (then by when it was received), for a panel's one badge. */
export function newestOf(figures: readonly (HeldObservation | null | undefined)[]): HeldObservation | null {
  let newest: HeldObservation | null = null;
  for (const figure of figures) {
    if (!figure) continue;
    if (!newest || Date.parse(figure.period.end) > Date.parse(newest.period.end) || (figure.period.end === newest.period.end && figure.receivedAt > newest.receivedAt)) newest = figure;
  }
  return newest;
}
