/** Counts failures per key and locks the key out for a while after too many within a window. */
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

  // Keeps memory bounded however many keys try.
  private prune(now: number): void {
    if (this.failures.size < 10_000) return;
    for (const [key, times] of this.failures) if (times.every((t) => now - t >= this.windowMs)) this.failures.delete(key);
    for (const [key, until] of this.lockedUntil) if (until <= now) this.lockedUntil.delete(key);
  }
}

export type ThrottleScope = 'credential-from-address' | 'credential' | 'address';

export interface ThrottleLimits {
  /** Failures of one credential id from one address, per minute. */
  perCredentialFromAddress: number;
  /** Failures of one credential id from anywhere, per minute (guessing one id from many addresses). */
  perCredential: number;
  /** Failures from one address whatever the id, per minute (trying many ids from one address). */
  perAddress: number;
}

export const DEFAULT_THROTTLE: ThrottleLimits = { perCredentialFromAddress: 10, perCredential: 30, perAddress: 60 };

/**
 * Failed sign-ins (DESIGN §4), counted per (address, credential id), per credential id and per address,
 * each locked out for a minute when over its limit. A success resets nothing, so a guesser who also
 * holds one valid key gains no tries by using it; and a page that fails with one id (a display opened
 * without its key) does not lock out the other credentials of the same PC, whose limit is per id.
 */
export class SignInThrottle {
  private readonly pair: FailureRateLimiter;
  private readonly credential: FailureRateLimiter;
  private readonly address: FailureRateLimiter;

  constructor(limits: ThrottleLimits = DEFAULT_THROTTLE, now: () => number = Date.now) {
    this.pair = new FailureRateLimiter(limits.perCredentialFromAddress, 60_000, 60_000, now);
    this.credential = new FailureRateLimiter(limits.perCredential, 60_000, 60_000, now);
    this.address = new FailureRateLimiter(limits.perAddress, 60_000, 60_000, now);
  }

  /** Which limit holds this attempt back, or null when it may be tried. `credentialId` '' = none given. */
  lockedBy(address: string, credentialId: string): ThrottleScope | null {
    if (this.pair.isLocked(pairKey(address, credentialId))) return 'credential-from-address';
    if (credentialId !== '' && this.credential.isLocked(credentialId)) return 'credential';
    if (this.address.isLocked(address)) return 'address';
    return null;
  }

  failed(address: string, credentialId: string): void {
    this.pair.recordFailure(pairKey(address, credentialId));
    if (credentialId !== '') this.credential.recordFailure(credentialId);
    this.address.recordFailure(address);
  }
}

function pairKey(address: string, credentialId: string): string {
  return `${address}\u0000${credentialId}`;
}
