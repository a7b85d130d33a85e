import { seriesSpec, type TimeseriesOptions } from '../../../src/layout/panel-kinds/timeseries.js';
import type { HeldObservation } from '../../../src/protocol/wall/index.js';
import type { ChannelData } from '../../state/wall/feed-data.js';
import { entriesOf } from '../series-lookup.js';

export interface SeriesPoint {
  /** The period's end (ms, the end of its last day in Viet Nam). */
  at: number;
  value: number;
  revised: boolean;
  figure: HeldObservation;
}

export interface ShownSeries {
  key: string;
  metric: string;
  area: string;
  unit: string;
  /** 0: the left axis, 1: the right one. */
  axis: 0 | 1;
  points: SeriesPoint[];
}

const VN_OFFSET_MS = 7 * 3_600_000;
const endOf = (figure: HeldObservation) => (figure.period.end.length === 10 ? Date.parse(`${figure.period.end}T00:00:00Z`) + 86_400_000 - VN_OFFSET_MS : Date.parse(figure.period.end));

/**
 * The series of a timeseries panel, read from the channels it names: each one's figures of its frequency
 * from `from` on, oldest first; a revised figure is marked. Units take axes in order of first appearance.
 */
export function shownSeries(options: TimeseriesOptions, channels: (channel: string) => ChannelData | null): ShownSeries[] {
  const units: string[] = [];
  const from = options.from === undefined ? -Infinity : Date.UTC(options.from, 0, 1) - VN_OFFSET_MS;
  return options.series.map((option, index) => {
    const spec = seriesSpec(option);
    const unit = spec.unit ?? '';
    if (!units.includes(unit)) units.push(unit);
    const points = entriesOf(channels(spec.channel), spec.metric, spec.area, spec.frequency)
      .filter((figure) => endOf(figure) > from)
      .map((figure) => ({ at: endOf(figure), value: figure.value, revised: figure.status === 'revised' || figure.revision > 0, figure }));
    return { key: `${index}|${spec.metric}|${spec.area}`, metric: spec.metric, area: spec.area, unit, axis: units.indexOf(unit) === 0 ? 0 : 1, points };
  });
}
