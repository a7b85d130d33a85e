import type { Socket } from 'socket.io-client';
import type { ConnectionSlice, Refusal } from '../state/connection-slice.js';

/** socket.io Manager options shared by both apps: retry forever, 1 s growing to 10 s, WebSocket only. */
export const RECONNECTION = {
  reconnection: true,
  reconnectionDelay: 1_000,
  reconnectionDelayMax: 10_000,
  reconnectionAttempts: Infinity,
  transports: ['websocket'],
} as const;

/** After the hub closes the socket itself (restart, duplicate, kick), when we try again. */
export const SERVER_DISCONNECT_RETRY_MS = 2_000;

export interface ConnectionPolicy {
  /** How long to wait before retrying after a refusal; null: do not retry (the caller takes over). */
  refusalRetryMs(refusal: Refusal): number | null;
  onRefused?(refusal: Refusal): void;
  onConnected?(): void;
  now?: () => number;
}

type ConnectionActions = Pick<ConnectionSlice, 'connectionOpened' | 'connectionLost' | 'connectionRefused'>;
// Only the reserved events are touched here, so any typed socket fits.
type AnySocket = Pick<Socket, 'on' | 'off' | 'connect' | 'active'>;

/**
 * Mirrors a socket's life into the connection slice and retries where socket.io does not by itself:
 * after a refusal by the hub's middleware (socket.active is false then) and after a server-side disconnect.
 * Transport failures are retried by socket.io's own back-off. Returns a function that stops it.
 */
export function trackConnection(socket: AnySocket, actions: () => ConnectionActions, policy: ConnectionPolicy): () => void {
  const now = policy.now ?? Date.now;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const retryIn = (ms: number) => {
    clearTimeout(retry);
    retry = setTimeout(() => {
      retry = undefined;
      socket.connect();
    }, ms);
  };

  const onConnect = () => {
    clearTimeout(retry);
    actions().connectionOpened(now());
    policy.onConnected?.();
  };
  const onConnectError = (error: Error & { data?: unknown }) => {
    if (socket.active) {
      // A transport failure: socket.io retries with its back-off.
      actions().connectionLost(now(), error.message);
      return;
    }
    const refusal = toRefusal(error);
    const delay = policy.refusalRetryMs(refusal);
    actions().connectionRefused(refusal, now(), delay === null ? null : now() + delay);
    if (delay !== null) retryIn(delay);
    policy.onRefused?.(refusal);
  };
  const onDisconnect = (reason: string) => {
    if (reason === 'io client disconnect') return;
    actions().connectionLost(now(), reason);
    if (!socket.active) retryIn(SERVER_DISCONNECT_RETRY_MS);
  };

  socket.on('connect', onConnect);
  socket.on('connect_error', onConnectError);
  socket.on('disconnect', onDisconnect);
  return () => {
    clearTimeout(retry);
    socket.off('connect', onConnect);
    socket.off('connect_error', onConnectError);
    socket.off('disconnect', onDisconnect);
  };
}

function toRefusal(error: Error & { data?: unknown }): Refusal {
  const data = error.data;
  if (typeof data === 'object' && data !== null && typeof (data as Refusal).code === 'string') {
    const { code, message } = data as Refusal;
    return { code, message: typeof message === 'string' ? message : error.message };
  }
  return { code: 'unknown', message: error.message };
}
