/**
 * The trading sessions of Viet Nam's stock exchanges (ICT, Monday–Friday), by which a market panel says
 * whether the market is trading, at lunch or closed — a closed market's figures are its last, not late.
 * HOSE: opening auction (ATO) 09:00–09:15, continuous matching 09:15–11:30 and 13:00–14:30, closing
 * auction (ATC) 14:30–14:45. HNX: continuous 09:00–11:30 and 13:00–14:30, ATC 14:30–14:45. After
 * 14:45 only put-through deals remain: for the index, the day is closed. Exchange holidays (Tết, 30/4,
 * 1/5, 2/9) are not in this table: on such a day the panel sees no trade and says so.
 */
export type Exchange = 'hose' | 'hnx';
export type SessionState = 'pre-open' | 'opening-auction' | 'continuous' | 'lunch' | 'closing-auction' | 'closed' | 'weekend';

const VN_OFFSET_MS = 7 * 3_600_000;
const MINUTE = 60_000;
const DAY = 86_400_000;

interface Phase {
  from: number;
  state: SessionState;
}

const minute = (hours: number, minutes = 0) => hours * 60 + minutes;

const PHASES: Record<Exchange, readonly Phase[]> = {
  hose: [
    { from: 0, state: 'pre-open' },
    { from: minute(9), state: 'opening-auction' },
    { from: minute(9, 15), state: 'continuous' },
    { from: minute(11, 30), state: 'lunch' },
    { from: minute(13), state: 'continuous' },
    { from: minute(14, 30), state: 'closing-auction' },
    { from: minute(14, 45), state: 'closed' },
  ],
  hnx: [
    { from: 0, state: 'pre-open' },
    { from: minute(9), state: 'continuous' },
    { from: minute(11, 30), state: 'lunch' },
    { from: minute(13), state: 'continuous' },
    { from: minute(14, 30), state: 'closing-auction' },
    { from: minute(14, 45), state: 'closed' },
  ],
};

/** The session of an exchange at an instant (ms). */
export function sessionAt(exchange: Exchange, at: number): SessionState {
  const local = at + VN_OFFSET_MS;
  const weekday = (Math.floor(local / DAY) + 4) % 7; // 1970-01-01 was a Thursday (4); 0 = Sunday
  if (weekday === 0 || weekday === 6) return 'weekend';
  const minuteOfDay = Math.floor((((local % DAY) + DAY) % DAY) / MINUTE);
  let state: SessionState = 'pre-open';
  for (const phase of PHASES[exchange]) if (minuteOfDay >= phase.from) state = phase.state;
  return state;
}

/** Whether orders are being matched (the index moves). */
export function isTrading(state: SessionState): boolean {
  return state === 'opening-auction' || state === 'continuous' || state === 'closing-auction';
}

/** The start of the trading day (09:00 ICT) of the day containing `at`, ms. */
export function tradingDayOpen(at: number): number {
  const local = at + VN_OFFSET_MS;
  return Math.floor(local / DAY) * DAY - VN_OFFSET_MS + minute(9) * MINUTE;
}
