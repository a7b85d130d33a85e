import { describe, expect, it } from 'vitest';
import { timeseriesOptions } from '../../../src/layout/panel-kinds/timeseries.js';
import type { HeldObservation } from '../../../src/protocol/wall/index.js';
import { channelWith } from '../../testing/wall-data.js';
import { figure } from '../../testing/feed.js';
import { shownSeries } from './model.js';

const quarter = (code: string, year: number, q: number, value: number, unit: string, revision = 0): HeldObservation => {
  const end = new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
  const start = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`;
  return figure({ metric: `kt-xh.${code}`, unit, value, revision, status: revision > 0 ? 'revised' : 'provisional', period: { frequency: 'quarter', start, end } });
};

const channel = channelWith;

describe('timeseries options', () => {
  it('takes indicators and channel metrics; refuses a metric a channel does not have and a third unit', () => {
    expect(timeseriesOptions.parse({ series: [{ indicator: 'gdp-growth' }] }).series[0]).toEqual({ indicator: 'gdp-growth', area: 'VN' });
    const wrong = timeseriesOptions.safeParse({ series: [{ channel: 'traffic/accidents', metric: 'smiles' }] });
    expect(wrong.error?.issues[0]).toMatchObject({ path: ['series', 0, 'metric'], message: '"smiles" is not a metric of traffic/accidents' });
    const three = timeseriesOptions.safeParse({ series: [{ indicator: 'gdp-growth' }, { indicator: 'gdp' }, { indicator: 'population' }] });
    expect(three.error?.issues[0]?.message).toMatch(/^compares 3 units .*: at most two, one axis on each side$/);
    expect(timeseriesOptions.safeParse({ series: [] }).success).toBe(false);
  });
});

describe('shownSeries', () => {
  it('gives each series its figures of its frequency, oldest first, from the chosen year; marks revisions; puts a second unit on the right axis', () => {
    const options = timeseriesOptions.parse({ series: [{ indicator: 'gdp-growth' }, { indicator: 'gdp' }, { indicator: 'agriculture-output-growth' }], from: 2026 });
    const data = channel('indicators/kt-xh', [quarter('gdp-growth', 2025, 4, 7.1, '%'), quarter('gdp-growth', 2026, 1, 6.9, '%'), quarter('gdp-growth', 2026, 2, 7.4, '%', 1), quarter('gdp', 2026, 2, 3_000_000, 'VND bn')]);
    const series = shownSeries(options, (name) => (name === 'indicators/kt-xh' ? data : null));
    expect(series.map((s) => [s.metric, s.unit, s.axis])).toEqual([
      ['kt-xh.gdp-growth', '%', 0],
      ['kt-xh.gdp', 'VND bn', 1],
      ['kt-xh.agriculture-output-growth', '%', 0],
    ]);
    expect(series[0]!.points.map((p) => [p.value, p.revised])).toEqual([
      [6.9, false],
      [7.4, true],
    ]);
    // A quarter's point sits at its end: 1 April 2026 00:00 in Viet Nam.
    expect(new Date(series[0]!.points[0]!.at).toISOString()).toBe('2026-03-31T17:00:00.000Z');
    expect(series[2]!.points).toEqual([]);
  });
});
