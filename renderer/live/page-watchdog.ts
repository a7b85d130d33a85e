/** Heap past which a display reloads itself (MB): a leak left alone ends in a crashed kiosk. */
export const HEAP_LIMIT_MB = 1_536;
/** Frames per second under which, for FPS_SAMPLES health samples in a row, a visible display reloads itself. */
export const FPS_FLOOR = 3;
export const FPS_SAMPLES = 4;

export type WatchdogVerdict = { reason: 'heap' | 'fps'; detail: string } | null;

/**
 * The display page's own watchdog (DESIGN §10: browser memory growing until the kiosk crashes after
 * hours): fed each health sample, it says when the page should reload itself — heap past the limit, or
 * the frame rate collapsed while the page is visible. The page tells the hub why (audited) first.
 */
export class PageWatchdog {
  private slow = 0;

  constructor(
    private readonly heapLimitMB = HEAP_LIMIT_MB,
    private readonly fpsFloor = FPS_FLOOR,
    private readonly fpsSamples = FPS_SAMPLES,
  ) {}

  observe(sample: { fps: number; heapMB: number | null; visible: boolean }): WatchdogVerdict {
    if (sample.heapMB !== null && sample.heapMB > this.heapLimitMB) return { reason: 'heap', detail: `JS heap ${Math.round(sample.heapMB)} MB > ${this.heapLimitMB} MB` };
    this.slow = sample.visible && sample.fps < this.fpsFloor ? this.slow + 1 : 0;
    if (this.slow >= this.fpsSamples) return { reason: 'fps', detail: `${sample.fps} frames/s for ${this.slow} samples in a row (floor ${this.fpsFloor})` };
    return null;
  }
}
