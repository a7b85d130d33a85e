import { describe, expect, it } from 'vitest';
import { kpiOptions } from '../../../src/layout/panel-kinds/kpi.js';
import { dayFigure, figure } from '../../testing/feed.js';
import { kpiFigure, kpiTitle } from './format.js';

const HN = 'Asia/Ho_Chi_Minh';
const options = (extra: Record<string, unknown> = {}) => kpiOptions.parse({ channel: 'traffic/accidents', metric: 'deaths', ...extra });

describe('kpi title', () => {
  it('is the metric’s name from the catalogue and the area, in the layout language', () => {
    expect(kpiTitle(options(), 'vi-VN')).toBe('Số người chết · Toàn quốc');
    expect(kpiTitle(options(), 'en-GB')).toBe('Deaths · Viet Nam');
    expect(kpiTitle(options({ area: 'VN34-79' }), 'vi-VN')).toBe('Số người chết · Hồ Chí Minh');
  });

  it('takes the layout’s label, without repeating an area it already names', () => {
    expect(kpiTitle({ ...options(), label: 'PM2.5 Hà Nội', area: 'VN34-01' }, 'vi-VN')).toBe('PM2.5 Hà Nội');
    expect(kpiTitle({ ...options(), label: 'PM2.5 TP Hồ Chí Minh', area: 'VN34-79' }, 'vi-VN')).toBe('PM2.5 TP Hồ Chí Minh');
    expect(kpiTitle({ ...options(), label: 'Tử vong' }, 'vi-VN')).toBe('Tử vong · Toàn quốc');
  });
});

describe('kpi figure', () => {
  it('formats the value in vi-VN with the given decimals or a sensible default, with its unit', () => {
    expect(kpiFigure(dayFigure('2026-11-21', 1_234), null, options(), 'vi-VN', HN)).toMatchObject({ value: '1.234', unit: 'người', decimals: 0, change: null });
    expect(kpiFigure(figure({ metric: 'vnindex.close', unit: 'points', value: 1_284.372 }), null, options({ decimals: 2 }), 'vi-VN', HN)).toMatchObject({ value: '1.284,37', unit: 'điểm' });
    expect(kpiFigure(figure({ value: 41.26, unit: 'µg/m³' }), null, options(), 'vi-VN', HN).value).toBe('41,3');
    expect(kpiFigure(dayFigure('2026-11-21', 1_234.5), null, options({ decimals: 1 }), 'en-GB', HN)).toMatchObject({ value: '1,234.5', unit: 'people' });
  });

  it('gives the change against the previous period: arrow, word, absolute and %, judged by `better`', () => {
    const latest = dayFigure('2026-11-21', 25);
    const previous = dayFigure('2026-11-20', 20);
    expect(kpiFigure(latest, previous, options({ better: 'down' }), 'vi-VN', HN).change).toEqual({
      direction: 'up',
      judgement: 'bad',
      arrow: '▲',
      text: 'tăng 5 (+25%)',
      versus: 'so với 20/11/2026',
    });
    expect(kpiFigure(previous, latest, options({ better: 'down' }), 'vi-VN', HN).change).toMatchObject({ direction: 'down', judgement: 'good', arrow: '▼', text: 'giảm 5 (\u221220%)' });
    expect(kpiFigure(latest, previous, options({ better: 'up' }), 'en-GB', HN).change).toMatchObject({ judgement: 'good', text: 'up 5 (+25%)', versus: 'vs 20/11/2026' });
    expect(kpiFigure(latest, previous, options(), 'vi-VN', HN).change?.judgement).toBe('neutral');
  });

  it('calls a change too small to see "unchanged", and gives percentage points for percentages', () => {
    const same = kpiFigure(dayFigure('2026-11-21', 20.004), dayFigure('2026-11-20', 20.001), options({ decimals: 1, better: 'down' }), 'vi-VN', HN).change;
    expect(same).toMatchObject({ direction: 'same', judgement: 'neutral', arrow: '=', text: 'không đổi' });
    const share = (day: string, value: number) => dayFigure(day, value, { metric: 'disbursed.pct-plan', unit: '%' });
    expect(kpiFigure(share('2026-11-21', 46.5), share('2026-11-20', 45.3), options({ decimals: 1, better: 'up' }), 'vi-VN', HN).change).toMatchObject({ text: 'tăng 1,2 điểm %', judgement: 'good' });
    expect(kpiFigure(share('2026-11-21', 46.5), share('2026-11-20', 45.3), options({ decimals: 1 }), 'en-GB', HN).change?.text).toBe('up 1.2 pp');
    // From zero there is no percentage.
    expect(kpiFigure(dayFigure('2026-11-21', 3), dayFigure('2026-11-20', 0), options(), 'vi-VN', HN).change?.text).toBe('tăng 3');
    // Small relative changes keep two decimals, as index moves are written.
    const index = (value: number) => figure({ metric: 'vnindex.close', unit: 'points', value });
    expect(kpiFigure(index(1_284.37), { ...index(1_271.9), period: { frequency: 'day', start: '2026-11-20', end: '2026-11-20' } }, options({ decimals: 2 }), 'vi-VN', HN).change?.text).toBe('tăng 12,47 (+0,98%)');
  });
});
