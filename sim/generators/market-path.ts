import { gaussian, rng, uniform } from '../prng.js';
import { dayIndex, dayStart, HOUR, MINUTE, weekday } from '../time.js';

/**
 * HOSE / HNX trading rhythm and index paths. Sessions (ICT, Monday–Friday): 09:00–11:30 and
 * 13:00–14:45 (the afternoon ends with the 14:30–14:45 closing auction). Exchange holidays are not
 * modelled. A day's close is a smooth random function of the day; the intraday path runs from the
 * previous close to today's close as a random bridge, so ticks and closes always agree.
 */
export const SESSIONS: readonly (readonly [number, number])[] = [
  [9 * 60, 11 * 60 + 30],
  [13 * 60, 14 * 60 + 45],
];
const TRADING_MINUTES = SESSIONS.reduce((sum, [open, close]) => sum + close - open, 0);
export const TICK_MS = 10_000;

export const isTradingDay = (day: number): boolean => weekday(day) < 5;

/** Whether instant t lies in a trading session (inclusive of the closing instant). */
export function isTradingTime(t: number): boolean {
  const day = dayIndex(t);
  if (!isTradingDay(day)) return false;
  const minute = (t - dayStart(day)) / MINUTE;
  return SESSIONS.some(([open, close]) => minute >= open && minute <= close);
}

/** The tick instants of a day (every 10 s within the sessions). */
export function tickTimes(day: number): number[] {
  if (!isTradingDay(day)) return [];
  const times: number[] = [];
  for (const [open, close] of SESSIONS) {
    for (let t = dayStart(day) + open * MINUTE; t <= dayStart(day) + close * MINUTE; t += TICK_MS) times.push(t);
  }
  return times;
}

export const closeTime = (day: number): number => dayStart(day) + 14 * HOUR + 45 * MINUTE;

export function previousTradingDay(day: number): number {
  let d = day - 1;
  while (!isTradingDay(d)) d--;
  return d;
}

/** Fraction of the trading day elapsed at t (0 at the open, 1 at the close). */
function tradingFraction(t: number): number {
  const minute = (t - dayStart(dayIndex(t))) / MINUTE;
  let elapsed = 0;
  for (const [open, close] of SESSIONS) elapsed += Math.min(Math.max(minute - open, 0), close - open);
  return elapsed / TRADING_MINUTES;
}

export type IndexName = 'vnindex' | 'hnxindex';
const BASE: Record<IndexName, number> = { vnindex: 1250, hnxindex: 225 };
const DAY0 = 20089; // 2025-01-01

function logLevel(seed: number, index: IndexName, day: number): number {
  const years = (day - DAY0) / 365.25;
  let level = (index === 'vnindex' ? 0.08 : 0.05) * years;
  [45, 120, 300].forEach((period, k) => {
    const phase = uniform(seed, 'mkt|phase', k) * 2 * Math.PI;
    level += [0.03, 0.06, 0.08][k]! * Math.sin((2 * Math.PI * day) / period + phase);
  });
  const common = gaussian(rng(seed, 'mkt|day', day));
  const own = gaussian(rng(seed, 'mkt|own', index, day));
  return level + 0.009 * (index === 'vnindex' ? common : 0.8 * common + 0.6 * own);
}

export function closeOf(seed: number, index: IndexName, day: number): number {
  return Math.round(BASE[index] * Math.exp(logLevel(seed, index, day)) * 100) / 100;
}

/** The index level at instant t of a trading day. */
export function levelAt(seed: number, index: IndexName, t: number): number {
  const day = dayIndex(t);
  const previous = closeOf(seed, index, previousTradingDay(day));
  const close = closeOf(seed, index, day);
  const f = tradingFraction(t);
  const next = rng(seed, 'mkt|bridge', index, day);
  let bridge = 0;
  for (let k = 1; k <= 4; k++) bridge += ((0.004 * gaussian(next)) / k) * Math.sin(Math.PI * k * f);
  const micro = 0.0004 * Math.sin(Math.PI * f) * gaussian(rng(seed, 'mkt|tick', index, Math.floor(t / TICK_MS)));
  return Math.round((previous * (1 - f) + close * f + previous * (bridge + micro)) * 100) / 100;
}

/** Turnover so far today (VND bn): busier at the open and at the closing auction. */
export function turnoverAt(seed: number, board: 'hose' | 'hnx', t: number): number {
  const day = dayIndex(t);
  const total = (board === 'hose' ? 21_000 : 1_900) * (0.7 + 0.6 * uniform(seed, 'mkt|value', board, day));
  const f = tradingFraction(t);
  return Math.round(total * (f + (0.08 * Math.sin(2 * Math.PI * f)) / Math.PI) * 10) / 10;
}

export function changePct(level: number, previousClose: number): number {
  return Math.round(((level - previousClose) / previousClose) * 10_000) / 100;
}
