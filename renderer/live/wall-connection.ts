import { io, type Socket } from 'socket.io-client';
import type { DeviceIdentity, PagePicture } from '../../src/protocol/shell-bridge.js';
import {
  HEALTH_INTERVAL_MS,
  WALL_NAMESPACE,
  type DataBatch,
  type DataLink,
  type DataSnapshot,
  type HubToWallEvents,
  type WallAuth,
  type WallToHubEvents,
} from '../../src/protocol/wall/index.js';
import type { Refusal } from '../state/connection-slice.js';
import type { WallStore } from '../state/wall/wall-store.js';
import { RECONNECTION, trackConnection } from './connection.js';
import { ClockSync } from './clock-sync.js';
import { FeedIngest, frameScheduler, type FrameScheduler } from './feed-ingest.js';
import { buildHealth, collectPageErrors, FpsMeter, jsHeapMB } from './health.js';
import { PageWatchdog, sessionMemory } from './page-watchdog.js';
import { startClockPings, startSwitchClient } from './switch-client.js';

export type WallSocket = Socket<HubToWallEvents, WallToHubEvents>;

/**
 * How long a display waits after the hub refuses it. Credential problems wait longest: they need an
 * administrator to fix the room config, and retrying fast would only feed the hub's rate limiter.
 */
export function wallRefusalRetryMs(refusal: Refusal): number {
  switch (refusal.code) {
    case 'auth.rate-limited':
      return 60_000;
    case 'display.unknown':
      return 15_000;
    default:
      return 30_000;
  }
}

export interface WallConnectionOptions {
  identity: DeviceIdentity;
  store: WallStore;
  /**
   * Makes the socket (tests pass a fake); the default connects to the page's own origin. `auth` is
   * called for every connection attempt, so each reconnect carries the current `resume` positions.
   */
  connect?: (auth: () => WallAuth) => WallSocket;
  healthIntervalMs?: number;
  /** How incoming data is batched into frames (tests pass their own); default: animation frames. */
  schedule?: FrameScheduler;
  now?: () => number;
  window?: Window;
  /** Makes a switch's swap reach the DOM in the frame it happens (react-dom's flushSync). */
  flushSync?: (change: () => void) => void;
  /** Reloads the page (default: location.reload). */
  reload?: () => void;
  watchdog?: PageWatchdog;
  /** The shell's pictures of this page (Electron only), passed on to the hub for the console. */
  onPicture?: (listener: (picture: PagePicture) => void) => () => void;
  /** The presenter session's side of the display (its layer and video panel). */
  session?: { attach(socket: WallSocket): () => void };
}

/** The freshness tick: one timer for the page; every badge is judged at this time. */
export const FRESHNESS_TICK_MS = 1_000;

export function connectWallSocket(auth: () => WallAuth): WallSocket {
  // socket.io calls a function `auth` on every attempt (reconnects included), so `resume` is always current.
  return io(WALL_NAMESPACE, { ...RECONNECTION, transports: [...RECONNECTION.transports], auth: (send) => send({ ...auth() }) });
}

/**
 * The display's live link to the hub: mirrors the connection into the store, takes assignments and
 * live data (applied at most once per animation frame, see FeedIngest), resumes the data where it left
 * off after a reconnect, ticks the freshness clock, and reports health every HEALTH_INTERVAL_MS.
 * A disconnect leaves the last assignment and data on screen. Returns a function that closes everything it opened.
 */
