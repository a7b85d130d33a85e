import type { Schedule, SwitchTarget } from '../../../src/protocol/control/plans.js';
import type { Logger } from '../../log.js';
import type { HubClock } from './clock.js';
import type { RoomStore } from './room-store.js';

/** What a schedule does when it takes over its target. */
export type ApplySchedule = (schedule: Schedule) => void;

interface LocalTime {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** "HH:MM". */
  time: string;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The weekday and HH:MM of an instant in a time zone. */
export function localTime(at: number, timeZone: string): LocalTime {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(at));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: WEEKDAYS[part('weekday')] ?? 1, time: `${part('hour')}:${part('minute')}` };
}

/** Whether a schedule's window is open at this local time, and when (HH:MM) it opened. */
function openSince(schedule: Schedule, local: LocalTime): string | null {
  if (!schedule.enabled || !schedule.days.includes(local.weekday)) return null;
  if (local.time < schedule.from) return null;
  if (schedule.until !== undefined && local.time >= schedule.until) return null;
  return schedule.from;
}

/**
 * The schedule that governs a target now: of the windows open on it, the one that began most recently;
 * on the same start, the higher priority, then the id. Null when none is open.
 */
export function winner(schedules: readonly Schedule[], target: SwitchTarget, local: LocalTime): Schedule | null {
  const key = targetKey(target);
  let best: { schedule: Schedule; since: string } | null = null;
  for (const schedule of schedules) {
    if (targetKey(schedule.target) !== key) continue;
    const since = openSince(schedule, local);
    if (since === null) continue;
    if (!best || since > best.since || (since === best.since && (schedule.priority > best.schedule.priority || (schedule.priority === best.schedule.priority && schedule.id < best.schedule.id)))) best = { schedule, since };
  }
  return best?.schedule ?? null;
}

export function targetKey(target: SwitchTarget): string {
  return target.kind === 'room' ? 'room' : target.kind === 'wall' ? `wall:${target.wallId}` : `display:${target.displayId}`;
}

const APPLIED_KEY = 'schedules.applied';

/**
 * Runs the schedules in the room's time zone, checking at every minute: when the schedule that governs a
 * target changes (a window begins, or the latest one ends and an earlier one still runs), it is applied.
 * Between those moments an operator's own switch holds. What each target last followed is kept in
 * room.sqlite, so a hub that was down when a window began applies it when it comes back.
 */
export class Scheduler {
  private timer: unknown = null;
  private applied: Record<string, string | null>;

  constructor(
    private readonly store: RoomStore,
    private readonly clock: HubClock,
    private readonly timeZone: string,
    private readonly apply: ApplySchedule,
    private readonly logger: Logger,
  ) {
    const saved = store.value(APPLIED_KEY);
    this.applied = typeof saved === 'object' && saved !== null ? (saved as Record<string, string | null>) : {};
  }

  start(): void {
    this.check();
  }

  stop(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  /** Looks at every target now (also after schedules were edited). */
  check(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    const now = this.clock.now();
    const local = localTime(now, this.timeZone);
    const schedules = this.store.schedules();
    const targets = new Map<string, SwitchTarget>();
    for (const schedule of schedules) targets.set(targetKey(schedule.target), schedule.target);
    let changed = false;
    for (const [key, target] of targets) {
      const governing = winner(schedules, target, local);
      const id = governing?.id ?? null;
      if ((this.applied[key] ?? null) === id) continue;
      this.applied[key] = id;
      changed = true;
      if (governing) {
        this.logger.info('schedule.applied', { schedule: governing.id, target: key, at: local.time });
        try {
          this.apply(governing);
        } catch (error) {
          this.logger.error('schedule.apply-failed', { schedule: governing.id, error });
        }
      }
    }
    if (changed) this.store.setValue(APPLIED_KEY, this.applied);
    // Next check at the next minute boundary of the hub's clock.
    this.timer = this.clock.setTimeout(() => this.check(), 60_000 - (now % 60_000) + 5);
  }
}
