import { GeoJsonLayer } from '@deck.gl/layers';
import { FillStyleExtension } from '@deck.gl/extensions';
import type { AreaSet } from '../../../src/domain/areas/index.js';
import { paletteColours, type ChoroplethLayerOptions, type Rgb } from '../../../src/layout/panel-kinds/map.js';
import type { HeldObservation } from '../../../src/protocol/wall/index.js';
import type { Provenance } from '../../panels/FreshnessBadge.js';
import type { ChannelData } from '../../state/wall/feed-data.js';
import { classBreaks, classOf, type ClassBreaks } from '../class-breaks.js';
import { choroplethFigures, type ChoroplethFigures } from '../choropleth-data.js';
import type { UnitFeature } from '../geodata.js';
import type { DataInput, DrawContext, Rgba } from './draw-context.js';

/** What the legend shows of a choropleth; rebuilt only when the figures change. */
export interface ChoroplethLegend {
  channel: string;
  metric: string;
  unit: string;
  set: AreaSet;
  provenance: Provenance | null;
  breaks: ClassBreaks | null;
  colours: readonly Rgb[];
  /** Provinces in each class. */
  counts: readonly number[];
  /** Provinces of the set without a figure for the period (hatched). */
  noData: number;
  better: ChoroplethLayerOptions['better'];
}

const NO_DATA: Rgba = [148, 163, 184, 150];
const BORDER: Rgba = [4, 7, 13, 255];
// One extension instance for every choropleth: deck.gl compares extensions by identity.
const HATCH = new FillStyleExtension({ pattern: true, proceduralPattern: true });
// The hatch scales with the minimum text height, so it reads the same on 1080p and 4K displays.
let hatchMapping: { size: number; mapping: { hatch: { type: 'hatch'; angle: number; strokeWidth: number; gap: number } } } | null = null;
function hatchFor(minTextPx: number) {
  if (hatchMapping?.size !== minTextPx) hatchMapping = { size: minTextPx, mapping: { hatch: { type: 'hatch', angle: 45, strokeWidth: Math.max(1.5, minTextPx / 11), gap: Math.max(4, minTextPx / 4) } } };
  return hatchMapping.mapping;
}

/**
 * One choropleth: the provinces of one set coloured by class of one metric's figures for one period, the
 * provinces without a figure hatched. The features are the page's one geodata array (a stable reference);
 * a data change only bumps `version`, which deck.gl sees through `updateTriggers` and answers by refilling
 * the colour attribute — the layer, its geometry and the map stay.
 */
export class ChoroplethModel {
  version = 0;
  figures: ChoroplethFigures | null = null;
  legend: ChoroplethLegend;
  private source: ChannelData | undefined;
  private colourByCode = new Map<string, Rgba>();

  constructor(
    readonly id: string,
    readonly options: ChoroplethLayerOptions,
  ) {
    this.legend = this.emptyLegend();
  }

  /** The set the figures are in (null while none has arrived). */
  get set(): AreaSet | null {
    return this.figures?.set ?? null;
  }

  update({ channels }: DataInput): boolean {
    const data = channels[this.options.channel];
    if (data === this.source) return false;
    this.source = data;
    const figures = choroplethFigures(data, this.options);
    const previous = this.figures;
    this.figures = figures;
    const values = figures ? [...figures.figures.values()].map((figure) => figure.value) : [];
    const breaks = classBreaks(values, this.options.method, this.options.classes, this.options.thresholds);
    const classes = breaks ? breaks.thresholds.length + 1 : 0;
    const colours = classes > 0 ? paletteColours(this.options.palette, classes) : [];
    const alpha = Math.round(this.options.opacity * 255);
    const counts = new Array<number>(classes).fill(0);
    const colourByCode = new Map<string, Rgba>();
    for (const [code, figure] of figures?.figures ?? []) {
      const index = classOf(figure.value, breaks!.thresholds);
      counts[index]!++;
      const [r, g, b] = colours[index]!;
      colourByCode.set(code, [r, g, b, alpha]);
    }
    const changed = previous?.set !== figures?.set || !sameColours(this.colourByCode, colourByCode);
    this.colourByCode = colourByCode;
    this.legend = {
      ...this.emptyLegend(),
      unit: figures?.unit ?? '',
      set: figures?.set ?? 'units34',
      provenance: figures ? provenanceOf(figures.figures.values()) : null,
      breaks,
      colours,
      counts,
      noData: figures ? figures.areas.length - figures.figures.size : 0,
    };
    if (changed) this.version++;
    return true;
  }

  /** The figure of a province for the period shown, if any. */
  figureOf(code: string): HeldObservation | undefined {
    return this.figures?.figures.get(code);
  }

  colourOf(code: string): Rgba | undefined {
    return this.colourByCode.get(code);
  }

  layer(context: DrawContext) {
    const features = context.geodata.sets[this.figures?.set ?? context.set].features;
    const colours = this.colourByCode;
    return new GeoJsonLayer<UnitFeature['properties']>({
      id: this.id,
      data: features as UnitFeature[],
      filled: true,
      stroked: true,
      getFillColor: (feature) => colours.get(feature.properties.code) ?? NO_DATA,
      getLineColor: BORDER,
      getLineWidth: 1.5,
      lineWidthUnits: 'pixels',
      // Hatched where there is no figure: never painted as if it were zero.
      fillPatternMapping: hatchFor(context.minTextPx),
      fillPatternSizeUnits: 'pixels',
      getFillPattern: (feature: UnitFeature) => (colours.has(feature.properties.code) ? 'solid' : 'hatch'),
      updateTriggers: { getFillColor: this.version, getFillPattern: this.version },
      extensions: [HATCH, ...context.extensions],
      pickable: false,
    } as ConstructorParameters<typeof GeoJsonLayer<UnitFeature['properties']>>[0]);
  }

  private emptyLegend(): ChoroplethLegend {
    return { channel: this.options.channel, metric: this.options.metric, unit: '', set: 'units34', provenance: null, breaks: null, colours: [], counts: [], noData: 0, better: this.options.better };
  }
}

function sameColours(a: ReadonlyMap<string, Rgba>, b: ReadonlyMap<string, Rgba>): boolean {
  if (a.size !== b.size) return false;
  for (const [code, colour] of a) {
    const other = b.get(code);
    if (!other || other[0] !== colour[0] || other[1] !== colour[1] || other[2] !== colour[2] || other[3] !== colour[3]) return false;
  }
  return true;
}

/** The provenance the legend's badge shows for many figures: the newest cut-off, report and arrival. */
function provenanceOf(figures: Iterable<HeldObservation>): Provenance | null {
  let newest: HeldObservation | null = null;
  let reportedAt = '';
  let receivedAt = '';
  const later = (a: string, b: string) => b === '' || Date.parse(a) > Date.parse(b);
  for (const figure of figures) {
    if (!newest || later(figure.cutOff, newest.cutOff)) newest = figure;
    if (later(figure.reportedAt, reportedAt)) reportedAt = figure.reportedAt;
    if (later(figure.receivedAt, receivedAt)) receivedAt = figure.receivedAt;
  }
  return newest ? { period: newest.period, cutOff: newest.cutOff, source: newest.source, reportedAt, receivedAt } : null;
}
