import { io, type Socket } from 'socket.io-client';
import type { DeviceIdentity } from '../../src/protocol/shell-bridge.js';
import { HEALTH_INTERVAL_MS, WALL_NAMESPACE, type HubToWallEvents, type WallAuth, type WallToHubEvents } from '../../src/protocol/wall.js';
import type { Refusal } from '../state/connection-slice.js';
import type { WallStore } from '../state/wall-store.js';
import { RECONNECTION, trackConnection } from './connection.js';
import { buildHealth, collectPageErrors, FpsMeter, jsHeapMB } from './health.js';

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
  /** Makes the socket (tests pass a fake); the default connects to the page's own origin. */
  connect?: (auth: WallAuth) => WallSocket;
  healthIntervalMs?: number;
  now?: () => number;
  window?: Window;
}

export function connectWallSocket(auth: WallAuth): WallSocket {
  return io(WALL_NAMESPACE, { ...RECONNECTION, transports: [...RECONNECTION.transports], auth: { ...auth } });
}

/**
 * The display's live link to the hub: mirrors the connection into the store, takes assignments,
 * and reports health every HEALTH_INTERVAL_MS. A disconnect leaves the last assignment on screen.
 * Returns a function that closes everything it opened.
 */
export function startWallConnection(options: WallConnectionOptions): () => void {
  const { identity, store } = options;
  const now = options.now ?? Date.now;
  const win = options.window ?? window;
  const socket = (options.connect ?? connectWallSocket)({ credential: identity.credential, displayId: identity.displayId });
  const report = (source: string, error: unknown) => store.getState().reportError(source, error, now());

  const stopTracking = trackConnection(socket, () => store.getState(), { refusalRetryMs: wallRefusalRetryMs, now });

  const onAssignment = (assignment: unknown) => {
    const result = store.getState().assign(assignment, now());
    if (!result.ok) report('assignment', result.reason);
  };
  socket.on('display:assignment', onAssignment);

  const stopErrors = collectPageErrors(win, report);
  const fps = new FpsMeter(
    (callback) => win.requestAnimationFrame(callback),
    (handle) => win.cancelAnimationFrame(handle),
    () => win.performance.now(),
  );
  fps.start();
  const healthTimer = setInterval(() => {
    const sample = fps.sample();
    if (!socket.connected) return;
    const viewport = { width: win.innerWidth, height: win.innerHeight, devicePixelRatio: win.devicePixelRatio };
    socket.emit('display:health', buildHealth(store.getState(), sample, jsHeapMB(win.performance), viewport));
  }, options.healthIntervalMs ?? HEALTH_INTERVAL_MS);

  return () => {
    clearInterval(healthTimer);
    fps.stop();
    stopErrors();
    stopTracking();
    socket.off('display:assignment', onAssignment);
    socket.disconnect();
  };
}
