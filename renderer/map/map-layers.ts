import type { Layer } from '@deck.gl/core';
import type { AreaSet } from '../../src/domain/areas/index.js';
import { layerChannels, type MapOptions } from '../../src/layout/panel-kinds/map.js';
import { defaultDecimals, formatNumber } from '../panels/data-format.js';
import type { ChannelData } from '../state/wall/feed-data.js';
import { classOf } from './class-breaks.js';
import type { Geodata } from './geodata.js';
import type { Rect } from './label-placement.js';
import { AqiModel } from './layers/aqi.js';
import { ChoroplethModel } from './layers/choropleth.js';
import { DensityModel } from './layers/density.js';
import type { DataInput, DrawContext } from './layers/draw-context.js';
import { EventsModel, type MapEvent } from './layers/events.js';
import { focusLayer } from './layers/focus.js';
import { islandsLayer } from './layers/islands.js';
import { FIXED_LABELS, labelsLayer, visibleLabels, type MapLabel } from './layers/labels.js';
import { LayerStatsExtension, type LayerStats } from './layers/layer-stats.js';
import { WarningAreasModel } from './layers/warning-areas.js';
import { eventCounts, focusModel, type MapPanelModel, type TableRow } from './panel-model.js';

/**
 * The layers of one map panel, from its options: a model per layer that reads its channels' data and
 * describes its deck.gl layers, plus the province names and the focus. Draw order, bottom to top:
 * choropleths, the focus's dimming, warning areas, density, events, AQI, names.
 */
export class MapLayers {
  readonly stats: LayerStats = { initialised: 0, finalised: 0 };
  readonly extensions = [new LayerStatsExtension({ stats: this.stats })];
  readonly channels: string[];
  private readonly choropleths: ChoroplethModel[] = [];
  private readonly events: EventsModel[] = [];
  private readonly density: DensityModel[] = [];
  private readonly warnings: WarningAreasModel[] = [];
  private aqi: AqiModel | null = null;
  private labels: MapLabel[] = [];
  private labelsKey = '';

  constructor(
    private readonly options: MapOptions,
    private readonly geodata: Geodata,
    private readonly panelId: string,
  ) {
    options.layers.forEach((layer, i) => {
      const id = `${panelId}-${layer.type}-${i}`;
      switch (layer.type) {
        case 'choropleth':
          this.choropleths.push(new ChoroplethModel(id, layer));
          break;
        case 'events':
          this.events.push(new EventsModel(id, layer, geodata));
          break;
        case 'density':
          this.density.push(new DensityModel(id, layer, geodata));
          break;
        case 'warning-areas':
          this.warnings.push(new WarningAreasModel(id, layer));
          break;
        case 'aqi':
          this.aqi ??= new AqiModel(id, layer);
          break;
      }
    });
    this.channels = [...new Set([...options.layers.flatMap(layerChannels), ...options.focusFigures.map((figure) => figure.channel)])];
  }

  /** Reads the data; true when anything shown around the map (legend, focus card) may have changed. */
  update(input: DataInput): boolean {
    let changed = false;
    for (const model of [...this.choropleths, ...this.events, ...this.density, ...this.warnings]) changed = model.update(input) || changed;
    if (this.aqi) changed = this.aqi.update(input) || changed;
    return changed;
  }

  /** The set of provinces the map shows: the first choropleth's (34 unless its data is historical). */
  areaSet(): AreaSet {
    return this.choropleths.find((model) => model.set !== null)?.set ?? 'units34';
  }

  /** The names drawn now, in the order placed. */
  drawnLabels(): readonly MapLabel[] {
    return this.labels;
  }

  /** Changes whenever a choropleth's colours change. */
  choroplethVersion(): number {
    return this.choropleths.reduce((sum, model) => sum + model.version, 0);
  }

  /** When the newest data of the choropleths' channels reached the page (local ms). */
  choroplethArrival(channels: Readonly<Record<string, ChannelData>>): number {
    return Math.max(0, ...this.choropleths.map((model) => channels[model.options.channel]?.lastReceivedAt ?? 0));
  }

  pulsing(now: number): MapEvent[] {
    return this.events.flatMap((model) => model.pulsing(now)).slice(-24);
  }

