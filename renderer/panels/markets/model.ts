import { isTrading, sessionAt, tradingDayOpen, type Exchange, type SessionState } from '../../../src/domain/markets/session.js';
import type { HeldObservation } from '../../../src/protocol/wall/index.js';
import type { ChannelData } from '../../state/wall/feed-data.js';
import { entriesOf, seriesOf } from '../series-lookup.js';

export type IndexName = 'vnindex' | 'hnxindex';
const EXCHANGE: Record<IndexName, Exchange> = { vnindex: 'hose', hnxindex: 'hnx' };
const MINUTE = 60_000;
const BAR_MS = 15 * MINUTE;

export interface MarketView {
  index: IndexName;
  /** The latest level: a tick while trading, the close after. */
  last: HeldObservation | null;
  /** The previous trading day's close, which the change is measured against. */
  previousClose: HeldObservation | null;
  change: number | null;
  changePct: number | null;
  /** The session now; 'no-trade' when the clock says trading but no tick of today has come (an exchange holiday). */
  session: SessionState | 'no-trade';
  /** The shown trading day's levels by minute [ms, level], the last tick of each minute. */
  intraday: [number, number][];
  /** Its turnover by quarter hour [bar start ms, VND bn traded in it]. */
  turnoverBars: [number, number][];
  /** The day's turnover so far (VND bn). */
  turnover: HeldObservation | null;
  /** The trading day shown (its 09:00, ms). */
  dayOpen: number | null;
}

/** The shown day's figures of one instant series by minute: the last of each minute. */
function byMinute(entries: readonly HeldObservation[], from: number, to: number): [number, number][] {
  const minutes = new Map<number, number>();
  for (const entry of entries) {
    const at = Date.parse(entry.period.start);
    if (at < from || at >= to) continue;
    minutes.set(Math.floor(at / MINUTE) * MINUTE, entry.value);
  }
  return [...minutes].sort((a, b) => a[0] - b[0]);
}

/**
 * What a market panel shows at `now` from the finance/markets channel: the index's latest level and its
 * change against the previous close, the session by the exchange's hours, the intraday line of the last
 * trading day held (today's while or after it trades, Friday's at the weekend) and its turnover bars.
 */
export function marketView(data: ChannelData | null, index: IndexName, now: number): MarketView {
  const exchange = EXCHANGE[index];
  const clock = sessionAt(exchange, now);
  const series = seriesOf(data, `${index}.close`, 'VN');
  const last = series?.latest ?? null;
  const empty: MarketView = { index, last: null, previousClose: null, change: null, changePct: null, session: clock, intraday: [], turnoverBars: [], turnover: null, dayOpen: null };
  if (!series || !last) return empty;
  const previousClose = series.previous;
  const change = previousClose ? last.value - previousClose.value : null;
  const changePct = previousClose && previousClose.value !== 0 ? ((last.value - previousClose.value) / previousClose.value) * 100 : null;
  const lastAt = Date.parse(last.period.start);
  const dayOpen = tradingDayOpen(last.period.frequency === 'day' ? Date.parse(`${last.period.start}T12:00:00+07:00`) : lastAt);
  const dayEnd = dayOpen + 8 * 60 * MINUTE;
  const intraday = byMinute(series.entries.filter((entry) => entry.period.frequency === 'instant'), dayOpen, dayEnd);
  const turnoverTicks = entriesOf(data, `${exchange}.value`, 'VN', 'instant');
  const turnover = turnoverTicks.at(-1) ?? entriesOf(data, `${exchange}.value`, 'VN').at(-1) ?? null;
  const turnoverBars: [number, number][] = [];
  let before = 0;
  for (const [at, cumulative] of byMinute(turnoverTicks, dayOpen, dayEnd)) {
    const bar = Math.floor(at / BAR_MS) * BAR_MS;
    const last = turnoverBars.at(-1);
    if (last && last[0] === bar) last[1] += cumulative - before;
    else turnoverBars.push([bar, cumulative - before]);
    before = cumulative;
  }
  const tradedToday = now >= tradingDayOpen(now) && dayOpen === tradingDayOpen(now);
  const session = isTrading(clock) && !tradedToday && now - tradingDayOpen(now) > 15 * MINUTE ? 'no-trade' : clock;
  return { index, last, previousClose, change, changePct, session, intraday, turnoverBars, turnover, dayOpen };
}
