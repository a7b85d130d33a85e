/** Counts failures per key (a remote address) and locks the key out for a while after too many. */
export class FailureRateLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly lockedUntil = new Map<string, number>();

  constructor(
    private readonly maxFailures = 10,
    private readonly windowMs = 60_000,
    private readonly lockoutMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  isLocked(key: string): boolean {
    const until = this.lockedUntil.get(key);
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.lockedUntil.delete(key);
    return false;
  }

  recordFailure(key: string): void {
    const now = this.now();
    const recent = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    recent.push(now);
    if (recent.length >= this.maxFailures) {
      this.lockedUntil.set(key, now + this.lockoutMs);
      this.failures.delete(key);
    } else this.failures.set(key, recent);
    this.prune(now);
  }

  recordSuccess(key: string): void {
    this.failures.delete(key);
  }

  // Keeps memory bounded however many addresses try.
  private prune(now: number): void {
    if (this.failures.size < 10_000) return;
    for (const [key, times] of this.failures) if (times.every((t) => now - t >= this.windowMs)) this.failures.delete(key);
  }
}