  build(context: DrawContext, focus: string | null, now: number, project: (position: [number, number]) => [number, number], size: { width: number; height: number }, blocked: readonly Rect[]): Layer[] {
    const layers: Layer[] = [];
    for (const model of this.choropleths) layers.push(model.layer(context));
    const first = this.choropleths[0];
    layers.push(islandsLayer(`${this.panelId}-islands`, first ? (code) => first.colourOf(code) : null, first?.version ?? 0, context));
    if (focus) layers.push(focusLayer(`${this.panelId}-focus`, focus, context));
    for (const model of this.warnings) layers.push(...model.layers(context));
    for (const model of this.density) layers.push(model.layer(context));
    for (const model of this.events) layers.push(model.layer(context, now));
    // Text layers only once they have text: an empty glyph atlas is an empty canvas WebGL refuses to upload.
    if (this.aqi && this.aqi.cities.length > 0) {
      this.aqi.place(context, project, size, blocked);
      layers.push(...this.aqi.layers(context));
    }
    if (this.options.labels !== 'none') {
      const aqiLabels = this.aqi ? this.aqi.blocked(context, project) : [];
      this.placeLabels(context, focus, project, size, [...blocked, ...aqiLabels]);
      if (this.labels.length > 0) layers.push(labelsLayer(`${this.panelId}-labels`, this.labels, context));
    }
    return layers;
  }

  model(focus: string | null, channels: Readonly<Record<string, ChannelData>>, language: 'vi' | 'en', set: AreaSet): MapPanelModel {
    const events = [...this.events.flatMap((model) => model.events), ...this.density.flatMap((model) => model.events)];
    return {
      status: 'ready',
      problem: null,
      set,
      choropleths: this.choropleths.map((model) => model.legend),
      events: this.events.length > 0 ? eventCounts(this.events.flatMap((model) => model.events)) : null,
      eventChannels: [...new Set(this.events.flatMap((model) => model.options.channels))],
      aqi: this.aqi ? this.aqi.cities : null,
      warningAreas: this.warnings.length > 0 ? this.warnings.reduce((sum, model) => sum + model.zones.length + model.tracks.length, 0) : null,
      focus: focus ? focusModel(focus, { options: this.options, choropleths: this.choropleths, events, aqi: this.aqi?.cities ?? [], channels, language }) : null,
      table: this.table(set),
    };
  }

  /** The first choropleth as a table: the map's text alternative. */
  private table(set: AreaSet): TableRow[] {
    const model = this.choropleths[0];
    if (!model) return [];
    const breaks = model.legend.breaks;
    return this.geodata.sets[set].features.map((feature) => {
      const figure = model.figureOf(feature.properties.code) ?? null;
      return { code: feature.properties.code, name: feature.properties.name, figure, classIndex: figure && breaks ? classOf(figure.value, breaks.thresholds) : null };
    });
  }

  private placeLabels(context: DrawContext, focus: string | null, project: (position: [number, number]) => [number, number], size: { width: number; height: number }, blocked: readonly Rect[]): void {
    const choropleth = this.choropleths[0];
    const withValues = this.options.labels === 'names-and-values' && choropleth;
    const set = this.geodata.sets[context.set];
    const ranked = choropleth ? rankByValue(set.features.map((feature) => feature.properties.code), (code) => choropleth.figureOf(code)?.value) : null;
    const provinces: MapLabel[] = set.features.map((feature) => {
      const code = feature.properties.code;
      const figure = withValues ? choropleth.figureOf(code) : undefined;
      const value = figure ? `\n${formatNumber(figure.value, defaultDecimals(figure.value), context.locale)}` : '';
      const [west, south, east, north] = set.boundsByCode.get(code)!;
      // The largest figures are named first; without figures, the largest provinces.
      const priority = code === focus ? 5_000 : ranked ? 100 + (ranked.get(code) ?? 0) : (east - west) * (north - south);
      return { id: code, text: `${feature.properties.name}${value}`, position: feature.properties.label, priority, tone: 'province' };
    });
    const placed = visibleLabels([...FIXED_LABELS, ...provinces], project, size, blocked, context.minTextPx);
    const key = placed.map((label) => `${label.id}:${label.text}:${label.position.join(',')}`).join('|');
    // The same labels keep the same array: deck.gl then has nothing to redo.
    if (key !== this.labelsKey) {
      this.labelsKey = key;
      this.labels = placed;
    }
  }
}

/** Code → rank (higher value, higher rank; provinces without a figure rank 0). */
function rankByValue(codes: readonly string[], valueOf: (code: string) => number | undefined): Map<string, number> {
  const withValues = codes.filter((code) => valueOf(code) !== undefined).sort((a, b) => valueOf(a)! - valueOf(b)!);
  return new Map(withValues.map((code, i) => [code, i + 1]));
}

