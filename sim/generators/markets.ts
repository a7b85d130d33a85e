import { GEO_NATIONAL } from '../geo/index.js';
import { ChannelModel } from '../model/channel-model.js';
import { dayStamp, instantStamp, SlotBuilder } from '../model/items.js';
import { dailySchedule } from '../model/schedules.js';
import { MINUTE } from '../time.js';
import type { GeneratorContext } from './context.js';
import { changePct, closeOf, closeTime, isTradingDay, levelAt, previousTradingDay, tickTimes, turnoverAt } from './market-path.js';

/**
 * finance/markets — VN-Index (HOSE) and HNX-Index: a tick every 10 s during trading hours only
 * (09:00–11:30, 13:00–14:45 ICT, Monday–Friday; "instant" periods, provisional), and each trading
 * day's close at 15:00 ("day" period, final). The snapshot holds today's ticks and the closes of the
 * last 45 calendar days; outside trading hours nothing moves and the latest close stands.
 */
export function marketFigures(seed: number, t: number, day: number): Record<string, number> {
  const previous = previousTradingDay(day);
  const vn = levelAt(seed, 'vnindex', t);
  const hnx = levelAt(seed, 'hnxindex', t);
  return {
    'vnindex.close': vn,
    'vnindex.change': changePct(vn, closeOf(seed, 'vnindex', previous)),
    'hnxindex.close': hnx,
    'hnxindex.change': changePct(hnx, closeOf(seed, 'hnxindex', previous)),
    'hose.value': turnoverAt(seed, 'hose', t),
    'hnx.value': turnoverAt(seed, 'hnx', t),
  };
}

export function createMarkets({ seed, spec }: GeneratorContext): ChannelModel {
  const ticks = (day: number) => {
    const builder = new SlotBuilder(spec);
    for (const t of tickTimes(day)) {
      const stamp = instantStamp(t);
      for (const [metric, value] of Object.entries(marketFigures(seed, t, day))) builder.observe({ at: t }, stamp, metric, GEO_NATIONAL.code, value);
    }
    return builder.done();
  };
  const closes = (day: number) => {
    const builder = new SlotBuilder(spec);
    if (isTradingDay(day)) {
      const stamp = dayStamp(day);
      for (const [metric, value] of Object.entries(marketFigures(seed, closeTime(day), day))) builder.observe({ at: closeTime(day) + 15 * MINUTE, status: 'final' }, stamp, metric, GEO_NATIONAL.code, value);
    }
    return builder.done();
  };
  return new ChannelModel(spec, [dailySchedule({ lagSlots: 0, windowSlots: 0, build: ticks }), dailySchedule({ lagSlots: 0, windowSlots: 45, build: closes })], 64);
}
