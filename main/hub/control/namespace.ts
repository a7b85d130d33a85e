import type { Namespace, Server } from 'socket.io';
import { CONTROL_NAMESPACE, type ControlToHubEvents, type HubToControlEvents, type RoomStatus, type UpstreamLinkStatus } from '../../../src/protocol/control/index.js';
import type { Principal } from '../auth/credentials.js';
import type { RoomState } from '../room/room-state.js';
import { authenticate, type SocketAuthDeps } from '../auth/socket-auth.js';

const STATUS_COALESCE_MS = 200;
const STATUS_REFRESH_MS = 5_000;

/** `/control`: consoles see the room's status live; commands arrive with later issues. */
export function attachControlNamespace(io: Server, room: RoomState, deps: SocketAuthDeps & { upstream: () => UpstreamLinkStatus }): { namespace: Namespace; close(): void } {
  const consoles = io.of(CONTROL_NAMESPACE) as unknown as Namespace<ControlToHubEvents, HubToControlEvents, Record<string, never>, Principal>;
  consoles.use((socket, next) => {
    authenticate(socket, deps, 'room.view')
      .then((principal) => {
        socket.data = principal;
        next();
      })
      .catch((error: Error) => next(error));
  });

  const statusFor = (principal: Principal, status = room.status()): RoomStatus => ({ ...status, upstream: deps.upstream(), you: { credentialId: principal.credentialId, roles: principal.roles } });
  const pushStatus = () => {
    const status = room.status();
    for (const socket of consoles.sockets.values()) socket.emit('room:status', statusFor(socket.data, status));
  };
  // Many displays reporting at once would flood consoles: coalesce changes, and refresh uptime now and then.
  let pending: NodeJS.Timeout | null = null;
  const unsubscribe = room.onChange(() => {
    pending ??= setTimeout(() => {
      pending = null;
      pushStatus();
    }, STATUS_COALESCE_MS);
  });
  const refresh = setInterval(pushStatus, STATUS_REFRESH_MS);

  consoles.on('connection', (socket) => {
    deps.logger.info('console.connected', { credentialId: socket.data.credentialId, address: socket.handshake.address });
    socket.emit('room:status', statusFor(socket.data));
  });
  return {
    namespace: consoles,
    close() {
      unsubscribe();
      clearInterval(refresh);
      if (pending) clearTimeout(pending);
    },
  };
}
