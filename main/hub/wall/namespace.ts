import type { Namespace, Server, Socket } from 'socket.io';
import { displayChannels } from '../../../src/layout/channels.js';
import {
  clockPingSchema,
  committedSchema,
  dataResumeSchema,
  displayHealthSchema,
  selfReloadSchema,
  thumbnailSchema,
  WALL_NAMESPACE,
  type CommittedReport,
  type DataResume,
  type HubToWallEvents,
  type SelfReload,
  type WallToHubEvents,
} from '../../../src/protocol/wall/index.js';
import type { Logger } from '../../log.js';
import type { InvalidEvents } from '../auth/invalid-events.js';
import { authenticate, refusal, type SocketAuthDeps } from '../auth/socket-auth.js';
import type { HubClock } from '../room/clock.js';
import type { MapFocusBoard } from '../room/map-focus.js';
import type { RoomState } from '../room/room-state.js';
import type { DisplaySockets } from '../room/switch.js';
import type { WallFanout } from './fanout.js';

type WallNamespace = Namespace<WallToHubEvents, HubToWallEvents, Record<string, never>, WallSocketData>;

interface WallSocketData {
  displayId: string;
  credentialId: string;
  /** A console's live view of the display: gets what the display gets, is not the display. */
  preview: boolean;
  /** The assignment version this socket was last given (previews follow switches by it). */
  shownVersion: string | null;
}

/** `/wall`: each display page connects with its credential and display id and gets its part of the layout. */
export interface WallNamespaceDeps extends SocketAuthDeps {
  logger: Logger;
  invalidEvents: InvalidEvents;
  room: RoomState;
  clock: HubClock;
  /** Sends each display the data of its channels (snapshot or missed batches, then deltas). */
  fanout: WallFanout;
  onCommitted(displayId: string, report: CommittedReport): void;
  onSelfReload(displayId: string, credentialId: string, address: string, report: SelfReload): void;
  onThumbnail(displayId: string, jpeg: string, at: number): void;
  /** The province in focus on each display's maps: sent on connect and whenever it changes. */
  mapFocus: MapFocusBoard;
  /** A display page (or a live view of one) connected: the presenter session's layer and video attach to it. */
  onDisplaySocket?(socket: Socket, displayId: string, preview: boolean, invalid: (event: string, reason: string) => void): void;
}

