import { describe, expect, it } from 'vitest';
import { epidemicsKind, epidemicsOptions } from '../../../src/layout/panel-kinds/epidemics.js';
import { channelWith } from '../../testing/wall-data.js';
import { dayFigure, figure } from '../../testing/feed.js';
import { covid, diseases } from './model.js';

const channel = channelWith;

describe('epidemics', () => {
  it('reads the channel of its view', () => {
    expect(epidemicsKind.channels(epidemicsOptions.parse({ view: 'diseases' }))).toEqual(['health/epidemics']);
    expect(epidemicsOptions.safeParse({ provinces: 9 }).success).toBe(false);
  });

  it('puts Viet Nam beside the world on the latest day, and the provinces with most new cases', () => {
    const c = (day: string, metric: string, area: string, value: number) => dayFigure(day, value, { metric, area });
    const view = covid(channel('health/covid19', [c('2026-11-28', 'cases.new', 'VN', 90), c('2026-11-29', 'cases.new', 'VN', 100), c('2026-11-29', 'cases.new', 'WORLD', 50_000), c('2026-11-29', 'deaths.new', 'VN', 0), c('2026-11-29', 'cases.new', 'VN34-01', 30), c('2026-11-29', 'cases.new', 'VN34-79', 45), c('2026-11-28', 'cases.new', 'VN34-31', 99)]), 3);
    expect(view.figures['cases.new']).toEqual([100, 50_000]);
    expect(view.figures['deaths.new']).toEqual([0, null]);
    expect(view.provinces).toEqual([
      { area: 'VN34-79', cases: 45 },
      { area: 'VN34-01', cases: 30 },
    ]);
  });

  it('gives each disease its latest week and the week before', () => {
    const w = (start: string, end: string, metric: string, value: number) => figure({ metric, value, period: { frequency: 'week', start, end } });
    const view = diseases(channel('health/epidemics', [w('2026-11-16', '2026-11-22', 'dengue.cases', 800), w('2026-11-23', '2026-11-29', 'dengue.cases', 950)]));
    expect(view.rows[0]).toMatchObject({ metric: 'dengue.cases', week: { value: 950 }, previous: { value: 800 } });
    expect(view.rows[2]).toMatchObject({ metric: 'measles.cases', week: null });
  });
});
