import type { IncomingMessage } from 'node:http';

/**
 * Whether a socket.io handshake may proceed, judged by its Origin header (a page of another site must
 * not drive a wall or a console with a credential it got hold of). Browsers always send Origin on
 * WebSocket and cross-origin requests: a page of the hub itself (same scheme, host and port) and the
 * configured origins pass. Programs that are not browsers (another hub, a test tool) send none and are
 * judged by their credential alone.
 */
export function originAllowed(request: Pick<IncomingMessage, 'headers'>, tls: boolean, allowed: ReadonlySet<string>): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (allowed.has(origin)) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return url.protocol === (tls ? 'https:' : 'http:') && url.host === request.headers.host;
}
