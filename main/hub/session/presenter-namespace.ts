import type { Server, Socket } from 'socket.io';
import { MAX_PRESENTER_MESSAGE_BYTES, PRESENTER_NAMESPACE, mediaQualitySchema, presenterSignalSchema, viewEventSchema, type IceServer, type PresenterStatus } from '../../../src/protocol/presenter/index.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { InvalidEvents } from '../auth/invalid-events.js';
import { authenticate, refusal, type SocketAuthDeps } from '../auth/socket-auth.js';
import type { CommandRouter } from '../control/router.js';
import type { SignIns } from '../control/sign-ins.js';
import type { RoomLinks } from '../link/room-links.js';
import type { RoomState } from '../room/room-state.js';
import type { MediaDesk } from './media-desk.js';
import type { PresenterSessions } from './presenter-sessions.js';
import { presenterWall } from './viewports.js';

export interface PresenterNamespaceDeps extends SocketAuthDeps {
  self: { id: string; name: string };
  invalidEvents: InvalidEvents;
  signIns: SignIns;
  router: CommandRouter;
  audit: AuditLog;
  sessions: PresenterSessions;
  links: RoomLinks;
  desk: MediaDesk;
  room: RoomState;
  agendas: readonly { id: string; name: string; steps: readonly unknown[] }[];
  iceServers: IceServer[];
}

const STATUS_COALESCE_MS = 100;

/**
 * `/presenter`: the presenter's page (desk or tablet) signs in with a credential that may run sessions,
 * sends its session commands through the same router as the console (checked and audited alike), and its
 * pointer, strokes and focus as view events; it gets the session, the links and the shared view live.
 */
export function attachPresenterNamespace(io: Server, deps: PresenterNamespaceDeps): { status(): PresenterStatus; close(): void } {
  const pages = io.of(PRESENTER_NAMESPACE);
  pages.use((socket, next) => {
    authenticate(socket, deps, 'session.run')
      .then((principal) => {
        if (deps.signIns.isBarred(principal.credentialId)) return next(refusal('auth.barred'));
        const agent = socket.handshake.headers['user-agent'];
        socket.data = { signIn: deps.signIns.begin(principal, socket.handshake.address, typeof agent === 'string' ? agent : null) };
        next();
      })
      .catch((error: Error) => next(error));
  });

  const status = (): PresenterStatus => ({
    room: deps.self,
    session: deps.sessions.status(),
    links: deps.links.status(),
    agendas: deps.agendas.map((agenda) => ({ id: agenda.id, name: agenda.name, steps: agenda.steps.length })),
  });
  let pending: NodeJS.Timeout | null = null;
  const pushStatus = () => {
    pending ??= setTimeout(() => {
      pending = null;
      pages.emit('presenter:status', status());
    }, STATUS_COALESCE_MS);
  };
  const rtcConfig = () => ({ iceServers: deps.iceServers, offerer: deps.sessions.isChair() });
  const stops = [
    deps.sessions.subscribe({
      status: () => {
        pushStatus();
        pages.emit('rtc:config', rtcConfig());
      },
      event: (event) => void pages.emit('view:event', event),
      view: (view) => void pages.emit('view:state', view),
      peerSignal: (payload) => deps.desk.fromPeer(payload),
    }),
    deps.links.onChange(pushStatus),
  ];

  pages.on('connection', (socket: Socket) => {
    const { signIn } = socket.data as { signIn: ReturnType<SignIns['begin']> };
    const actor = { kind: 'person' as const, id: signIn.principal.credentialId, roles: signIn.principal.roles, signIn: signIn.id, address: signIn.address, userAgent: signIn.userAgent };
    deps.audit.record({ actor, action: 'presenter.sign-in', summary: { roles: actor.roles }, result: 'done' });
    socket.emit('presenter:status', status());
    socket.emit('presenter:wall', { ...presenterWall(deps.room.topology), layoutId: deps.room.status().walls[0]?.layout?.id ?? null });
    socket.emit('view:state', deps.sessions.viewState());
    socket.emit('rtc:config', rtcConfig());
    const invalid = (event: string, reason: string) => deps.invalidEvents.refuse(socket, event, reason, { credentialId: actor.id });
    const tooBig = (value: unknown) => {
      try {
        return JSON.stringify(value ?? null).length > MAX_PRESENTER_MESSAGE_BYTES;
      } catch {
        return true;
      }
    };

    socket.on('command', (raw: unknown, answer: unknown) => {
      const reply = typeof answer === 'function' ? (answer as (value: unknown) => void) : () => {};
      deps.signIns.expireIfIdle(signIn.id);
      if (!deps.signIns.isOpen(signIn.id)) return reply({ ok: false, code: 'expired', reason: 'this sign-in has ended; sign in again' });
      deps.signIns.touch(signIn.id);
      deps.router.handle(raw, { actor }).then(reply, () => reply({ ok: false, code: 'failed', reason: 'the hub could not handle the command' }));
    });
    socket.on('view:event', (raw: unknown) => {
      if (tooBig(raw)) return invalid('view:event', `larger than ${MAX_PRESENTER_MESSAGE_BYTES} bytes`);
      const parsed = viewEventSchema.safeParse(raw);
      if (!parsed.success) return invalid('view:event', `${parsed.error.issues[0]?.path.join('.') || 'event'}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      const result = deps.sessions.viewEvent(parsed.data);
      // Not an attack, just a page out of step (the floor moved): said once per reason, not disconnected.
      if (!result.ok) socket.emit('presenter:status', status());
      else if (parsed.data.type !== 'pointer') deps.signIns.touch(signIn.id);
    });
    socket.on('rtc:signal', (raw: unknown) => {
      if (tooBig(raw)) return invalid('rtc:signal', `larger than ${MAX_PRESENTER_MESSAGE_BYTES} bytes`);
      const parsed = presenterSignalSchema.safeParse(raw);
      if (!parsed.success) return invalid('rtc:signal', `${parsed.error.issues[0]?.path.join('.') || 'signal'}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      if (!deps.desk.isDesk(socket)) return;
      if (parsed.data.to.kind === 'peer') deps.sessions.signalToPeer(parsed.data.payload);
      else deps.desk.toDisplay(parsed.data.to.displayId, parsed.data.payload);
    });
    socket.on('media:quality', (raw: unknown) => {
      const parsed = mediaQualitySchema.safeParse(raw);
      if (!parsed.success) return invalid('media:quality', `${parsed.error.issues[0]?.path.join('.') || 'quality'}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      if (parsed.data.state !== 'off' && deps.desk.claim(socket)) deps.sessions.mediaQuality(parsed.data);
    });
    socket.on('disconnect', () => {
      const wasDesk = deps.desk.isDesk(socket);
      deps.desk.left(socket);
      if (wasDesk) deps.sessions.mediaQuality({ state: 'off', problem: 'the presenter page with the camera closed', video: null, audio: null });
      deps.signIns.end(signIn.id);
    });
  });

  return {
    status,
    close() {
      for (const stop of stops) stop();
      if (pending) clearTimeout(pending);
    },
  };
}
