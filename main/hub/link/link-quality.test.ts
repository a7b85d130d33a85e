import { describe, expect, it } from 'vitest';
import { LinkQuality } from './link-quality.js';

describe('LinkQuality', () => {
  it('reports the median of the last ten round trips and the share of lost pings in the last thirty', () => {
    const quality = new LinkQuality();
    expect(quality.rttMs()).toBeNull();
    expect(quality.lossPct()).toBe(0);
    for (const rtt of [100, 100, 100, 5, 6, 7, 8, 9, 10, 11, 12, 13]) quality.answered(rtt);
    expect(quality.rttMs()).toBe(9.5); // the last ten: one slow answer of 100 ms among 5–13 ms moves the median little
    quality.lost();
    quality.lost();
    expect(quality.lossPct()).toBeCloseTo((2 / 14) * 100, 0);
    for (let i = 0; i < 30; i += 1) quality.answered(1);
    expect(quality.lossPct()).toBe(0);
  });
});
