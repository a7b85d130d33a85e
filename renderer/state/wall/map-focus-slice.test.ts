import { describe, expect, it } from 'vitest';
import { createWallStore } from './wall-store.js';

describe('the map focus a display holds', () => {
  it('takes a focus, ignores an older one, and refuses a malformed one with the reason', () => {
    const store = createWallStore();
    expect(store.getState().focusReceived({ area: 'VN34-48', layoutVersion: 'L1', seq: 4 })).toEqual({ ok: true });
    expect(store.getState().focusReceived({ area: 'VN34-01', layoutVersion: 'L1', seq: 3 })).toEqual({ ok: false, reason: 'map:focus 3 is older than 4' });
    expect(store.getState().mapFocus).toMatchObject({ area: 'VN34-48' });
    expect(store.getState().focusReceived({ area: 'VN', layoutVersion: 'L1', seq: 9 })).toMatchObject({ ok: false, reason: expect.stringContaining('area must be a province code') });
    expect(store.getState().focusReceived({ area: null, layoutVersion: 'L1', seq: 5 })).toEqual({ ok: true });
    expect(store.getState().mapFocus).toEqual({ area: null, layoutVersion: 'L1', seq: 5 });
  });
});
