import type { HubClock } from '../hub/room/clock.js';

/** A hub clock that moves only when a test says: `advance(ms)` fires every timer due, in order. */
export class ManualHubClock implements HubClock {
  private timers: { at: number; callback: () => void; id: number }[] = [];
  private nextId = 1;

  constructor(private current: number) {}

  now(): number {
    return this.current;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.push({ at: this.current + Math.max(0, ms), callback, id });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((timer) => timer.id !== handle);
  }

  advance(ms: number): void {
    const end = this.current + ms;
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.current = Math.max(this.current, due.at);
      due.callback();
    }
    this.current = end;
  }

  /** Timers waiting. */
  get pending(): number {
    return this.timers.length;
  }
}
