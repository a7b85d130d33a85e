import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Server } from 'socket.io';
import type { Role } from '../../src/protocol/roles.js';
import { appRoot, appVersion } from '../config/app-root.js';
import type { RoomConfig } from '../config/load.js';
import { createLogger, type Logger } from '../log.js';
import { attachControlNamespace } from './control/namespace.js';
import { CredentialStore } from './auth/credentials.js';
import { openHubDatabases } from './db.js';
import { DataService } from './feed/data-service.js';
import { FeedStore } from './feed/feed-store.js';
import { WallFanout } from './wall/fanout.js';
import { WALL_NAMESPACE } from '../../src/protocol/wall/index.js';
import { handleHttpRequest } from './http-routes.js';
import { setSecurityHeaders } from './security-headers.js';
import { InvalidEvents } from './auth/invalid-events.js';
import { originAllowed } from './auth/origin.js';
import { SignInThrottle } from './auth/rate-limit.js';
import { RefusalLog } from './auth/refusal-log.js';
import { RoomState } from './room/room-state.js';
import { attachWallNamespace } from './wall/namespace.js';

export interface StartHubOptions {
  config: RoomConfig;
  logger?: Logger;
  /** The built renderer (dist/renderer); defaults to the app's own. */
  rendererDir?: string;
}

export interface RunningHub {
  url: string;
  wallUrl(displayId: string): string;
  consoleUrl: string;
  room: RoomState;
  data: DataService;
  fanout: WallFanout;
  addEphemeralCredential(id: string, roles: Role[]): string;
  close(): Promise<void>;
}

/** Starts the room hub: HTTP + socket.io on the configured address. Plain Node: never imports electron. */
export async function startHub(options: StartHubOptions): Promise<RunningHub> {
  const { config } = options;
  const logger = options.logger ?? createLogger({ dir: join(config.dataDir, 'logs'), name: 'hub' }, 'hub');
  const rendererDir = options.rendererDir ?? join(appRoot, 'dist', 'renderer');
  const active = config.library.layouts.get(config.layouts.active);
  if (!active) throw new Error(`active layout "${config.layouts.active}" is not in ${config.layouts.dir}`);

  const databases = openHubDatabases(config.dataDir, logger);
  const room = new RoomState(config.room, active, appVersion);
  const credentials = new CredentialStore(config.credentials);
  const throttle = new SignInThrottle();
  const refusals = new RefusalLog(logger);
  const allowedOrigins = new Set(config.hub.allowedOrigins);
  const store = new FeedStore(databases.cache);
  const data = new DataService(config, store, logger);
  const handler = handleHttpRequest.bind(null, { rendererDir, room, upstream: () => data.status() });
  const server: HttpServer = config.hub.tls
    ? createHttpsServer({ cert: readFileSync(config.hub.tls.certFile), key: readFileSync(config.hub.tls.keyFile) }, handler)
    : createHttpServer(handler);

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
  server.prependListener('request', (_request, response) => setSecurityHeaders(response));
  const deps = { credentials, throttle, refusals, logger };
  const fanout = new WallFanout(io.of(WALL_NAMESPACE), store, data.status().state, undefined, (socket, lagging) =>
    logger.warn(lagging ? 'wall.lagging' : 'wall.caught-up', { displayId: (socket.data as { displayId?: string }).displayId }),
  );
  data.listen(fanout);
  attachWallNamespace(io, room, { ...deps, invalidEvents: new InvalidEvents(refusals, logger), fanout });
  const control = attachControlNamespace(io, room, { ...deps, upstream: () => data.status() });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.hub.port, config.hub.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    // A busy port: release everything opened so far, so the caller can exit at once with the reason.
    control.close();
    await io.close();
    data.close();
    databases.close();
    throw error;
  }
  data.start();
  fanout.start();
  const address = server.address() as AddressInfo;
  // A hub bound to every interface is reached locally over loopback (Chromium refuses 0.0.0.0).
  const local = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
  const host = local.includes(':') ? `[${local}]` : local;
  const url = `${config.hub.tls ? 'https' : 'http'}://${host}:${address.port}`;
  logger.info('hub.listening', { url, room: config.room.id, layout: active.layout.id, layoutVersion: active.version });

  return {
    url,
    wallUrl: (displayId) => `${url}/wall?display=${encodeURIComponent(displayId)}`,
    consoleUrl: `${url}/console`,
    room,
    data,
    fanout,
    addEphemeralCredential: (id, roles) => credentials.addEphemeral(id, roles),
    async close() {
      control.close();
      fanout.stop();
      await io.close();
      server.closeAllConnections();
      data.close();
      databases.close();
      logger.info('hub.stopped', {});
    },
  };
}
