import { displayChannels } from '../../src/layout/channels.js';
import type { DisplayHealth } from '../../src/protocol/wall/index.js';
import type { LinkState } from '../state/wall/feed-slice.js';
import type { WallState } from '../state/wall/wall-store.js';

/**
 * Counts animation frames; `sample()` gives the frames per second since the previous sample.
 * One counter and one timestamp: nothing grows however long it runs.
 */
export class FpsMeter {
  private frames = 0;
  private since: number;
  private handle: number | null = null;

  constructor(
    private readonly raf: (callback: FrameRequestCallback) => number = (callback) => requestAnimationFrame(callback),
    private readonly caf: (handle: number) => void = (handle) => cancelAnimationFrame(handle),
    private readonly now: () => number = () => performance.now(),
  ) {
    this.since = now();
  }

  start(): void {
    if (this.handle !== null) return;
    const tick = () => {
      this.frames++;
      this.handle = this.raf(tick);
    };
    this.since = this.now();
    this.frames = 0;
    this.handle = this.raf(tick);
  }

  stop(): void {
    if (this.handle !== null) this.caf(this.handle);
    this.handle = null;
  }

  sample(): number {
    const at = this.now();
    const seconds = (at - this.since) / 1000;
    const fps = seconds > 0 ? this.frames / seconds : 0;
    this.frames = 0;
    this.since = at;
    return Math.min(1000, Math.round(fps * 10) / 10);
  }
}

interface PerformanceWithMemory {
  memory?: { usedJSHeapSize: number };
}

/** Used JS heap in MB where the browser says (Chromium), else null. */
export function jsHeapMB(perf: unknown = globalThis.performance): number | null {
  const used = (perf as PerformanceWithMemory | undefined)?.memory?.usedJSHeapSize;
  return typeof used === 'number' ? Math.round((used / 1_048_576) * 10) / 10 : null;
}

export interface Viewport {
  width: number;
  height: number;
  devicePixelRatio: number;
}

export function buildHealth(state: Pick<WallState, 'assignment' | 'health' | 'link'>, fps: number, heapMB: number | null, viewport: Viewport, now: number = Date.now()): DisplayHealth {
  const report: DisplayHealth = {
    layoutVersion: state.assignment?.layout.version ?? null,
    fps,
    jsHeapMB: heapMB,
    errors: state.health.errors,
    oldestDataAgeS: state.assignment ? oldestDataAgeS(displayChannels(state.assignment.display), state.link, now) : null,
    viewport,
  };
  if (state.health.lastError !== null) report.lastError = state.health.lastError;
  return report;
}

/**
 * Age in seconds of the oldest confirmation among `channels` (what the hub's backend last vouched for),
 * so the console can show "oldest data" per display. Null when none of them has ever been confirmed
 * (or the display reads no channel). Rounded to 0.1 s; never negative (clock skew).
 */
export function oldestDataAgeS(channels: readonly string[], link: LinkState | null, now: number): number | null {
  let oldest: number | null = null;
  for (const channel of channels) {
    const confirmedAt = link?.channels[channel]?.confirmedAt ?? null;
    if (confirmedAt !== null && (oldest === null || confirmedAt < oldest)) oldest = confirmedAt;
  }
  return oldest === null ? null : Math.round(Math.max(0, now - oldest) / 100) / 10;
}

/** Reports uncaught errors and unhandled promise rejections of the page. Returns a function that stops. */
export function collectPageErrors(target: Pick<Window, 'addEventListener' | 'removeEventListener'>, report: (source: string, error: unknown) => void): () => void {
  const onError = (event: ErrorEvent) => report('window', event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => report('unhandledrejection', event.reason);
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
