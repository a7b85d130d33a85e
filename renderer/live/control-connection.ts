import { io, type Socket } from 'socket.io-client';
import { CONTROL_NAMESPACE, roomStatusSchema, type ControlAuth, type ControlToHubEvents, type HubToControlEvents } from '../../src/protocol/control/index.js';
import type { Refusal } from '../state/connection-slice.js';
import type { ConsoleStore } from '../state/console/console-store.js';
import { refusalText } from '../i18n/refusals.js';
import { RECONNECTION, trackConnection } from './connection.js';
import { takeFragmentKey } from './fragment-key.js';

export type ControlSocket = Socket<HubToControlEvents, ControlToHubEvents>;

/** The console keeps its credential for the tab only: sessionStorage, never localStorage. */
export const CONSOLE_CREDENTIAL_KEY = 'opswall.console.credential';

export function isCredential(value: string): boolean {
  return /^[^:\s]+:\S+$/.test(value);
}

/**
 * Signs in from `#key=<id:secret>` (moved to sessionStorage, stripped from the address bar), or from
 * sessionStorage after a reload of the tab. A new tab or window starts signed out.
 */
export function restoreSignIn(
  store: ConsoleStore,
  env: { location: Pick<Location, 'pathname' | 'search' | 'hash'>; history: Pick<History, 'replaceState' | 'state'>; storage: Pick<Storage, 'getItem' | 'setItem'> },
): void {
  takeFragmentKey(env.location, env.history, env.storage, CONSOLE_CREDENTIAL_KEY);
  const saved = env.storage.getItem(CONSOLE_CREDENTIAL_KEY);
  if (saved) store.getState().signIn(saved);
}

export interface ControlConnectionOptions {
  credential: string;
  store: ConsoleStore;
  storage: Pick<Storage, 'removeItem'>;
  connect?: (auth: ControlAuth) => ControlSocket;
  now?: () => number;
}

export function connectControlSocket(auth: ControlAuth): ControlSocket {
  return io(CONTROL_NAMESPACE, { ...RECONNECTION, transports: [...RECONNECTION.transports], auth: { ...auth } });
}

/** Only a rate limit is worth waiting out; any other refusal sends the operator back to sign in. */
function consoleRefusalRetryMs(refusal: Refusal): number | null {
  return refusal.code === 'auth.rate-limited' ? 30_000 : null;
}

/**
 * The console's live link: room status into the store. A refused credential is forgotten and the
 * operator is signed out with the reason; a dropped connection keeps the last status on screen.
 */
export function startControlConnection(options: ControlConnectionOptions): () => void {
  const { store } = options;
  const now = options.now ?? Date.now;
  const socket = (options.connect ?? connectControlSocket)({ credential: options.credential });
  let stopped = false;

  const stop = () => {
    if (stopped) return;
    stopped = true;
    stopTracking();
    socket.off('room:status', onStatus);
    socket.disconnect();
  };

  const stopTracking = trackConnection(socket, () => store.getState(), {
    refusalRetryMs: consoleRefusalRetryMs,
    now,
    onRefused: (refusal) => {
      if (consoleRefusalRetryMs(refusal) !== null) return;
      options.storage.removeItem(CONSOLE_CREDENTIAL_KEY);
      stop();
      store.getState().roomCleared();
      store.getState().signOut(refusalText(refusal, 'console'));
    },
  });
  // Parsed with the protocol's schema: a malformed status keeps the last good one on screen.
  const onStatus = (raw: unknown) => {
    const parsed = roomStatusSchema.safeParse(raw);
    if (parsed.success) store.getState().roomUpdated(parsed.data, now());
    else console.warn('opswall console: ignored a malformed room:status', parsed.error.issues[0]);
  };
  socket.on('room:status', onStatus);
  return stop;
}
