import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { Server } from 'socket.io';
import type { RoomConfig } from '../config/load.js';
import { originAllowed } from './auth/origin.js';
import type { RefusalLog } from './auth/refusal-log.js';
import { mapBaseOrigins } from '../../src/protocol/wall/map-base.js';
import { contentSecurityPolicy, setSecurityHeaders } from './security-headers.js';

/**
 * The hub's HTTP(S) server and socket.io on it: every response with the security headers, socket.io's
 * own included, and handshakes from other sites' pages refused (see origin.ts).
 */
export function createHubServer(config: RoomConfig, handler: (request: IncomingMessage, response: ServerResponse) => void, refusals: RefusalLog): { server: HttpServer; io: Server } {
  const server: HttpServer = config.hub.tls
    ? createHttpsServer({ cert: readFileSync(config.hub.tls.certFile), key: readFileSync(config.hub.tls.keyFile) }, handler)
    : createHttpServer(handler);
  const allowedOrigins = new Set(config.hub.allowedOrigins);
  const io = new Server(server, {
    serveClient: false,
    maxHttpBufferSize: 1_000_000,
    pingInterval: 10_000,
    pingTimeout: 8_000,
    allowRequest: (request, answer) => {
      if (originAllowed(request, Boolean(config.hub.tls), allowedOrigins)) return answer(null, true);
      const address = request.socket.remoteAddress ?? 'unknown';
      refusals.refused('auth.refused', address, { reason: 'origin.forbidden', address, origin: String(request.headers.origin).slice(0, 200) });
      answer('origin not allowed', false);
    },
  });
  // socket.io answers its own requests (handshakes, errors): they carry the same headers as every other response.
  const policy = contentSecurityPolicy(mapBaseOrigins(config.map.base));
  server.prependListener('request', (_request, response) => setSecurityHeaders(response, policy));
  return { server, io };
}

export function listen(server: HttpServer, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