export function attachWallNamespace(io: Server, deps: WallNamespaceDeps): DisplaySockets {
  const { room } = deps;
  const walls: WallNamespace = io.of(WALL_NAMESPACE) as unknown as WallNamespace; // typed per namespace; the server itself is untyped
  walls.use((socket, next) => {
    const auth = socket.handshake.auth as Record<string, unknown> | undefined;
    const displayId: unknown = auth?.displayId;
    const preview = auth?.preview === true;
    authenticate(socket as unknown as Socket, deps, preview ? 'room.view' : 'display.show')
      .then((principal) => {
        if (typeof displayId !== 'string' || !room.assignmentFor(displayId)) {
          const address = socket.handshake.address;
          deps.refusals.refused('auth.refused', address, { reason: 'display.unknown', credentialId: principal.credentialId, address, namespace: socket.nsp.name, displayId: String(displayId).slice(0, 64) });
          return next(refusal('display.unknown', `Display "${String(displayId).slice(0, 64)}" is not one of this room's displays.`));
        }
        socket.data = { displayId, credentialId: principal.credentialId, preview, shownVersion: null };
        next();
      })
      .catch((error: Error) => next(error));
  });

  walls.on('connection', (socket) => {
    const { displayId, credentialId } = socket.data;
    const address = socket.handshake.address;
    const raw = socket as unknown as Socket;
    deps.onDisplaySocket?.(raw, displayId, socket.data.preview, (event, reason) => deps.invalidEvents.refuse(raw, event, reason, { credentialId, displayId }));
    if (socket.data.preview) {
      // A live view: the display's assignment and data, nothing it reports counts.
      const assignment = room.assignmentFor(displayId);
      if (assignment) {
        socket.data.shownVersion = assignment.layout.version;
        socket.emit('display:assignment', assignment);
        deps.fanout.attach(raw, displayChannels(assignment.display), undefined);
        const focus = deps.mapFocus.of(displayId);
        if (focus) socket.emit('map:focus', focus);
      }
      deps.logger.info('wall.preview-opened', { displayId, credentialId, address });
      return;
    }
    const invalid = (event: string, issue: { path: PropertyKey[]; message: string } | undefined) =>
      deps.invalidEvents.refuse(raw, event, `${issue?.path.map(String).join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`, { credentialId, displayId });
    room.displayConnected(displayId);
    deps.logger.info('wall.connected', { displayId, credentialId, address });
    const assignment = room.assignmentFor(displayId);
    if (assignment) {
      socket.emit('display:assignment', assignment);
      deps.fanout.attach(raw, displayChannels(assignment.display), parseResume((socket.handshake.auth as Record<string, unknown>).resume));
      const focus = deps.mapFocus.of(displayId);
      if (focus) socket.emit('map:focus', focus);
    }

    socket.on('display:health', (health: unknown) => {
      const parsed = displayHealthSchema.safeParse(health);
      if (!parsed.success) return invalid('display:health', parsed.error.issues[0]);
      room.displayHealth(displayId, parsed.data);
    });
    // NTP-style: the display learns its offset to the hub's clock, which switch commits are timed on.
    socket.on('clock:ping', (ping: unknown, answer: unknown) => {
      const parsed = clockPingSchema.safeParse(ping);
      if (!parsed.success || typeof answer !== 'function') return invalid('clock:ping', parsed.success ? { path: [], message: 'no answer callback' } : parsed.error.issues[0]);
      (answer as (pong: unknown) => void)({ sentAt: parsed.data.sentAt, hubAt: deps.clock.now() });
    });
    socket.on('display:committed', (report: unknown) => {
      const parsed = committedSchema.safeParse(report);
      if (!parsed.success) return invalid('display:committed', parsed.error.issues[0]);
      deps.onCommitted(displayId, parsed.data);
    });
    socket.on('display:self-reload', (report: unknown) => {
      const parsed = selfReloadSchema.safeParse(report);
      if (!parsed.success) return invalid('display:self-reload', parsed.error.issues[0]);
      deps.onSelfReload(displayId, credentialId, address, parsed.data);
    });
    socket.on('display:thumbnail', (thumbnail: unknown) => {
      const parsed = thumbnailSchema.safeParse(thumbnail);
      if (!parsed.success) return invalid('display:thumbnail', parsed.error.issues[0]);
      const at = deps.clock.now();
      room.displayThumbnail(displayId, parsed.data.jpeg);
      deps.onThumbnail(displayId, parsed.data.jpeg, at);
    });
    socket.on('disconnect', (reason) => {
      room.displayDisconnected(displayId);
      deps.logger.info('wall.disconnected', { displayId, reason });
    });
  });

  // A focus reaches the display and its live views.
  deps.mapFocus.onFocus((displayId, focus) => {
    for (const socket of walls.sockets.values()) if (socket.data.displayId === displayId) socket.emit('map:focus', focus);
  });

  // Live views follow what their display was switched to (they take no part in the switch itself).
  room.onChange(() => {
    for (const socket of walls.sockets.values()) {
      if (!socket.data.preview) continue;
      const assignment = room.assignmentFor(socket.data.displayId);
      if (!assignment || assignment.layout.version === socket.data.shownVersion) continue;
      socket.data.shownVersion = assignment.layout.version;
      socket.emit('display:assignment', assignment);
      deps.fanout.retarget(socket as unknown as Socket, displayChannels(assignment.display));
    }
  });

  return {
    socketsOf: (displayId) => [...walls.sockets.values()].filter((socket) => socket.data.displayId === displayId && !socket.data.preview) as unknown as Socket[],
  };
}

/** The positions a reconnecting display sends; anything malformed means "send snapshots". */
function parseResume(value: unknown): DataResume | undefined {
  const parsed = dataResumeSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
