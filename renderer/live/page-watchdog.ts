/** Heap past which a display reloads itself (MB): a leak left alone ends in a crashed kiosk. */
export const HEAP_LIMIT_MB = 1_536;
/** Frames per second under which, for FPS_SAMPLES health samples in a row, a visible display reloads itself. */
export const FPS_FLOOR = 3;
export const FPS_SAMPLES = 4;
/**
 * After a reload for the frame rate, no other for this long: a page that is slow because its PC draws
 * with the CPU (no GPU, a 4K map) stays slow after a reload, and reloading it again and again would blank
 * the wall every few seconds. The low frame rate still reaches the console in every health report.
 */
export const FPS_RELOAD_COOLDOWN_MS = 30 * 60_000;

/** Where the page remembers its last reload for the frame rate, across the reload (sessionStorage). */
export interface WatchdogMemory {
  lastFpsReload(): number | null;
  fpsReloaded(at: number): void;
}

const FPS_RELOAD_KEY = 'opswall.wall.fpsReloadAt';

export function sessionMemory(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined): WatchdogMemory {
  return {
    lastFpsReload: () => {
      const value = Number(storage?.getItem(FPS_RELOAD_KEY));
      return Number.isFinite(value) && value > 0 ? value : null;
    },
    fpsReloaded: (at) => storage?.setItem(FPS_RELOAD_KEY, String(at)),
  };
}

export type WatchdogVerdict = { reason: 'heap' | 'fps'; detail: string } | null;

/**
 * The display page's own watchdog (DESIGN §10: browser memory growing until the kiosk crashes after
 * hours): fed each health sample, it says when the page should reload itself — heap past the limit, or
 * the frame rate collapsed while the page is visible (at most once in FPS_RELOAD_COOLDOWN_MS). The page
 * tells the hub why (audited) first.
 */
export class PageWatchdog {
  private slow = 0;

  constructor(
    private readonly memory: WatchdogMemory = sessionMemory(undefined),
    private readonly heapLimitMB = HEAP_LIMIT_MB,
    private readonly fpsFloor = FPS_FLOOR,
    private readonly fpsSamples = FPS_SAMPLES,
  ) {}

  observe(sample: { fps: number; heapMB: number | null; visible: boolean; now: number }): WatchdogVerdict {
    if (sample.heapMB !== null && sample.heapMB > this.heapLimitMB) return { reason: 'heap', detail: `JS heap ${Math.round(sample.heapMB)} MB > ${this.heapLimitMB} MB` };
    this.slow = sample.visible && sample.fps < this.fpsFloor ? this.slow + 1 : 0;
    if (this.slow < this.fpsSamples) return null;
    const last = this.memory.lastFpsReload();
    if (last !== null && sample.now - last < FPS_RELOAD_COOLDOWN_MS) return null;
    this.memory.fpsReloaded(sample.now);
    return { reason: 'fps', detail: `${sample.fps} frames/s for ${this.slow} samples in a row (floor ${this.fpsFloor})` };
  }
}
