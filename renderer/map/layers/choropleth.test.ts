import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREAS_34 } from '../../../src/domain/areas/index.js';
import { mapLayerSchema, paletteColours, type ChoroplethLayerOptions } from '../../../src/layout/panel-kinds/map.js';
import { ChannelState } from '../../state/wall/feed-data.js';
import { dayFigure } from '../../testing/feed.js';
import { indexSet, type AreaSetGeodata, type Geodata, type UnitFeature } from '../geodata.js';
import { ChoroplethModel } from './choropleth.js';
import type { DrawContext } from './draw-context.js';

const geo = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../../assets/geo', `${name}.geojson`), 'utf8'));
const geodata: Geodata = { sets: { units34: indexSet(geo('units34') as AreaSetGeodata['collection']), units63: indexSet(geo('units63') as AreaSetGeodata['collection']) }, neighbours: geo('neighbours') };
const context: DrawContext = { geodata, set: 'units34', minTextPx: 21.6, locale: 'vi-VN', metresPerPixel: 500, extensions: [] };
const options = mapLayerSchema.parse({ type: 'choropleth', channel: 'traffic/accidents', metric: 'deaths', method: 'manual', classes: 3, thresholds: [1, 3], palette: 'viridis' }) as ChoroplethLayerOptions;

function channelWith(values: ReadonlyMap<string, number>) {
  const state = new ChannelState('traffic/accidents', 'run-1', 1, 1_000);
  for (const [area, value] of values) state.upsert(dayFigure('2026-11-21', value, { area }));
  return state.commit()!;
}

type Accessors = { getFillColor(feature: UnitFeature): number[]; getFillPattern(feature: UnitFeature): string };

describe('choropleth layer', () => {
  it('paints each province by its class and hatches the provinces without a figure, never as zero', () => {
    const model = new ChoroplethModel('c', options);
    const values = new Map([
      ['VN34-01', 0],
      ['VN34-79', 2],
      ['VN34-48', 5],
    ]);
    model.update({ channels: { 'traffic/accidents': channelWith(values) }, now: 0 });
    const [low, middle, high] = paletteColours('viridis', 3);
    const props = model.layer(context).props as unknown as Accessors;
    const feature = (code: string) => geodata.sets.units34.byCode.get(code)!;
    expect(props.getFillColor(feature('VN34-01')).slice(0, 3)).toEqual(low);
    expect(props.getFillColor(feature('VN34-79')).slice(0, 3)).toEqual(middle);
    expect(props.getFillColor(feature('VN34-48')).slice(0, 3)).toEqual(high);
    expect(props.getFillPattern(feature('VN34-01'))).toBe('solid');
    // Cà Mau sent nothing: hatched, and not in the zero class's colour.
    expect(props.getFillPattern(feature('VN34-96'))).toBe('hatch');
    expect(props.getFillColor(feature('VN34-96')).slice(0, 3)).not.toEqual(low);
    expect(model.legend.noData).toBe(AREAS_34.length - 3);
    expect(model.legend.counts).toEqual([1, 1, 1]);
  });

  it('keeps its features array and bumps its version only when a colour changes', () => {
    const model = new ChoroplethModel('c', options);
    model.update({ channels: { 'traffic/accidents': channelWith(new Map([['VN34-01', 0]])) }, now: 0 });
    const first = model.layer(context);
    const version = model.version;
    // New data, same classes: nothing to recolour.
    model.update({ channels: { 'traffic/accidents': channelWith(new Map([['VN34-01', 0]])) }, now: 0 });
    expect(model.version).toBe(version);
    model.update({ channels: { 'traffic/accidents': channelWith(new Map([['VN34-01', 4]])) }, now: 0 });
    expect(model.version).toBe(version + 1);
    const second = model.layer(context);
    expect(second.props.data).toBe(first.props.data);
    expect(second.id).toBe(first.id);
    expect((second.props.updateTriggers as { getFillColor: number }).getFillColor).toBe(version + 1);
  });
});
