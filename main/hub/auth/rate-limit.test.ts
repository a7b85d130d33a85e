import { describe, expect, it } from 'vitest';
import { FailureRateLimiter, SignInThrottle } from './rate-limit.js';

describe('FailureRateLimiter', () => {
  it('locks a key out after too many failures in the window, then lets it back', () => {
    let now = 0;
    const limiter = new FailureRateLimiter(3, 60_000, 30_000, () => now);
    limiter.recordFailure('10.0.0.9');
    limiter.recordFailure('10.0.0.9');
    expect(limiter.isLocked('10.0.0.9')).toBe(false);
    limiter.recordFailure('10.0.0.9');
    expect(limiter.isLocked('10.0.0.9')).toBe(true);
    expect(limiter.isLocked('10.0.0.10')).toBe(false);
    now = 30_001;
    expect(limiter.isLocked('10.0.0.9')).toBe(false);
  });

  it('forgets failures outside the window', () => {
    let now = 0;
    const limiter = new FailureRateLimiter(2, 1_000, 5_000, () => now);
    limiter.recordFailure('a');
    now = 1_500;
    limiter.recordFailure('a');
    expect(limiter.isLocked('a')).toBe(false);
  });
});

describe('SignInThrottle', () => {
  it('locks out a wrong-key guesser who also holds one valid key (a success resets nothing)', () => {
    let now = 0;
    const throttle = new SignInThrottle(undefined, () => now);
    // 27 wrong guesses at "ops-lead" in a minute, each followed by a good sign-in with the guesser's own key.
    let lockedAfter = -1;
    for (let i = 1; i <= 27 && lockedAfter < 0; i++) {
      now += 2_000;
      throttle.failed('10.1.1.5', 'ops-lead');
      if (throttle.lockedBy('10.1.1.5', 'ops-lead')) lockedAfter = i;
      expect(throttle.lockedBy('10.1.1.5', 'duty-officer')).toBeNull();
    }
    expect(lockedAfter).toBe(10);
    expect(throttle.lockedBy('10.1.1.5', 'ops-lead')).toBe('credential-from-address');
  });

  it('does not lock the displays of a wall PC out because one page on it has no key', () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < 40; i++) throttle.failed('10.2.0.11', '');
    expect(throttle.lockedBy('10.2.0.11', '')).toBe('credential-from-address');
    expect(throttle.lockedBy('10.2.0.11', 'wall-pc-1')).toBeNull();
  });

  it('locks one credential id guessed from many addresses, and an address that tries many ids', () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < 30; i++) throttle.failed(`10.3.0.${i}`, 'admin');
    expect(throttle.lockedBy('10.3.9.9', 'admin')).toBe('credential');
    expect(throttle.lockedBy('10.3.9.9', 'viewer')).toBeNull();
    for (let i = 0; i < 60; i++) throttle.failed('10.4.0.1', `guess-${i}`);
    expect(throttle.lockedBy('10.4.0.1', 'someone-else')).toBe('address');
  });
});
