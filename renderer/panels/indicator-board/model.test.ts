import { describe, expect, it } from 'vitest';
import { builtInCatalogue } from '../../../src/domain/indicators/index.js';
import { boardIndicators, indicatorBoardKind, indicatorBoardOptions } from '../../../src/layout/panel-kinds/indicator-board.js';
import type { HeldObservation } from '../../../src/protocol/wall/index.js';
import { channelWith } from '../../testing/wall-data.js';
import { figure } from '../../testing/feed.js';
import { indicatorTile, thresholdState } from './model.js';

const catalogue = builtInCatalogue();
const cpi = catalogue.get('cpi')!; // monthly, % yoy, statistical, warning above 4, critical above 4.5
const retail = catalogue.get('retail-sales')!; // monthly, VND bn

function month(code: string, year: number, m: number, value: number, unit: string): HeldObservation {
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return figure({ metric: `kt-xh.${code}`, unit, value, area: 'VN', period: { frequency: 'month', start: `${year}-${mm}-01`, end: `${year}-${mm}-${last}` }, source: 'Cục Thống kê' });
}

const channel = (figures: HeldObservation[]) => channelWith('indicators/kt-xh', figures);

describe('indicator-board options', () => {
  it('takes a list of codes (with short labels) or a group, not both; names an unknown code', () => {
    expect(boardIndicators(indicatorBoardOptions.parse({ indicators: ['cpi', { code: 'gdp-growth', label: 'Tăng trưởng GDP' }] }))).toEqual([{ code: 'cpi' }, { code: 'gdp-growth', label: 'Tăng trưởng GDP' }]);
    expect(boardIndicators(indicatorBoardOptions.parse({ group: 'macro-stability', max: 3 })).map((entry) => entry.code)).toEqual(catalogue.inGroup('macro-stability').slice(0, 3).map((i) => i.code));
    const unknown = indicatorBoardOptions.safeParse({ indicators: ['cpi', 'happiness'] });
    expect(unknown.error?.issues[0]).toMatchObject({ path: ['indicators', 1] });
    expect(unknown.error?.issues.map((issue) => issue.message).join()).toContain('is not an indicator of the catalogue');
    expect(indicatorBoardOptions.safeParse({}).error?.issues[0]?.message).toContain('give either "indicators"');
    expect(indicatorBoardOptions.safeParse({ group: 'economic-growth', indicators: ['cpi'] }).success).toBe(false);
  });

  it('needs a row of tiles per `columns` indicators, for the fit check', () => {
    const needs = indicatorBoardKind.textNeeds!(indicatorBoardOptions.parse({ group: 'economic-growth', max: 6, columns: 3 }), { widthEm: 20, heightEm: 10 });
    expect(needs).toEqual({ lines: 16, smallPrintLines: 4 });
  });
});

describe('indicatorTile', () => {
  const figures = [month('cpi', 2025, 10, 3.2, '% yoy'), month('cpi', 2025, 11, 3.4, '% yoy'), month('cpi', 2026, 10, 4.1, '% yoy'), month('cpi', 2026, 11, 4.6, '% yoy')];

  it('compares a rate with the previous period and the same period last year in points', () => {
    const tile = indicatorTile(channel(figures), cpi, 'VN');
    expect(tile.latest?.value).toBe(4.6);
    expect(tile.previous?.against.period.end).toBe('2026-10-31');
    expect(tile.previous?.difference).toBeCloseTo(0.5);
    expect(tile.previous?.percent).toBeNull();
    expect(tile.sameLastYear?.against.period.end).toBe('2025-11-30');
    expect(tile.sameLastYear?.difference).toBeCloseTo(1.2);
    expect(tile.history).toEqual([3.2, 3.4, 4.1, 4.6]);
  });

  it('compares a level by its percentage change, and finds last February across a leap year', () => {
    const tile = indicatorTile(channel([month('retail-sales', 2024, 2, 500_000, 'VND bn'), month('retail-sales', 2025, 1, 520_000, 'VND bn'), month('retail-sales', 2025, 2, 550_000, 'VND bn')]), retail, 'VN');
    expect(tile.sameLastYear?.against.period.end).toBe('2024-02-29');
    expect(tile.sameLastYear?.percent).toBeCloseTo(10);
    expect(tile.previous?.percent).toBeCloseTo((30_000 / 520_000) * 100);
  });

  it('takes the catalogue thresholds: CPI above 4 % is a warning, above 4.5 % serious', () => {
    expect(thresholdState(cpi, 3.9)).toBe('normal');
    expect(thresholdState(cpi, 4.2)).toBe('warning');
    expect(indicatorTile(channel(figures), cpi, 'VN').state).toBe('critical');
    expect(thresholdState(retail, 1e9)).toBe('normal');
  });

  it('has nothing to compare without the earlier figures, and no tile value without a figure', () => {
    const single = indicatorTile(channel([month('cpi', 2026, 11, 3, '% yoy')]), cpi, 'VN');
    expect(single.previous).toBeNull();
    expect(single.sameLastYear).toBeNull();
    expect(indicatorTile(null, cpi, 'VN').latest).toBeNull();
  });
});
