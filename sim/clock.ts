/**
 * The simulator's only source of time. The real clock by default; tests inject a ManualClock and
 * advance it, which fires every timer due on the way in time order, each seeing its own due time.
 */
export interface Clock {
  now(): number;
  setTimer(delayMs: number, fn: () => void): number;
  clearTimer(id: number): void;
}

export function realClock(): Clock {
  const timers = new Map<number, NodeJS.Timeout>();
  let next = 1;
  return {
    now: () => Date.now(),
    setTimer(delayMs, fn) {
      const id = next++;
      const handle = setTimeout(() => {
        timers.delete(id);
        fn();
      }, Math.max(0, delayMs));
      handle.unref?.();
      timers.set(id, handle);
      return id;
    },
    clearTimer(id) {
      const handle = timers.get(id);
      if (handle) clearTimeout(handle);
      timers.delete(id);
    },
  };
}

interface Pending {
  id: number;
  due: number;
  fn: () => void;
}

export class ManualClock implements Clock {
  private current: number;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(start: number | string | Date) {
    this.current = typeof start === 'number' ? start : new Date(start).getTime();
    if (!Number.isFinite(this.current)) throw new Error(`ManualClock: bad start time ${String(start)}`);
  }

  now(): number {
    return this.current;
  }

  setTimer(delayMs: number, fn: () => void): number {
    const id = this.nextId++;
    this.pending.set(id, { id, due: this.current + Math.max(0, delayMs), fn });
    return id;
  }

  clearTimer(id: number): void {
    this.pending.delete(id);
  }

  /** Moves time forward by `ms`, firing every timer that falls due, in order of due time then creation. */
  advance(ms: number): void {
    const target = this.current + Math.max(0, ms);
    for (;;) {
      let first: Pending | undefined;
      for (const timer of this.pending.values()) {
        if (timer.due <= target && (!first || timer.due < first.due || (timer.due === first.due && timer.id < first.id))) first = timer;
      }
      if (!first) break;
      this.pending.delete(first.id);
      this.current = Math.max(this.current, first.due);
      first.fn();
    }
    this.current = target;
  }
}

/** Calls `fn` every `ms` on `clock` until the returned function is called. */
export function every(clock: Clock, ms: number, fn: () => void): () => void {
  let id = 0;
  let stopped = false;
  const arm = () => {
    id = clock.setTimer(ms, () => {
      if (stopped) return;
      arm();
      fn();
    });
  };
  arm();
  return () => {
    stopped = true;
    clock.clearTimer(id);
  };
}
