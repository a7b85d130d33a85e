import { describe, expect, it } from 'vitest';
import { financeKind, financeOptions } from '../../../src/layout/panel-kinds/finance.js';
import { channelWith } from '../../testing/wall-data.js';
import { figure, report } from '../../testing/feed.js';
import { budget, debt, ratings } from './model.js';

const channel = channelWith;
const year = (metric: string, y: number, value: number, unit = '% GDP') => figure({ metric, unit, value, period: { frequency: 'year', start: `${y}-01-01`, end: `${y}-12-31` } });
const rating = (agency: string, y: number, letter: string, outlook: string) => report({ id: `rating-${agency}-${y}`, kind: 'rating', area: 'VN', occurredAt: `${y}-06-15T10:00:00+07:00`, facts: { notch: 11, rating: letter, outlook } });

describe('finance options', () => {
  it('reads the channel of its view, and refuses an unknown view', () => {
    expect(financeOptions.parse({})).toEqual({ view: 'ratings' });
    expect(financeKind.channels(financeOptions.parse({ view: 'debt' }))).toEqual(['finance/public-debt']);
    expect(financeOptions.safeParse({ view: 'tax' }).error?.issues[0]?.path).toEqual(['view']);
  });
});

describe('finance', () => {
  it('takes each agency’s newest rating report: letter, outlook, date', () => {
    const view = ratings(channel('finance/ratings', [year('obi.score', 2025, 24, 'points')], [rating('moodys', 2024, 'Ba2', 'Ổn định'), rating('moodys', 2025, 'Ba1', 'Tích cực'), rating('fitch', 2025, 'BB+', 'Ổn định')]));
    expect(view.rows.map((row) => [row.agency, row.rating, row.outlook])).toEqual([
      ["Moody's", 'Ba1', 'Tích cực'],
      ['S&P', null, null],
      ['Fitch', 'BB+', 'Ổn định'],
    ]);
    expect(view.obi?.value).toBe(24);
  });

  it('puts the month’s budget figures of one period together, with the year to date against the estimate', () => {
    const month = (metric: string, end: string, value: number) => figure({ metric, value, unit: metric.endsWith('estimate') ? '%' : 'VND bn', period: { frequency: 'month', start: `${end.slice(0, 8)}15`, end } });
    const view = budget(channel('finance/budget', [month('revenue', '2026-10-14', 150_000), month('revenue', '2026-11-14', 160_000), month('expenditure', '2026-10-14', 170_000), month('revenue.pct-estimate', '2026-11-14', 88.5)]));
    expect(view.revenue?.value).toBe(160_000);
    expect(view.revenuePct?.value).toBe(88.5);
    // October's expenditure is not November's.
    expect(view.expenditure).toBeNull();
  });

  it('marks debt near and over its ceiling', () => {
    const view = debt(channel('finance/public-debt', [year('public-debt.pct-gdp', 2025, 36), year('government-debt.pct-gdp', 2025, 47), year('foreign-debt.pct-gdp', 2025, 46)]));
    expect(view.rows.map((row) => [row.metric, row.state])).toEqual([
      ['public-debt.pct-gdp', 'normal'],
      ['government-debt.pct-gdp', 'warning'],
      ['foreign-debt.pct-gdp', 'critical'],
    ]);
  });
});
