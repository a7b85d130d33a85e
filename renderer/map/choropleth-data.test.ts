import { describe, expect, it } from 'vitest';
import { AREAS_34, AREAS_63 } from '../../src/domain/areas/index.js';
import { mapLayerSchema, type ChoroplethLayerOptions } from '../../src/layout/panel-kinds/map.js';
import type { HeldObservation } from '../../src/protocol/wall/index.js';
import { ChannelState } from '../state/wall/feed-data.js';
import { dayFigure, figure } from '../testing/feed.js';
import { choroplethFigures } from './choropleth-data.js';

function data(figures: HeldObservation[], channel = 'traffic/accidents') {
  const state = new ChannelState(channel, 'run-1', 1, 1_000);
  for (const item of figures) state.upsert(item);
  return state.commit()!;
}

function layer(options: Record<string, unknown> = {}): ChoroplethLayerOptions {
  return mapLayerSchema.parse({ type: 'choropleth', channel: 'traffic/accidents', metric: 'deaths', ...options }) as ChoroplethLayerOptions;
}

describe('the figures a choropleth paints', () => {
  it('takes the newest period and, per province, only its figure for that period', () => {
    const figures = [
      ...AREAS_34.slice(0, 30).map((area, i) => dayFigure('2026-11-21', i, { area: area.code })),
      // Four provinces have reported only the day before: they have no figure for the 21st.
      ...AREAS_34.slice(30).map((area) => dayFigure('2026-11-20', 7, { area: area.code })),
    ];
    const result = choroplethFigures(data(figures), layer())!;
    expect(result.set).toBe('units34');
    expect(result.period).toEqual({ frequency: 'day', start: '2026-11-21', end: '2026-11-21' });
    expect(result.figures.size).toBe(30);
    expect(result.figures.has(AREAS_34[30]!.code)).toBe(false);
    expect(result.areas).toHaveLength(34);
  });

  it('a day figure wins over the month-to-date one ending the same day; a frequency option picks the other', () => {
    const month = { frequency: 'month' as const, start: '2026-11-15', end: '2026-11-21' };
    const figures = [dayFigure('2026-11-21', 2, { area: 'VN34-01' }), figure({ area: 'VN34-01', value: 30, period: month })];
    expect(choroplethFigures(data(figures), layer())!.figures.get('VN34-01')?.value).toBe(2);
    expect(choroplethFigures(data(figures), layer({ frequency: 'month' }))!.figures.get('VN34-01')?.value).toBe(30);
  });

  it('shows the 63 provinces for a historical period, the 34 for a current one', () => {
    const year = (y: number) => ({ frequency: 'year' as const, start: `${y - 1}-12-15`, end: `${y}-12-14` });
    const historical = AREAS_63.map((area, i) => figure({ metric: 'deaths', area: area.code, value: i, period: year(2024) }));
    const current = AREAS_34.map((area, i) => figure({ metric: 'deaths', area: area.code, value: i, period: year(2025) }));
    const channel = data([...historical, ...current]);
    expect(choroplethFigures(channel, layer())!.set).toBe('units34');
    const past = choroplethFigures(channel, layer({ asOf: '2024-12-31' }))!;
    expect(past.set).toBe('units63');
    expect(past.figures.size).toBe(63);
    expect(past.period.end).toBe('2024-12-14');
    expect(choroplethFigures(channel, layer({ areaSet: 'units63' }))!.set).toBe('units63');
  });

  it('has nothing to paint before any figure, or for another metric', () => {
    expect(choroplethFigures(undefined, layer())).toBeNull();
    expect(choroplethFigures(data([dayFigure('2026-11-21', 3, { area: 'VN34-01', metric: 'injured' })]), layer())).toBeNull();
    // A national figure is not a province's.
    expect(choroplethFigures(data([dayFigure('2026-11-21', 3)]), layer())).toBeNull();
  });
});
