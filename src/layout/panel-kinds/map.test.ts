import { describe, expect, it } from 'vitest';
import { mapKind, mapOptions } from './map.js';

function problems(options: unknown): string[] {
  const result = mapOptions.safeParse(options);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('map panel options', () => {
  it('defaults to the whole country, province names, a legend and no layers', () => {
    const options = mapOptions.parse({});
    expect(options).toMatchObject({ view: 'country', layers: [], labels: 'names', legend: true, focusFigures: [] });
  });

  it('fills each layer with its defaults', () => {
    const options = mapOptions.parse({
      layers: [{ type: 'choropleth', channel: 'traffic/accidents', metric: 'deaths' }, { type: 'events', channels: ['traffic/accidents'] }, { type: 'aqi' }, { type: 'warning-areas' }],
    });
    expect(options.layers[0]).toMatchObject({ areaSet: 'auto', classes: 5, method: 'quantile', palette: 'magma', opacity: 0.9 });
    expect(options.layers[1]).toMatchObject({ maxAgeHours: 24, pulseMinutes: 30, minSeverity: 'info' });
    expect(options.layers[3]).toMatchObject({ channels: ['disaster/warnings', 'disaster/daily', 'agriculture/forest-fire', 'agriculture/landslides'], forecast: true });
  });

  it('names every wrong layer option with its path and reason', () => {
    const layers = [
          { type: 'choropleth', channel: 'traffic/accidents', metric: 'dead' },
          { type: 'choropleth', channel: 'finance/markets', metric: 'vnindex.close' },
          { type: 'choropleth', channel: 'traffic/accidents', metric: 'deaths', method: 'manual', classes: 4, thresholds: [1, 5] },
          { type: 'choropleth', channel: 'traffic/accidents', metric: 'deaths', method: 'manual', classes: 3, thresholds: [5, 1] },
          { type: 'choropleth', channel: 'traffic/accidents', metric: 'deaths', thresholds: [1] },
          { type: 'choropleth', channel: 'traffic/accidents', metric: 'deaths', palette: 'rainbow' },
          { type: 'events', channels: ['finance/markets'] },
          { type: 'events', channels: ['traffic/accidents'], kinds: ['forest-fire'] },
          { type: 'warning-areas', channels: ['traffic/accidents'] },
          { type: 'radar' },
    ];
    // At most 8 layers a panel: check them in two panels.
    expect([...problems({ layers: layers.slice(0, 5) }), ...problems({ layers: layers.slice(5) }).map((p) => p.replace(/^layers\.(\d+)/, (_, i: string) => `layers.${Number(i) + 5}`))]).toEqual([
      'layers.0.metric: "dead" is not a metric of traffic/accidents (metrics: accidents, deaths, injured, road.accidents, road.deaths, road.injured, rail.accidents, rail.deaths, rail.injured, waterway.accidents, waterway.deaths, waterway.injured, deaths.per-day, deaths.per-day.change-yoy, deaths.change-yoy)',
      'layers.1.channel: finance/markets has no figures per province',
      'layers.2.thresholds: must list 3 thresholds for 4 classes (got 2)',
      'layers.3.thresholds: must be strictly ascending',
      'layers.4.thresholds: thresholds are only for the manual method (method is "quantile")',
      'layers.5.palette: Invalid option: expected one of "magma"|"viridis"|"cividis"|"oranges"|"blues"|"purple-orange"',
      expect.stringMatching(/^layers\.6\.channels\.0: must be a channel that carries reports \(/),
      'layers.7.kinds.0: "forest-fire" is not a report kind of traffic/accidents (kinds: serious-accident, congestion, hot-issue)',
      expect.stringMatching(/^layers\.8\.channels\.0: must be a channel whose reports carry areas \(disaster\/warnings, /),
      'layers.9.type: must have a "type": choropleth, events, aqi, density or warning-areas',
    ]);
    expect(problems({ layers: Array.from({ length: 9 }, () => ({ type: 'aqi' })) })).toEqual(['layers: must have at most 8 layers']);
  });

  it('checks views, focus, labels and mosaic', () => {
    expect(problems({ view: 'europe' })).toEqual(['view: must be one of country, mainland, north, central, south, { "area": code } or { "bbox": [west, south, east, north] }']);
    expect(problems({ view: { bbox: [110, 20, 100, 10] } })).toEqual(['view.bbox: must be [west, south, east, north] with west < east and south < north']);
    expect(problems({ focus: { area: 'VN' } })).toEqual(['focus.area: must be a province code of the 34 units ("VN34-01") or of the 63 ("VN-HN")']);
    expect(problems({ labels: 'names-and-values' })).toEqual(['labels: "names-and-values" needs a choropleth layer']);
    expect(problems({ mosaic: { columns: 1, rows: 2, column: 1, row: 3 } })).toEqual(['mosaic: column and row must lie within columns and rows']);
    expect(problems({ view: { area: 'VN-HN' }, focus: { area: 'VN34-48' } })).toEqual([]);
  });

  it('reads the channels of every layer and focus figure, once each', () => {
    const options = mapOptions.parse({
      layers: [{ type: 'choropleth', channel: 'traffic/accidents', metric: 'deaths' }, { type: 'events', channels: ['traffic/accidents', 'agriculture/forest-fire'] }, { type: 'aqi' }],
      focusFigures: [{ channel: 'health/epidemics', metric: 'dengue.cases' }],
    });
    expect(mapKind.channels(options)).toEqual(['traffic/accidents', 'agriculture/forest-fire', 'environment/aqi', 'health/epidemics']);
  });
});
