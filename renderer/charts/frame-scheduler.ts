/**
 * Hands a chart the newest option at most once per animation frame: options that arrive faster than the
 * display draws (a 10 Hz series on a 60 Hz page is fine; a burst of 50 in one frame is not) are
 * coalesced, and only the last one is applied. `requestFrame` is injectable for tests.
 */
export class LatestPerFrame<T> {
  private pending: { value: T } | null = null;
  private frame: number | null = null;

  constructor(
    private readonly apply: (value: T) => void,
    private readonly requestFrame: (callback: () => void) => number = (callback) => requestAnimationFrame(callback),
    private readonly cancelFrame: (handle: number) => void = (handle) => cancelAnimationFrame(handle),
  ) {}

  push(value: T): void {
    this.pending = { value };
    if (this.frame !== null) return;
    this.frame = this.requestFrame(() => {
      this.frame = null;
      const next = this.pending;
      this.pending = null;
      if (next) this.apply(next.value);
    });
  }

  dispose(): void {
    if (this.frame !== null) this.cancelFrame(this.frame);
    this.frame = null;
    this.pending = null;
  }
}
