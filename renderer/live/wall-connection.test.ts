import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { displayHealthSchema, HEALTH_INTERVAL_MS } from '../../src/protocol/wall/index.js';
import { createWallStore } from '../state/wall/wall-store.js';
import { testAssignment } from '../testing/assignment.js';
import { batch, dayFigure, link, snapshot } from '../testing/feed.js';
import { FakeSocket } from '../testing/fake-socket.js';
import { FRESHNESS_TICK_MS, startWallConnection, type WallSocket } from './wall-connection.js';

class FakeWindow extends EventTarget {
  innerWidth = 1920;
  innerHeight = 1080;
  devicePixelRatio = 1;
  performance = { now: () => Date.now(), timeOrigin: 0, memory: { usedJSHeapSize: 64 * 1_048_576 } };
  reloads = 0;
  location = { reload: () => void this.reloads++ };
  private frames = new Map<number, FrameRequestCallback>();
  private next = 1;
  requestAnimationFrame(callback: FrameRequestCallback): number {
    this.frames.set(this.next, callback);
    return this.next++;
  }
  cancelAnimationFrame(handle: number): void {
    this.frames.delete(handle);
  }
  /** Runs the pending frame callbacks, as the browser would on a vsync. */
  frame(): void {
    const due = [...this.frames.values()];
    this.frames.clear();
    for (const callback of due) callback(Date.now());
  }
  get pendingFrames(): number {
    return this.frames.size;
  }
}

