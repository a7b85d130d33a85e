import { describe, expect, it } from 'vitest';
import { marketsOptions } from '../../../src/layout/panel-kinds/markets.js';
import type { HeldObservation } from '../../../src/protocol/wall/index.js';
import { channelWith } from '../../testing/wall-data.js';
import { figure } from '../../testing/feed.js';
import { marketView } from './model.js';

const at = (text: string) => Date.parse(`${text}+07:00`);
const close = (day: string, value: number) => figure({ metric: 'vnindex.close', unit: 'points', value, period: { frequency: 'day', start: day, end: day }, status: 'final' });
const tick = (time: string, value: number, metric = 'vnindex.close', unit = 'points') => {
  const instant = new Date(at(time)).toISOString();
  return figure({ metric, unit, value, period: { frequency: 'instant', start: instant, end: instant } });
};

const channel = (figures: HeldObservation[]) => channelWith('finance/markets', figures);

const monday = [close('2026-11-26', 1_270), close('2026-11-27', 1_275), tick('2026-11-30T09:00:05', 1_276), tick('2026-11-30T09:00:50', 1_277), tick('2026-11-30T09:01:10', 1_279), tick('2026-11-30T13:00:00', 1_280), tick('2026-11-30T13:05:00', 1_290)];

describe('markets options', () => {
  it('defaults to VN-Index with its line; refuses an unknown index by name', () => {
    expect(marketsOptions.parse({})).toEqual({ index: 'vnindex', chart: 'line' });
    expect(marketsOptions.safeParse({ index: 'dowjones' }).error?.issues[0]?.path).toEqual(['index']);
    expect(marketsOptions.safeParse({ chart: 'candles' }).success).toBe(false);
  });
});

describe('marketView', () => {
  it('measures the change against the previous trading day’s close, and says the session', () => {
    const view = marketView(channel(monday), 'vnindex', at('2026-11-30T13:06:00'));
    expect(view.last?.value).toBe(1_290);
    expect(view.previousClose?.value).toBe(1_275);
    expect(view.change).toBe(15);
    expect(view.changePct).toBeCloseTo(1.176, 3);
    expect(view.session).toBe('continuous');
  });

  it('keeps the last tick of each minute for the line', () => {
    const view = marketView(channel(monday), 'vnindex', at('2026-11-30T13:06:00'));
    expect(view.intraday.map(([time, value]) => [new Date(time).toISOString().slice(11, 16), value])).toEqual([
      ['02:00', 1_277],
      ['02:01', 1_279],
      ['06:00', 1_280],
      ['06:05', 1_290],
    ]);
  });

  it('is closed, not late, after 14:45 and at the weekend, still showing the last day', () => {
    expect(marketView(channel(monday), 'vnindex', at('2026-11-30T15:30:00')).session).toBe('closed');
    const saturday = marketView(channel([close('2026-11-26', 1_270), close('2026-11-27', 1_275)]), 'vnindex', at('2026-11-28T10:00:00'));
    expect(saturday.session).toBe('weekend');
    expect(saturday.last?.value).toBe(1_275);
    expect(saturday.change).toBe(5);
    expect(new Date(saturday.dayOpen!).toISOString()).toBe('2026-11-27T02:00:00.000Z');
  });

  it('says there is no trading today when the clock says trading but no tick of today came (an exchange holiday)', () => {
    const holiday = marketView(channel([close('2026-11-26', 1_270), close('2026-11-27', 1_275)]), 'vnindex', at('2026-11-30T10:00:00'));
    expect(holiday.session).toBe('no-trade');
    expect(marketView(channel([close('2026-11-27', 1_275)]), 'vnindex', at('2026-11-30T09:05:00')).session).toBe('opening-auction');
  });

  it('turns the cumulative turnover into quarter-hour bars', () => {
    const value = (time: string, v: number) => tick(time, v, 'hose.value', 'VND bn');
    const view = marketView(channel([...monday, value('2026-11-30T09:01:00', 100), value('2026-11-30T09:14:00', 900), value('2026-11-30T09:16:00', 1_500)]), 'vnindex', at('2026-11-30T09:20:00'));
    expect(view.turnoverBars.map(([, v]) => v)).toEqual([900, 600]);
    expect(view.turnover?.value).toBe(1_500);
  });
});
