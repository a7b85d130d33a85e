import { areaByCode, mergedInto, type AreaSet } from '../../src/domain/areas/index.js';
import type { MapOptions } from '../../src/layout/panel-kinds/map.js';
import { CHANNELS, metricSpec } from '../../src/protocol/feed/channels.js';
import type { HeldObservation } from '../../src/protocol/wall/index.js';
import type { ChannelData } from '../state/wall/feed-data.js';
import { EVENT_CATEGORIES, type EventCategory } from './event-style.js';
import type { CityAqi } from './layers/aqi.js';
import type { ChoroplethLegend, ChoroplethModel } from './layers/choropleth.js';
import type { MapEvent } from './layers/events.js';

/**
 * What the map panel shows around the map itself, as data: the legend of every layer, the province in
 * focus with its key figures, and a text alternative (the first choropleth as a table). Built by the map
 * controller when what it shows changes, rendered by React (renderer/panels/map).
 */
export interface MapPanelModel {
  status: 'loading' | 'ready' | 'failed';
  problem: string | null;
  set: AreaSet;
  choropleths: ChoroplethLegend[];
  /** Event categories on the map, with how many of each; null without an events layer. */
  events: { category: EventCategory; count: number }[] | null;
  eventChannels: string[];
  aqi: CityAqi[] | null;
  /** Warning areas drawn; null without that layer. */
  warningAreas: number | null;
  focus: FocusModel | null;
  table: TableRow[];
}

export interface FocusFigure {
  label: string;
  figure: HeldObservation;
}

export interface FocusModel {
  area: string;
  name: string;
  figures: FocusFigure[];
  /** Events on the map in the province. */
  events: number;
  aqi: CityAqi | null;
}

export interface TableRow {
  code: string;
  name: string;
  figure: HeldObservation | null;
  classIndex: number | null;
}

export const LOADING_MODEL: MapPanelModel = { status: 'loading', problem: null, set: 'units34', choropleths: [], events: null, eventChannels: [], aqi: null, warningAreas: null, focus: null, table: [] };

/** The area of `code` in `set`: itself, or the 34-unit province a 63-unit one merged into. */
export function inSet(code: string, set: AreaSet): string | null {
  const area = areaByCode(code);
  if (!area) return null;
  if (area.set === set) return code;
  if (area.set === 'units63' && set === 'units34') return mergedInto(code)?.code ?? null;
  return null;
}

export function eventCounts(events: readonly MapEvent[]): { category: EventCategory; count: number }[] {
  const counts = new Map<EventCategory, number>();
  for (const event of events) counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
  return EVENT_CATEGORIES.filter((category) => counts.has(category)).map((category) => ({ category, count: counts.get(category)! }));
}

export function focusModel(
  area: string,
  input: { options: MapOptions; choropleths: readonly ChoroplethModel[]; events: readonly MapEvent[]; aqi: readonly CityAqi[]; channels: Readonly<Record<string, ChannelData>>; language: 'vi' | 'en' },
): FocusModel {
  const figures: FocusFigure[] = [];
  for (const model of input.choropleths) {
    const set = model.set;
    const code = set ? inSet(area, set) : null;
    const figure = code ? model.figureOf(code) : undefined;
    const spec = CHANNELS.get(model.options.channel);
    const metric = spec ? metricSpec(spec, model.options.metric) : undefined;
    if (figure) figures.push({ label: metric?.[input.language] ?? model.options.metric, figure });
  }
  for (const wanted of input.options.focusFigures) {
    const spec = CHANNELS.get(wanted.channel);
    const metric = spec ? metricSpec(spec, wanted.metric) : undefined;
    const series = metric ? input.channels[wanted.channel]?.series.get(`${wanted.metric}|${area}|${metric.unit}`) : undefined;
    if (series) figures.push({ label: wanted.label ?? metric?.[input.language] ?? wanted.metric, figure: series.latest });
  }
  const set = areaByCode(area)?.set === 'units63' ? 'units63' : 'units34';
  const events = input.events.filter((event) => inSet(event.area, set) === area).length;
  const aqi = input.aqi.find((city) => city.area === inSet(area, 'units34')) ?? null;
  return { area, name: areaByCode(area)?.name ?? area, figures, events, aqi };
}
