import { describe, expect, it } from 'vitest';
import { energyOptions } from '../../../src/layout/panel-kinds/energy.js';
import { ChannelState } from '../../state/wall/feed-data.js';
import { dayFigure } from '../../testing/feed.js';
import { energyDay } from './model.js';

const gwh = (day: string, metric: string, value: number) => dayFigure(day, value, { metric, unit: metric === 'peak-load' ? 'MW' : metric === 'revenue' ? 'VND bn' : 'GWh', source: 'Tập đoàn Điện lực Việt Nam (EVN)' });

describe('energy', () => {
  it('has the mix on by default and refuses unknown options', () => {
    expect(energyOptions.parse({})).toEqual({ mix: true });
    expect(energyOptions.safeParse({ pie: true }).success).toBe(false);
  });

  it('gives the latest day with the day before, and the source mix with shares, largest first', () => {
    const state = new ChannelState('energy/electricity', 'run-1', 0, 0);
    for (const f of [gwh('2026-11-28', 'output', 900), gwh('2026-11-29', 'output', 990), gwh('2026-11-29', 'source.hydro', 300), gwh('2026-11-29', 'source.coal', 500), gwh('2026-11-29', 'source.renewable', 200), gwh('2026-11-28', 'source.gas', 999)]) state.upsert(f);
    const view = energyDay(state.commit());
    expect(view.day).toBe('2026-11-29');
    expect(view.totals.output.latest?.value).toBe(990);
    expect(view.totals.output.previous?.value).toBe(900);
    expect(Object.keys(view.totals)).toEqual(['output', 'revenue']);
    expect(view.mix).toEqual([
      ['source.coal', 500, 50],
      ['source.hydro', 300, 30],
      ['source.renewable', 200, 20],
    ]);
  });

  it('shows nothing before any figure', () => {
    expect(energyDay(null)).toMatchObject({ day: null, mix: [], provenance: null });
  });
});