export function startWallConnection(options: WallConnectionOptions): () => void {
  const { identity, store } = options;
  const now = options.now ?? Date.now;
  const win = options.window ?? window;
  const report = (source: string, error: unknown) => store.getState().reportError(source, error, now());
  const ingest = new FeedIngest({
    publish: (changed) => store.getState().feedApplied(changed),
    schedule: options.schedule ?? frameScheduler(win),
    now,
    clock: () => win.performance.now(),
    onProblem: (message) => report('data', message),
  });
  const auth = (): WallAuth => {
    const resume = ingest.resume();
    const base: WallAuth = { credential: identity.credential, displayId: identity.displayId, ...(identity.preview ? { preview: true as const } : {}) };
    return resume ? { ...base, resume } : base;
  };
  const socket = (options.connect ?? connectWallSocket)(auth);

  const stopTracking = trackConnection(socket, () => store.getState(), { refusalRetryMs: wallRefusalRetryMs, now });
  const onConnect = () => store.getState().hubConnected();
  const onLost = () => store.getState().hubLost(now());
  const onDisconnect = (reason: string) => {
    if (reason !== 'io client disconnect') onLost();
  };
  socket.on('connect', onConnect);
  socket.on('connect_error', onLost);
  socket.on('disconnect', onDisconnect);

  const onSnapshot = (snapshot: DataSnapshot) => ingest.receiveSnapshot(snapshot);
  const onBatch = (batch: DataBatch) => ingest.receiveBatch(batch);
  const onLink = (link: DataLink) => {
    if (!store.getState().linkReceived(link, now())) report('data', 'the hub sent a malformed data:link (ignored)');
  };
  socket.on('data:snapshot', onSnapshot);
  socket.on('data:batch', onBatch);
  socket.on('data:link', onLink);
  const tickTimer = setInterval(() => store.getState().tick(now()), FRESHNESS_TICK_MS);

  const onAssignment = (assignment: unknown) => {
    const result = store.getState().assign(assignment, now());
    if (!result.ok) report('assignment', result.reason);
  };
  socket.on('display:assignment', onAssignment);
  const onFocus = (focus: unknown) => {
    const result = store.getState().focusReceived(focus);
    if (!result.ok) report('map', result.reason);
  };
  socket.on('map:focus', onFocus);
  const detachSession = options.session?.attach(socket);

  const reload = options.reload ?? (() => win.location.reload());
  // One time base for everything timed against the hub's clock: the frames' (rAF timestamps are on
  // performance.timeOrigin + performance.now, which can drift from Date.now by tens of ms).
  const pageNow = () => win.performance.timeOrigin + win.performance.now();
  const clock = new ClockSync(pageNow);
  const stopPings = startClockPings(socket, clock, pageNow);
  const stopSwitches = startSwitchClient({ socket, store, clock, win, reload, now, pageNow, report, ...(options.flushSync ? { flushSync: options.flushSync } : {}) });
  const watchdog = options.watchdog ?? new PageWatchdog(sessionMemory(safeSessionStorage(win)));
  const stopPictures = options.onPicture?.((picture) => {
    if (socket.connected && !identity.preview) socket.emit('display:thumbnail', picture);
  });

  const stopErrors = collectPageErrors(win, report);
  const fps = new FpsMeter(
    (callback) => win.requestAnimationFrame(callback),
    (handle) => win.cancelAnimationFrame(handle),
    () => win.performance.now(),
  );
  fps.start();
  const healthTimer = setInterval(() => {
    const sample = fps.sample();
    const heap = jsHeapMB(win.performance);
    const verdict = identity.preview ? null : watchdog.observe({ fps: sample, heapMB: heap, visible: win.document?.visibilityState !== 'hidden', now: now() });
    if (verdict) {
      // Say why first (the hub audits it), then start afresh.
      if (socket.connected) socket.emit('display:self-reload', verdict);
      setTimeout(reload, 300);
      return;
    }
    if (!socket.connected || identity.preview) return;
    const viewport = { width: win.innerWidth, height: win.innerHeight, devicePixelRatio: win.devicePixelRatio };
    socket.emit('display:health', buildHealth(store.getState(), sample, heap, viewport, now()));
  }, options.healthIntervalMs ?? HEALTH_INTERVAL_MS);

  return () => {
    stopPictures?.();
    stopPings();
    stopSwitches();
    clearInterval(healthTimer);
    clearInterval(tickTimer);
    ingest.stop();
    fps.stop();
    stopErrors();
    stopTracking();
    socket.off('display:assignment', onAssignment);
    socket.off('map:focus', onFocus);
    detachSession?.();
    socket.off('connect', onConnect);
    socket.off('connect_error', onLost);
    socket.off('disconnect', onDisconnect);
    socket.off('data:snapshot', onSnapshot);
    socket.off('data:batch', onBatch);
    socket.off('data:link', onLink);
    socket.disconnect();
  };
}

/** The tab's sessionStorage, or none where the page may not use it. */
function safeSessionStorage(win: Window): Storage | undefined {
  try {
    return win.sessionStorage;
  } catch {
    return undefined;
  }
}
