import type { Namespace, Server, Socket } from 'socket.io';
import { CONTROL_NAMESPACE, type ControlToHubEvents, type HubToControlEvents, type RoomStatus, type UpstreamLinkStatus } from '../../../src/protocol/control/index.js';
import type { RoomLinkStatus, SessionStatus } from '../../../src/protocol/presenter/session.js';
import type { AuditLog } from '../audit/audit-log.js';
import { authenticate, presentedId, refusal, type SocketAuthDeps } from '../auth/socket-auth.js';
import type { AlertCenter } from '../alerts/alert-center.js';
import type { LayoutLibraryWatcher } from '../room/library.js';
import type { PlaylistRunner } from '../room/playlists.js';
import type { MapFocusBoard } from '../room/map-focus.js';
import type { RoomState } from '../room/room-state.js';
import type { RoomStore } from '../room/room-store.js';
import type { SwitchCoordinator } from '../room/switch.js';
import { describeTarget } from '../room/topology.js';
import type { CommandRouter } from './router.js';
import type { SignIn, SignIns } from './sign-ins.js';

const STATUS_COALESCE_MS = 200;
const STATUS_REFRESH_MS = 5_000;

interface ConsoleData {
  signIn: SignIn;
}

type ControlNamespace = Namespace<ControlToHubEvents, HubToControlEvents, Record<string, never>, ConsoleData>;

export interface ControlNamespaceDeps extends SocketAuthDeps {
  room: RoomState;
  library: LayoutLibraryWatcher;
  store: RoomStore;
  switches: SwitchCoordinator;
  playlists: PlaylistRunner;
  alerts: AlertCenter;
  signIns: SignIns;
  router: CommandRouter;
  audit: AuditLog;
  upstream: () => UpstreamLinkStatus;
  storeDamaged: { file: string; fallback: string } | null;
  mapFocus: MapFocusBoard;
  /** The presenter session and the room links, and a way to hear when either changes. */
  presenter: { session(): SessionStatus; links(): RoomLinkStatus[]; onChange(listener: () => void): () => void };
}

export interface ControlNamespaceHandle {
  namespace: ControlNamespace;
  /** Tells every console the playlists and schedules changed. */
  plansChanged(): void;
  /** A display's new picture, for the consoles. */
  thumbnail(displayId: string, jpeg: string, at: number): void;
  /** A sign-in ended by the hub: its console is told why, then disconnected. */
  endSignIn(signIn: SignIn, why: 'expired' | 'revoked' | 'barred'): void;
  close(): void;
}

/**
 * `/control`: consoles sign in, see the room live (status, library, plans, switch progress, pictures,
 * alert proposals) and send commands, each checked and audited by the CommandRouter.
 */
