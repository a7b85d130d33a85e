import type { Namespace, Server, Socket } from 'socket.io';
import { displayChannels } from '../../../src/layout/channels.js';
import { dataResumeSchema, displayHealthSchema, WALL_NAMESPACE, type DataResume, type HubToWallEvents, type WallToHubEvents } from '../../../src/protocol/wall/index.js';
import type { Logger } from '../../log.js';
import type { InvalidEvents } from '../auth/invalid-events.js';
import type { RoomState } from '../room/room-state.js';
import type { WallFanout } from './fanout.js';
import { authenticate, refusal, type SocketAuthDeps } from '../auth/socket-auth.js';

type WallNamespace = Namespace<WallToHubEvents, HubToWallEvents, Record<string, never>, WallSocketData>;

interface WallSocketData {
  displayId: string;
  credentialId: string;
}

/** `/wall`: each display page connects with its credential and display id and gets its part of the layout. */
export interface WallNamespaceDeps extends SocketAuthDeps {
  logger: Logger;
  invalidEvents: InvalidEvents;
  /** Sends each display the data of its channels (snapshot or missed batches, then deltas). */
  fanout: WallFanout;
}

export function attachWallNamespace(io: Server, room: RoomState, deps: WallNamespaceDeps): WallNamespace {
  const walls: WallNamespace = io.of(WALL_NAMESPACE) as unknown as WallNamespace; // typed per namespace; the server itself is untyped
  walls.use((socket, next) => {
    const displayId: unknown = (socket.handshake.auth as Record<string, unknown> | undefined)?.displayId;
    authenticate(socket, deps, 'display.show')
      .then((principal) => {
        if (typeof displayId !== 'string' || !room.assignmentFor(displayId)) {
          const address = socket.handshake.address;
          deps.refusals.refused('auth.refused', address, { reason: 'display.unknown', credentialId: principal.credentialId, address, namespace: socket.nsp.name, displayId: String(displayId).slice(0, 64) });
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
    if (assignment) {
      socket.emit('display:assignment', assignment);
      deps.fanout.attach(socket as unknown as Socket, displayChannels(assignment.display), parseResume((socket.handshake.auth as Record<string, unknown>).resume));
    }

    socket.on('display:health', (health: unknown) => {
      const parsed = displayHealthSchema.safeParse(health);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        deps.invalidEvents.refuse(socket as unknown as Socket, 'display:health', `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`, { credentialId, displayId });
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

/** The positions a reconnecting display sends; anything malformed means "send snapshots". */
function parseResume(value: unknown): DataResume | undefined {
  const parsed = dataResumeSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
