import { describe, expect, it } from 'vitest';
import { FailureRateLimiter } from './rate-limit.js';

describe('FailureRateLimiter', () => {
  it('locks an address out after too many failures in the window, then lets it back', () => {
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

  it('forgets failures outside the window and after a success', () => {
    let now = 0;
    const limiter = new FailureRateLimiter(2, 1_000, 5_000, () => now);
    limiter.recordFailure('a');
    now = 1_500;
    limiter.recordFailure('a');
    expect(limiter.isLocked('a')).toBe(false);
    limiter.recordSuccess('a');
    limiter.recordFailure('a');
    expect(limiter.isLocked('a')).toBe(false);
  });
});