export function attachControlNamespace(io: Server, deps: ControlNamespaceDeps): ControlNamespaceHandle {
  const consoles = io.of(CONTROL_NAMESPACE) as unknown as ControlNamespace;
  const { room } = deps;
  consoles.use((socket, next) => {
    authenticate(socket as unknown as Socket, deps, 'room.view')
      .then((principal) => {
        if (deps.signIns.isBarred(principal.credentialId)) {
          const address = socket.handshake.address;
          deps.refusals.refused('auth.refused', address, { reason: 'auth.barred', credentialId: principal.credentialId, address, namespace: CONTROL_NAMESPACE });
          return next(refusal('auth.barred'));
        }
        socket.data = { signIn: deps.signIns.begin(principal, socket.handshake.address, userAgentOf(socket as unknown as Socket)) };
        next();
      })
      .catch((error: Error & { data?: { code?: string } }) => {
        // A refused console sign-in is on the record too (the throttle keeps a guesser from flooding it).
        const credential = (socket.handshake.auth as Record<string, unknown> | undefined)?.credential;
        deps.audit.record({
          actor: { kind: 'person', id: presentedId(credential) || null, roles: [], address: socket.handshake.address, userAgent: userAgentOf(socket as unknown as Socket) },
          action: 'console.sign-in',
          summary: {},
          result: 'refused',
          reason: error.data?.code ?? error.message,
        });
        next(error);
      });
  });

  const statusFor = (signIn: SignIn, shared = room.status()): RoomStatus => {
    const plans = deps.store.playlists();
    return {
      ...shared,
      displays: shared.displays.map((display) => ({ ...display, mapFocus: deps.mapFocus.of(display.id)?.area ?? null })),
      upstream: deps.upstream(),
      switching: deps.switches.progress(),
      playlists: deps.playlists.list().map((run) => {
        const playlist = plans.find((p) => p.id === run.playlistId);
        return { ...run, name: playlist?.name ?? run.playlistId, target: playlist ? describeTarget(playlist.target) : '' };
      }),
      alerts: deps.alerts.list(),
      storeDamaged: deps.storeDamaged,
      session: deps.presenter.session(),
      links: deps.presenter.links(),
      you: { credentialId: signIn.principal.credentialId, roles: signIn.principal.roles, signInId: signIn.id, idleTimeoutS: deps.signIns.idleTimeoutMs === null ? null : deps.signIns.idleTimeoutMs / 1000 },
    };
  };
  const pushStatus = () => {
    const shared = room.status();
    for (const socket of consoles.sockets.values()) socket.emit('room:status', statusFor(socket.data.signIn, shared));
  };
  // Many displays reporting at once would flood consoles: coalesce changes, and refresh uptime now and then.
  let pending: NodeJS.Timeout | null = null;
  const soon = () => {
    pending ??= setTimeout(() => {
      pending = null;
      pushStatus();
    }, STATUS_COALESCE_MS);
  };
  const unsubscribe = [
    room.onChange(soon),
    deps.playlists.onChange(soon),
    deps.mapFocus.onFocus(soon),
    deps.presenter.onChange(soon),
    deps.switches.onProgress((progress) => {
      consoles.emit('room:switch', progress);
      soon();
    }),
    deps.alerts.onProposal((alert) => {
      consoles.emit('alert:proposed', alert);
      soon();
    }),
    deps.library.onReload(() => consoles.emit('room:library', deps.library.describe())),
  ];
  const refresh = setInterval(pushStatus, STATUS_REFRESH_MS);

  consoles.on('connection', (socket) => {
    const { signIn } = socket.data;
    const actor = { kind: 'person' as const, id: signIn.principal.credentialId, roles: signIn.principal.roles, signIn: signIn.id, address: signIn.address, userAgent: signIn.userAgent };
    deps.logger.info('console.connected', { credentialId: actor.id, address: actor.address, signIn: signIn.id });
    deps.audit.record({ actor, action: 'console.sign-in', summary: { roles: actor.roles }, result: 'done' });
    socket.emit('room:status', statusFor(signIn));
    socket.emit('room:library', deps.library.describe());
    socket.emit('room:plans', { playlists: deps.store.playlists(), schedules: deps.store.schedules() });
    for (const displayId of room.displayIds()) {
      const picture = room.thumbnail(displayId);
      if (picture) socket.emit('room:thumbnail', { displayId, jpeg: picture.jpeg, at: picture.at });
    }

    socket.on('command', (raw: unknown, answer: unknown) => {
      const reply = typeof answer === 'function' ? (answer as (value: unknown) => void) : () => {};
      // An idle sign-in ends at its next command too, not only at the next sweep.
      deps.signIns.expireIfIdle(signIn.id);
      if (!deps.signIns.isOpen(signIn.id)) {
        deps.audit.record({ actor, action: typeof (raw as { name?: unknown } | null)?.name === 'string' ? String((raw as { name: string }).name).slice(0, 64) : '(none)', summary: {}, result: 'refused', reason: 'expired: the sign-in has ended' });
        return reply({ ok: false, code: 'expired', reason: 'this sign-in has ended; sign in again' });
      }
      deps.signIns.touch(signIn.id);
      deps.router.handle(raw, { actor: { ...actor, id: signIn.principal.credentialId, signIn: signIn.id } }).then(reply, (error: unknown) => {
        deps.logger.error('command.router-failed', { error });
        reply({ ok: false, code: 'failed', reason: 'the hub could not handle the command' });
      });
    });
    socket.on('disconnect', () => {
      deps.signIns.end(signIn.id);
      deps.logger.info('console.disconnected', { credentialId: actor.id, signIn: signIn.id });
    });
  });

  return {
    namespace: consoles,
    plansChanged() {
      consoles.emit('room:plans', { playlists: deps.store.playlists(), schedules: deps.store.schedules() });
      soon();
    },
    thumbnail(displayId, jpeg, at) {
      consoles.emit('room:thumbnail', { displayId, jpeg, at });
    },
    endSignIn(signIn, why) {
      const messages = { expired: 'signed out after a while without activity', revoked: 'an administrator ended this sign-in', barred: 'this credential has been barred by an administrator' };
      deps.audit.record({ actor: { kind: 'system', id: null, roles: [] }, action: `console.sign-in-${why}`, summary: { signIn: signIn.id, credentialId: signIn.principal.credentialId, address: signIn.address }, result: 'done' });
      for (const socket of consoles.sockets.values()) {
        if (socket.data.signIn.id !== signIn.id) continue;
        socket.emit('signin:ended', { reason: why, message: messages[why] });
        setTimeout(() => socket.disconnect(true), 50);
      }
    },
    close() {
      for (const stop of unsubscribe) stop();
      clearInterval(refresh);
      if (pending) clearTimeout(pending);
    },
  };
}

function userAgentOf(socket: Socket): string | null {
  const agent = socket.handshake.headers['user-agent'];
  return typeof agent === 'string' ? agent : null;
}
