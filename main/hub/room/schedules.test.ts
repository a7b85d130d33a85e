import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../../src/protocol/control/plans.js';
import { createLogger } from '../../log.js';
import { ManualHubClock } from '../../testing/manual-clock.js';
import { RoomStore } from './room-store.js';
import { localTime, Scheduler, winner } from './schedules.js';

const ZONE = 'Asia/Ho_Chi_Minh';
/** Monday 30 November 2026 at hh:mm in Hà Nội. */
const monday = (hhmm: string) => Date.parse(`2026-11-30T${hhmm}:00+07:00`);
const schedule = (id: string, from: string, extra: Partial<Schedule> = {}): Schedule => ({ id, name: id, target: { kind: 'room' }, action: { kind: 'layout', layoutId: id }, days: [1, 2, 3, 4, 5], from, priority: 0, enabled: true, ...extra });

describe('which schedule governs a target', () => {
  it('reads weekday and time in the room’s time zone', () => {
    expect(localTime(Date.parse('2026-11-29T17:30:00Z'), ZONE)).toEqual({ weekday: 1, time: '00:30' }); // Sunday UTC, Monday in Hà Nội
  });

  it('is the open window that began most recently; on the same start, the higher priority', () => {
    const all = [schedule('day-board', '07:00', { until: '18:00' }), schedule('briefing', '07:30', { until: '08:30' }), schedule('urgent', '07:30', { until: '08:00', priority: 5 })];
    const at = (hhmm: string) => winner(all, { kind: 'room' }, localTime(monday(hhmm), ZONE))?.id ?? null;
    expect(at('06:59')).toBeNull();
    expect(at('07:10')).toBe('day-board');
    expect(at('07:45')).toBe('urgent');
    expect(at('08:10')).toBe('briefing');
    expect(at('09:00')).toBe('day-board');
    expect(at('18:00')).toBeNull();
    expect(winner(all, { kind: 'room' }, localTime(Date.parse('2026-12-05T09:00:00+07:00'), ZONE))).toBeNull(); // Saturday
    expect(winner([schedule('off', '07:00', { enabled: false })], { kind: 'room' }, localTime(monday('09:00'), ZONE))).toBeNull();
  });
});

describe('the scheduler', () => {
  function run(schedules: Schedule[], start: string) {
    const store = new RoomStore(new Database(':memory:'));
    for (const s of schedules) store.savePlan('schedule', s);
    const clock = new ManualHubClock(monday(start));
    const applied: string[] = [];
    const scheduler = new Scheduler(store, clock, ZONE, (s) => applied.push(`${new Date(clock.now()).toISOString().slice(11, 16)} ${s.id}`), createLogger({ console: false }));
    scheduler.start();
    return { store, clock, applied, scheduler };
  }

  it('applies a schedule when its window begins, the earlier one again when a later one ends, and nothing in between', () => {
    const { clock, applied } = run([schedule('day-board', '07:00', { until: '18:00' }), schedule('briefing', '07:30', { until: '08:30' })], '06:58');
    clock.advance(3 * 3_600_000);
    // UTC times: 07:00 Hà Nội is 00:00Z.
    expect(applied).toEqual(['00:00 day-board', '00:30 briefing', '01:30 day-board']);
  });

  it('applies after a restart what it missed while the hub was down, and only that', () => {
    const first = run([schedule('briefing', '07:30', { until: '08:30' })], '07:00');
    first.clock.advance(40 * 60_000);
    expect(first.applied).toEqual(['00:30 briefing']);
    first.scheduler.stop();
    // Back up at 07:50 with the same store: the briefing was already applied, so nothing repeats.
    const again = new Scheduler(first.store, new ManualHubClock(monday('07:50')), ZONE, (s) => first.applied.push(`again ${s.id}`), createLogger({ console: false }));
    again.start();
    expect(first.applied).toEqual(['00:30 briefing']);
    // Down across a window's start: applied when it comes back.
    const missed = run([schedule('evening', '17:00')], '16:00');
    missed.scheduler.stop();
    const back = new Scheduler(missed.store, new ManualHubClock(monday('17:20')), ZONE, (s) => missed.applied.push(`back ${s.id}`), createLogger({ console: false }));
    back.start();
    expect(missed.applied).toEqual(['back evening']);
  });
});
