/** Events per second over a sliding window of one-second buckets. */
export class RateMeter {
  private readonly buckets: number[];
  private current = 0;
  private currentSecond = 0;

  constructor(
    private readonly windowS = 10,
    private readonly now: () => number = Date.now,
  ) {
    this.buckets = new Array<number>(windowS).fill(0);
  }

  add(count = 1): void {
    this.roll();
    this.buckets[this.current] = (this.buckets[this.current] ?? 0) + count;
  }

  perSecond(): number {
    this.roll();
    const total = this.buckets.reduce((sum, n) => sum + n, 0);
    return Math.round((total / this.windowS) * 10) / 10;
  }

  private roll(): void {
    const second = Math.floor(this.now() / 1000);
    const elapsed = Math.min(second - this.currentSecond, this.windowS);
    for (let i = 0; i < elapsed; i++) {
      this.current = (this.current + 1) % this.windowS;
      this.buckets[this.current] = 0;
    }
    this.currentSecond = second;
  }
}
