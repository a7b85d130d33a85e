import { describe, expect, it } from 'vitest';
import { isTrading, sessionAt, tradingDayOpen } from './session.js';

const at = (text: string) => Date.parse(`${text}+07:00`);

describe('market sessions', () => {
  it('follows HOSE through a trading day: ATO, continuous, lunch, continuous, ATC, closed', () => {
    const states = ['08:59', '09:00', '09:14', '09:15', '11:29', '11:30', '12:59', '13:00', '14:29', '14:30', '14:44', '14:45', '23:59'].map((time) => sessionAt('hose', at(`2026-11-30T${time}:00`)));
    expect(states).toEqual(['pre-open', 'opening-auction', 'opening-auction', 'continuous', 'continuous', 'lunch', 'lunch', 'continuous', 'continuous', 'closing-auction', 'closing-auction', 'closed', 'closed']);
  });

  it('has no opening auction on HNX', () => {
    expect(sessionAt('hnx', at('2026-11-30T09:05:00'))).toBe('continuous');
  });

  it('is closed at the weekend (Saturday 28 and Sunday 29 November 2026), in Viet Nam time', () => {
    expect(sessionAt('hose', at('2026-11-28T10:00:00'))).toBe('weekend');
    expect(sessionAt('hose', at('2026-11-29T10:00:00'))).toBe('weekend');
    // 02:00 UTC on Monday is 09:00 in Viet Nam.
    expect(sessionAt('hose', Date.parse('2026-11-30T02:00:00Z'))).toBe('opening-auction');
  });

  it('says when orders are matched, and when the trading day opens', () => {
    expect(isTrading('lunch')).toBe(false);
    expect(isTrading('closing-auction')).toBe(true);
    expect(new Date(tradingDayOpen(at('2026-11-30T14:00:00'))).toISOString()).toBe('2026-11-30T02:00:00.000Z');
  });
});