function start() {
  const store = createWallStore();
  const win = new FakeWindow();
  let socket!: FakeSocket;
  const stop = startWallConnection({
    identity: { displayId: 'main-1', credential: 'wall-pc-1:secret' },
    store,
    window: win as unknown as Window,
    connect: (auth) => {
      socket = new FakeSocket(auth);
      return socket as unknown as WallSocket;
    },
  });
  return { store, win, socket, stop };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-22T07:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('the wall connection', () => {
  it('connects with the display credential and id, and takes the assignment', () => {
    const { store, socket } = start();
    expect((socket.auth as () => unknown)()).toEqual({ credential: 'wall-pc-1:secret', displayId: 'main-1' });
    socket.serve('connect');
    expect(store.getState().connection.status).toBe('connected');
    socket.serve('display:assignment', testAssignment());
    expect(store.getState().assignment?.display.id).toBe('main-1');
  });

  it('reports a malformed assignment as an error and keeps the previous one', () => {
    const { store, socket } = start();
    socket.serve('display:assignment', testAssignment());
    socket.serve('display:assignment', { layout: 'nonsense' });
    expect(store.getState().assignment?.layout.version).toBe('v1');
    expect(store.getState().health).toMatchObject({ errors: 1, lastError: expect.stringContaining('assignment:') });
  });

  it('keeps the assignment through a disconnect and shows since when it is reconnecting', () => {
    const { store, socket } = start();
    socket.serve('connect');
    socket.serve('display:assignment', testAssignment());
    vi.advanceTimersByTime(5_000);
    const lostAt = Date.now();
    socket.serve('disconnect', 'transport close');
    vi.advanceTimersByTime(3_000);
    socket.serve('connect_error', new Error('websocket error')); // socket.io retries by itself (active)
    expect(store.getState().connection).toMatchObject({ status: 'reconnecting', since: lostAt });
    expect(store.getState().assignment).not.toBeNull();
    expect(socket.connectCalls).toBe(0);
  });

  it('shows a refusal and retries it slowly, since an administrator must fix the config', () => {
    const { store, socket } = start();
    socket.refuse('auth.invalid', 'The credential was not accepted.');
    expect(store.getState().connection).toMatchObject({ status: 'refused', refusal: { code: 'auth.invalid' }, retryAt: Date.now() + 30_000 });
    vi.advanceTimersByTime(29_000);
    expect(socket.connectCalls).toBe(0);
    vi.advanceTimersByTime(1_000);
    expect(socket.connectCalls).toBe(1);
    socket.refuse('auth.rate-limited');
    vi.advanceTimersByTime(59_000);
    expect(socket.connectCalls).toBe(1);
    vi.advanceTimersByTime(1_000);
    expect(socket.connectCalls).toBe(2);
    socket.serve('connect');
    expect(store.getState().connection.status).toBe('connected');
  });

  it('reconnects itself after the hub closes the socket', () => {
    const { store, socket } = start();
    socket.serve('connect');
    socket.active = false;
    socket.serve('disconnect', 'io server disconnect');
    expect(store.getState().connection.status).toBe('reconnecting');
    vi.advanceTimersByTime(2_000);
    expect(socket.connectCalls).toBe(1);
  });

  it('reports health every interval while connected, in the shape the hub accepts', () => {
    const { store, socket, win } = start();
    socket.serve('display:assignment', testAssignment());
    vi.advanceTimersByTime(HEALTH_INTERVAL_MS);
    expect(socket.sent).toHaveLength(0); // not connected yet: nothing to send
    socket.serve('connect');
    store.getState().reportError('panel x', new Error('bad'), Date.now());
    // 300 frames in the 5 s until the next report: 60 frames per second.
    for (let i = 0; i < 300; i++) {
      vi.advanceTimersByTime(16);
      win.frame();
    }
    vi.advanceTimersByTime(HEALTH_INTERVAL_MS - 300 * 16);
    const reports = socket.sent.filter((message) => message.event === 'display:health');
    expect(reports).toHaveLength(1);
    const health = displayHealthSchema.parse(reports[0]?.args[0]);
    expect(health).toMatchObject({ layoutVersion: 'v1', jsHeapMB: 64, errors: 1, lastError: 'panel x: Error: bad', oldestDataAgeS: null, viewport: { width: 1920, height: 1080, devicePixelRatio: 1 } });
    expect(health.fps).toBeGreaterThan(55);
    expect(health.fps).toBeLessThanOrEqual(61);
  });

  it('counts uncaught errors and unhandled rejections of the page', () => {
    const { store, win } = start();
    win.dispatchEvent(Object.assign(new Event('error'), { error: new TypeError('x is undefined'), message: 'x is undefined' }));
    win.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: new Error('fetch failed') }));
    expect(store.getState().health).toMatchObject({ errors: 2, lastError: 'unhandledrejection: Error: fetch failed' });
  });

  it('applies live data at most once per animation frame, in one store update', () => {
    const { store, socket, win } = start();
    socket.serve('connect');
    let updates = 0;
    store.subscribe(() => updates++);
    socket.serve('data:snapshot', snapshot('traffic/accidents', 4, [dayFigure('2026-11-20', 20)]));
    for (let seq = 5; seq <= 50; seq++) socket.serve('data:batch', batch('traffic/accidents', seq, [dayFigure('2026-11-21', seq, { status: 'revised', revision: seq })]));
    expect(updates).toBe(0);
    expect(store.getState().feed.channels['traffic/accidents']).toBeUndefined();
    win.frame();
    expect(updates).toBe(1);
    const channel = store.getState().feed.channels['traffic/accidents']!;
    expect(channel).toMatchObject({ epoch: 'run-1', seq: 50 });
    expect(channel.series.get('deaths|VN|persons')?.latest.value).toBe(50);
    expect(win.pendingFrames).toBe(1); // only the FPS meter's
  });

  it('still applies data when no animation frame comes (hidden page)', () => {
    const { store, socket } = start();
    socket.serve('data:snapshot', snapshot('traffic/accidents', 1, [dayFigure('2026-11-21', 21)]));
    vi.advanceTimersByTime(300);
    expect(store.getState().feed.channels['traffic/accidents']?.seq).toBe(1);
  });

  it('resumes after a reconnect from the sequences it holds, so the hub sends only what was missed', () => {
    const { socket, win } = start();
    const auth = socket.auth as () => unknown;
    socket.serve('connect');
    socket.serve('data:snapshot', snapshot('traffic/accidents', 4, []));
    socket.serve('data:snapshot', snapshot('finance/markets', 12, []));
    socket.serve('data:batch', batch('traffic/accidents', 5, []));
    win.frame();
    socket.serve('disconnect', 'transport close');
    expect(auth()).toEqual({ credential: 'wall-pc-1:secret', displayId: 'main-1', resume: { epoch: 'run-1', seqs: { 'traffic/accidents': 5, 'finance/markets': 12 } } });
  });

  it('keeps the data link, the moment the hub was lost, and a one-second freshness tick', () => {
    const { store, socket } = start();
    socket.serve('connect');
    socket.serve('data:link', link({ 'traffic/accidents': '2026-11-22T06:59:30.000Z' }));
    expect(store.getState().link?.channels['traffic/accidents']).toEqual({ confirmedAt: Date.parse('2026-11-22T06:59:30.000Z'), expectedIntervalS: 60 });
    const tickAt = store.getState().tickAt;
    vi.advanceTimersByTime(FRESHNESS_TICK_MS);
    expect(store.getState().tickAt).toBe(tickAt + FRESHNESS_TICK_MS);
    vi.advanceTimersByTime(2_000);
    const lostAt = Date.now();
    socket.serve('disconnect', 'transport close');
    vi.advanceTimersByTime(3_000);
    socket.serve('connect_error', new Error('websocket error'));
    expect(store.getState().hubLostAt).toBe(lostAt);
    socket.serve('connect');
    expect(store.getState().hubLostAt).toBeNull();
    socket.serve('data:link', { upstream: 'broken' });
    expect(store.getState().health).toMatchObject({ errors: 1, lastError: expect.stringContaining('malformed data:link') });
  });

  it('reports the age of the oldest data its panels use', () => {
    const { store, socket } = start();
    const assignment = testAssignment();
    assignment.display.panels.push(
      { id: 'k1', kind: 'kpi', cell: { column: 2, row: 2, columnSpan: 1, rowSpan: 1 }, options: { channel: 'traffic/accidents', metric: 'deaths', area: 'VN', better: 'down' } },
      { id: 'k2', kind: 'kpi', cell: { column: 2, row: 2, columnSpan: 1, rowSpan: 1 }, options: { channel: 'finance/markets', metric: 'vnindex.close', area: 'VN', better: 'up' } },
    );
    socket.serve('connect');
    socket.serve('display:assignment', assignment);
    // 07:00:00 now; accidents confirmed 42.5 s ago, markets 3 s ago; another channel (not shown) long ago.
    socket.serve('data:link', link({ 'traffic/accidents': '2026-11-22T06:59:17.500Z', 'finance/markets': '2026-11-22T06:59:57.000Z', 'health/covid19': '2026-11-21T00:00:00.000Z' }));
    vi.advanceTimersByTime(HEALTH_INTERVAL_MS);
    const report = socket.sent.filter((message) => message.event === 'display:health').at(-1)!;
    expect(displayHealthSchema.parse(report.args[0]).oldestDataAgeS).toBe(47.5);
    expect(store.getState().assignment?.display.panels).toHaveLength(4);
  });

  it('leaves nothing running once stopped', () => {
    const { socket, win, stop } = start();
    socket.refuse('auth.invalid');
    expect(vi.getTimerCount()).toBe(4); // health interval, freshness tick, clock pings, refusal retry
    stop();
    expect(vi.getTimerCount()).toBe(0);
    expect(win.pendingFrames).toBe(0);
    expect(socket.listenerCount()).toBe(0);
    expect(socket.disconnectCalls).toBe(1);
  });
});
