import { describe, expect, it } from 'vitest';
import { testAssignment } from '../../testing/assignment.js';
import { MAX_ERROR_LENGTH } from './health-slice.js';
import { createWallStore } from './wall-store.js';

describe('wall store: connection slice', () => {
  it('starts connecting, then follows connect, loss and refusal', () => {
    const store = createWallStore();
    expect(store.getState().connection.status).toBe('connecting');
    store.getState().connectionOpened(1_000);
    expect(store.getState().connection).toEqual({ status: 'connected', since: 1_000 });
    store.getState().connectionLost(2_000, 'transport close');
    expect(store.getState().connection).toEqual({ status: 'reconnecting', since: 2_000, lastError: 'transport close' });
  });

  it('keeps the start of an outage through repeated failed attempts', () => {
    const store = createWallStore();
    store.getState().connectionOpened(1_000);
    store.getState().connectionLost(2_000, 'transport close');
    store.getState().connectionLost(5_000, 'websocket error');
    store.getState().connectionLost(9_000, 'websocket error');
    expect(store.getState().connection).toMatchObject({ status: 'reconnecting', since: 2_000, lastError: 'websocket error' });
    store.getState().connectionOpened(10_000);
    store.getState().connectionLost(11_000, 'ping timeout');
    expect(store.getState().connection).toMatchObject({ since: 11_000 });
  });

  it('records a refusal with when it will retry, keeping its start while the reason stays the same', () => {
    const store = createWallStore();
    const refusal = { code: 'auth.invalid', message: 'The credential was not accepted.' };
    store.getState().connectionRefused(refusal, 1_000, 31_000);
    store.getState().connectionRefused(refusal, 31_000, 61_000);
    expect(store.getState().connection).toEqual({ status: 'refused', since: 1_000, refusal, retryAt: 61_000 });
    store.getState().connectionRefused({ code: 'display.unknown', message: 'x' }, 62_000, 77_000);
    expect(store.getState().connection).toMatchObject({ since: 62_000, refusal: { code: 'display.unknown' } });
  });
});

describe('wall store: assignment slice', () => {
  it('takes a valid assignment and fills the layout defaults', () => {
    const store = createWallStore();
    const assignment = testAssignment();
    const { gapVh: _gap, ...gridWithoutGap } = assignment.display.grid;
    const result = store.getState().assign({ ...assignment, display: { ...assignment.display, grid: gridWithoutGap } }, 5_000);
    expect(result).toEqual({ ok: true });
    expect(store.getState().assignment?.display.grid.gapVh).toBe(0.8);
    expect(store.getState().assignedAt).toBe(5_000);
  });

  it('refuses a malformed assignment and keeps the one on screen', () => {
    const store = createWallStore();
    store.getState().assign(testAssignment(), 1);
    const broken = testAssignment();
    const results = [
      store.getState().assign(null, 2),
      store.getState().assign({ ...broken, layout: { ...broken.layout, locale: 'fr-FR' } }, 3),
      store.getState().assign({ ...broken, display: { ...broken.display, grid: { columns: 0, rows: 2 } } }, 4),
      store.getState().assign({ ...broken, minTextHeightVh: 'big' }, 5),
    ];
    for (const result of results) expect(result.ok).toBe(false);
    expect(results[2]).toMatchObject({ reason: expect.stringContaining('grid.columns') });
    expect(store.getState().assignment?.layout.version).toBe('v1');
    expect(store.getState().assignedAt).toBe(1);
  });
});

describe('wall store: health slice', () => {
  it('counts errors and keeps only the latest, truncated to the wire limit', () => {
    const store = createWallStore();
    for (let i = 0; i < 1_000; i++) store.getState().reportError('panel p', new Error(`boom ${i}`), i);
    expect(store.getState().health).toEqual({ errors: 1_000, lastError: 'panel p: Error: boom 999', lastErrorAt: 999 });
    store.getState().reportError('window', 'x'.repeat(2_000), 1_001);
    expect(store.getState().health.lastError).toHaveLength(MAX_ERROR_LENGTH);
    store.getState().reportError('unhandledrejection', { code: 42 }, 1_002);
    expect(store.getState().health.lastError).toBe('unhandledrejection: {"code":42}');
  });
});
