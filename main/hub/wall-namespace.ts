import type { Namespace, Server } from 'socket.io';
import { displayHealthSchema, WALL_NAMESPACE, type HubToWallEvents, type WallToHubEvents } from '../../src/protocol/wall.js';
import type { Logger } from '../log.js';
import type { RoomState } from './room.js';
import { authenticate, refusal, type SocketAuthDeps } from './socket-auth.js';

type WallNamespace = Namespace<WallToHubEvents, HubToWallEvents, Record<string, never>, WallSocketData>;

interface WallSocketData {
  displayId: string;
  credentialId: string;
}

/** `/wall`: each display page connects with its credential and display id and gets its part of the layout. */
export function attachWallNamespace(io: Server, room: RoomState, deps: SocketAuthDeps & { logger: Logger }): WallNamespace {
  const walls: WallNamespace = io.of(WALL_NAMESPACE) as unknown as WallNamespace; // typed per namespace; the server itself is untyped
  walls.use((socket, next) => {
    const displayId: unknown = (socket.handshake.auth as Record<string, unknown> | undefined)?.displayId;
    authenticate(socket, deps, 'display.show')
      .then((principal) => {
        if (typeof displayId !== 'string' || !room.assignmentFor(displayId)) {
          deps.logger.warn('auth.refused', { code: 'display.unknown', displayId: String(displayId).slice(0, 64), address: socket.handshake.address });
          return next(refusal('display.unknown', `Display "${String(displayId).slice(0, 64)}" is not in layout "${room.layout.id}".`));
        }
        socket.data = { displayId, credentialId: principal.credentialId };
        next();
      })
      .catch((error: Error) => next(error));
  });

  walls.on('connection', (socket) => {
    const { displayId, credentialId } = socket.data;
    room.displayConnected(displayId);
    deps.logger.info('wall.connected', { displayId, credentialId, address: socket.handshake.address });
    const assignment = room.assignmentFor(displayId);
    if (assignment) socket.emit('display:assignment', assignment);

    socket.on('display:health', (health: unknown) => {
      const parsed = displayHealthSchema.safeParse(health);
      if (!parsed.success) {
        deps.logger.warn('wall.health-rejected', { displayId, reason: parsed.error.issues[0]?.message });
        return;
      }
      room.displayHealth(displayId, parsed.data);
    });
    socket.on('disconnect', (reason) => {
      room.displayDisconnected(displayId);
      deps.logger.info('wall.disconnected', { displayId, reason });
    });
  });
  return walls;
}
