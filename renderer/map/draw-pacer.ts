const FRAME_MS = 1000 / 60;

/**
 * Spaces a map's data-driven redraws so that drawing takes at most `share` of the page's time. A PC that
 * draws the map slowly (software WebGL at 4K: most of a second a frame) would otherwise redraw on every
 * batch and starve the page: the clock, the other panels and a switch's off-screen render lose their
 * frames. With a GPU a draw costs about one frame and the pacer never holds one back.
 */
export class DrawPacer {
  private lastStart = Number.NEGATIVE_INFINITY;
  private costMs = 0;
  private measuring = false;

  constructor(private readonly share = 0.5) {}

  /** How long to wait from `now` before the next draw; 0: draw now. */
  delay(now: number): number {
    return Math.max(0, this.lastStart + this.costMs / this.share - now);
  }

  started(now: number): void {
    this.lastStart = now;
    this.measuring = true;
  }

  /** The first frame after the draw began at `now`: what it took beyond one frame is its cost. */
  presented(now: number): void {
    if (!this.measuring) return;
    this.measuring = false;
    const cost = Math.max(0, now - this.lastStart - FRAME_MS);
    this.costMs = this.costMs === 0 ? cost : 0.7 * this.costMs + 0.3 * cost;
  }

  get drawCostMs(): number {
    return this.costMs;
  }
}
