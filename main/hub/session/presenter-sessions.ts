import { randomUUID } from 'node:crypto';
import type { LinkMessage } from '../../../src/protocol/link/index.js';
import type { RoomViewEvent } from '../../../src/protocol/wall/session.js';
import type { Agenda } from '../../../src/protocol/presenter/agenda.js';
import type { MediaQuality, RtcPayload } from '../../../src/protocol/presenter/rtc.js';
import type { SessionStatus } from '../../../src/protocol/presenter/session.js';
import type { ViewEvent, ViewState } from '../../../src/protocol/presenter/view.js';
import type { Logger } from '../../log.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { AuditActor } from '../audit/record.js';
import { CommandError } from '../control/command-error.js';
import type { RoomLinks } from '../link/room-links.js';
import type { HubClock } from '../room/clock.js';
import type { MapFocusBoard } from '../room/map-focus.js';
import type { RoomControl } from '../room/room-control.js';
import type { RoomState } from '../room/room-state.js';
import { SharedView } from '../../../src/protocol/presenter/shared-view.js';
import { restoreSwitches } from './wall-restore.js';

export interface PresenterSessionsOptions {
  self: { id: string; name: string };
  links: RoomLinks;
  control: RoomControl;
  room: RoomState;
  mapFocus: MapFocusBoard;
  audit: AuditLog;
  clock: HubClock;
  logger: Logger;
  sessionLayout: string | undefined;
  agendas: readonly Agenda[];
  graceMs: number;
  inviteMs: number;
}

interface Session {
  id: string;
  kind: 'linked' | 'local';
  state: 'inviting' | 'invited' | 'active' | 'suspended';
  chair: string;
  remote: { id: string; name: string } | null;
  floor: string;
  startedAt: number;
  startedBy: { credentialId: string; room: string };
  deadline: number | null;
  timer: unknown;
  agenda: { agenda: Agenda | null; name: string; step: number; steps: { title: string; layoutId: string | null; area: string | null }[]; notes: string } | null;
  media: { local: MediaQuality | null; remote: MediaQuality | null };
  /** What each display showed before the session switched the walls. */
  before: Map<string, string> | null;
}

export interface SessionListener {
  status?(): void;
  /** A view event to pass to the walls and presenter pages (already applied). */
  event?(event: RoomViewEvent): void;
  /** The whole view changed (start, end, a resume): walls and pages take it whole. */
  view?(view: ViewState, active: boolean): void;
  /** Signalling from the other room's presenter page. */
  peerSignal?(payload: RtcPayload): void;
}

const actorOfRoom = (room: string, credentialId: string): AuditActor => ({ kind: 'room', id: credentialId, roles: [], originRoom: room });

/**
 * The room's presenter session (DESIGN §5) and its local briefings: invite → accept / decline / time out →
 * active → floor hand-over → end from either side; one at a time; a dropped link suspends it for the grace
 * period and a returning link resumes it with its view. Messages from the other room act only inside the
 * session they name — on its shared view and the focus of the session board's maps — never elsewhere.
 * Every step is audited here with who and from which room (the commands that start them by the router).
 */
export class PresenterSessions {
  private session: Session | null = null;
  private ended: { at: number; reason: string } | null = null;
  private readonly view = new SharedView();
  private readonly listeners = new Set<SessionListener>();
  private readonly stop: (() => void)[] = [];

  constructor(private readonly options: PresenterSessionsOptions) {
    this.stop.push(
      options.links.onMessage((room, message) => this.fromLink(room, message)),
      options.links.onState((room, up) => this.linkChanged(room, up)),
      // A switch has committed: the session board's maps take the session's focus.
      options.room.onChange(() => this.reconcileFocus()),
    );
  }

  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    for (const stop of this.stop) stop();
    if (this.session) this.options.clock.clearTimeout(this.session.timer);
  }

  // ── Commands from this room (the console and the presenter's page; permission checked by the router) ──

  invite(roomId: string, area: string | null, actor: AuditActor & { id: string }): { sessionId: string } {
    this.mustBeIdle();
    const known = this.options.links.known(roomId);
    if (!known) throw new CommandError('not-found', `room "${roomId}" is not in this room's directory (links.rooms)`);
    if (!this.options.links.isUp(roomId)) throw new CommandError('conflict', `there is no link to ${known.name} now; the console shows why`);
    const session = this.begin('linked', 'inviting', this.options.self.id, { id: known.id, name: known.name }, actor.id);
    this.view.reset(area);
    this.options.links.send(roomId, { type: 'session.invite', sessionId: session.id, area, by: { credentialId: actor.id }, title: null });
    this.deadline(session, this.options.inviteMs, () => {
      this.options.links.send(roomId, { type: 'session.end', sessionId: session.id, by: { credentialId: 'hub' }, reason: 'the invitation was not answered in time' });
      this.finish(`${known.name} did not answer the invitation in time`, { kind: 'system', id: null, roles: [] });
    });
    return { sessionId: session.id };
  }

  accept(sessionId: string, actor: AuditActor & { id: string }): void {
    const session = this.expect(sessionId, 'invited');
    if (!this.options.links.send(session.remote!.id, { type: 'session.accept', sessionId, by: { credentialId: actor.id } })) throw new CommandError('conflict', `the link to ${session.remote!.name} is down; the invitation cannot be answered now`);
    this.activate(session, actor);
  }

  decline(sessionId: string, reason: string, actor: AuditActor & { id: string }): void {
    const session = this.expect(sessionId, 'invited');
    this.options.links.send(session.remote!.id, { type: 'session.decline', sessionId, by: { credentialId: actor.id }, reason });
    this.finish(`declined here: ${reason}`, actor, false);
  }

  end(reason: string, actor: AuditActor & { id: string }): void {
    const session = this.session;
    if (!session) throw new CommandError('conflict', 'there is no session or briefing to end');
    if (session.remote) this.options.links.send(session.remote.id, { type: 'session.end', sessionId: session.id, by: { credentialId: actor.id }, reason });
    this.finish(`ended by ${actor.id} in ${this.options.self.name}: ${reason}`, actor);
  }

  /** Hands the floor to a room of the session; the room holding it, or the chair, may. */
  handFloor(to: string, actor: AuditActor & { id: string }): void {
    const session = this.session;
    if (!session || session.kind !== 'linked' || (session.state !== 'active' && session.state !== 'suspended')) throw new CommandError('conflict', 'the floor is handed over in a linked session that is under way');
    if (to !== this.options.self.id && to !== session.remote!.id) throw new CommandError('invalid', `"${to}" is not in this session (${this.options.self.id}, ${session.remote!.id})`);
    if (session.floor !== this.options.self.id && session.chair !== this.options.self.id) throw new CommandError('forbidden', `${session.remote!.name} has the floor; it hands it back`);
    const previous = session.floor;
    session.floor = to;
    this.options.links.send(session.remote!.id, { type: 'session.floor', sessionId: session.id, by: { credentialId: actor.id }, holder: to });
    this.floorMoved(previous, to);
    this.changed();
  }

  /** A briefing in this room alone: the presenter's tools on the wall, an agenda if one is named. */
  startBriefing(agendaId: string | null, area: string | null, actor: AuditActor & { id: string }): { sessionId: string } {
    this.mustBeIdle();
    const agenda = agendaId === null ? null : this.options.agendas.find((candidate) => candidate.id === agendaId);
    if (agenda === undefined) throw new CommandError('not-found', `no agenda "${agendaId}" in the room config (presenter.agendas)`);
    const session = this.begin('local', 'active', this.options.self.id, null, actor.id);
    this.view.reset(area);
    if (agenda) session.agenda = { agenda, name: agenda.name, step: 0, steps: agenda.steps.map((step) => ({ title: step.title, layoutId: step.layoutId, area: step.area })), notes: agenda.steps[0]!.notes };
    this.activate(session, actor);
    return { sessionId: session.id };
  }

  /** Moves the agenda on (or back, or to a step); the other room follows the step's focus. */
  step(move: 'next' | 'previous' | number, actor: AuditActor & { id: string }): { step: number } {
    const session = this.session;
    if (!session || session.state !== 'active') throw new CommandError('conflict', 'there is no session or briefing under way');
    if (!session.agenda?.agenda) throw new CommandError('conflict', 'this session has no agenda of this room to step through');
    if (session.kind === 'linked' && session.floor !== this.options.self.id) throw new CommandError('forbidden', `${session.remote!.name} has the floor`);
    const { agenda } = session.agenda;
    const to = move === 'next' ? session.agenda.step + 1 : move === 'previous' ? session.agenda.step - 1 : move;
    if (to < 0 || to >= agenda.steps.length) throw new CommandError('conflict', `the agenda has steps 1–${agenda.steps.length}`);
    const step = agenda.steps[to]!;
    session.agenda.step = to;
    session.agenda.notes = step.notes;
    this.options.control.show({ kind: 'room' }, step.layoutId, actor, `agenda ${agenda.name}, step ${to + 1}: ${step.title}`);
    this.applyLocal({ type: 'focus', area: step.area, sentAt: this.options.clock.now() });
    if (session.remote) this.options.links.send(session.remote.id, { type: 'agenda.step', sessionId: session.id, name: agenda.name, step: to, steps: agenda.steps.map((s) => s.title), area: step.area });
    this.changed();
    return { step: to };
  }

  /** A view event from this room's presenter page. */
  viewEvent(event: ViewEvent): { ok: true } | { ok: false; reason: string } {
    const session = this.session;
    if (!session || (session.state !== 'active' && session.state !== 'suspended')) return { ok: false, reason: 'there is no session or briefing under way' };
    if (session.floor !== this.options.self.id) return { ok: false, reason: `${session.remote?.name ?? 'the other room'} has the floor` };
    this.applyLocal(event);
    return { ok: true };
  }

  /** Signalling from this room's presenter page to the other room's. */
  signalToPeer(payload: RtcPayload): boolean {
    const session = this.session;
    if (!session?.remote || session.state !== 'active') return false;
    return this.options.links.send(session.remote.id, { type: 'rtc', sessionId: session.id, payload });
  }

  mediaQuality(quality: MediaQuality): void {
    const session = this.session;
    if (!session) return;
    const was = session.media.local?.state;
    session.media.local = quality;
    if (session.remote && session.state === 'active') this.options.links.send(session.remote.id, { type: 'media', sessionId: session.id, quality });
    if (was !== quality.state) this.options.audit.record({ actor: { kind: 'system', id: null, roles: [] }, action: 'session.media', summary: { sessionId: session.id, state: quality.state }, result: quality.state === 'failed' ? 'failed' : 'done', reason: quality.problem });
    this.changed();
  }

  // ── What the pages and consoles read ──

  /** Whether this room is the offerer of the rooms' peer connection (the chair is). */
  isChair(): boolean {
    return this.session?.chair === this.options.self.id;
  }

  isLive(): boolean {
    return this.session?.state === 'active' || this.session?.state === 'suspended';
  }

  viewState(): ViewState {
    return this.view.state();
  }

  status(): SessionStatus {
    const session = this.session;
    const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
    return {
      state: session?.state ?? 'idle',
      id: session?.id ?? null,
      kind: session?.kind ?? null,
      chair: session?.chair ?? null,
      remote: session?.remote ?? null,
      floor: session?.floor ?? null,
      area: session ? this.view.focus() : null,
      startedAt: iso(session?.startedAt ?? null),
      startedBy: session?.startedBy ?? null,
      deadline: iso(session?.deadline ?? null),
      agenda: session?.agenda ? { id: session.agenda.agenda?.id ?? null, name: session.agenda.name, step: session.agenda.step, steps: session.agenda.steps, notes: session.agenda.notes } : null,
      media: session?.media ?? { local: null, remote: null },
      ended: this.ended ? { at: new Date(this.ended.at).toISOString(), reason: this.ended.reason } : null,
    };
  }

  // ── The other room ──

  private fromLink(room: string, message: LinkMessage): void {
    const session = this.session;
    const remoteActor = actorOfRoom(room, 'by' in message ? message.by.credentialId : room);
    if (message.type === 'session.invite') {
      if (session) {
        this.options.links.send(room, { type: 'session.decline', sessionId: message.sessionId, by: { credentialId: 'hub' }, reason: `${this.options.self.name} is in another session` });
        this.options.audit.record({ actor: remoteActor, action: 'session.invited', summary: { sessionId: message.sessionId, from: room }, result: 'refused', reason: 'busy: another session is under way' });
        return;
      }
      const known = this.options.links.known(room)!;
      const invited = this.begin('linked', 'invited', room, { id: room, name: known.name }, message.by.credentialId, room);
      invited.id = message.sessionId;
      this.view.reset(message.area);
      this.options.audit.record({ actor: remoteActor, action: 'session.invited', summary: { sessionId: message.sessionId, from: room, area: message.area }, result: 'done' });
      this.deadline(invited, this.options.inviteMs, () => this.finish('the invitation was not answered in time', { kind: 'system', id: null, roles: [] }));
      return this.changed();
    }
    // Everything else acts only on the session this room shares with the sender.
    if (!session || session.remote?.id !== room || session.id !== message.sessionId) {
      this.options.logger.warn('session.message-ignored', { room, type: message.type, reason: 'no such session with this room' });
      if (message.type === 'session.resume') this.options.links.send(room, { type: 'session.end', sessionId: message.sessionId, by: { credentialId: 'hub' }, reason: `${this.options.self.name} holds no such session (its hub restarted?)` });
      return;
    }
    switch (message.type) {
      case 'session.accept':
        if (session.state !== 'inviting') return;
        this.options.audit.record({ actor: remoteActor, action: 'session.accepted', summary: { sessionId: session.id, by: room }, result: 'done' });
        return this.activate(session, remoteActor);
      case 'session.decline':
        this.options.audit.record({ actor: remoteActor, action: 'session.declined', summary: { sessionId: session.id, by: room }, result: 'done', reason: message.reason });
        return this.finish(`${session.remote.name} declined: ${message.reason}`, remoteActor, false);
      case 'session.end':
        return this.finish(`ended by ${session.remote.name}: ${message.reason}`, remoteActor);
      case 'session.floor':
        if (session.floor !== room && session.chair !== room) return this.refusedFromRemote(remoteActor, message.type, 'it does not hold the floor');
        if (message.holder !== room && message.holder !== this.options.self.id) return this.refusedFromRemote(remoteActor, message.type, 'not a room of this session');
        this.floorMoved(session.floor, message.holder);
        session.floor = message.holder;
        this.options.audit.record({ actor: remoteActor, action: 'session.floor', summary: { sessionId: session.id, holder: message.holder }, result: 'done' });
        return this.changed();
      case 'session.resume':
        return this.resumed(session, room, message);
      case 'view':
        if (session.state !== 'active') return;
        if (session.floor !== room) return this.refusedFromRemote(remoteActor, 'view', 'it does not hold the floor');
        return this.apply(room, message.event);
      case 'agenda.step':
        if (session.floor !== room) return this.refusedFromRemote(remoteActor, message.type, 'it does not hold the floor');
        session.agenda = { agenda: null, name: message.name, step: message.step, steps: message.steps.map((title) => ({ title, layoutId: null, area: null })), notes: '' };
        this.apply(room, { type: 'focus', area: message.area, sentAt: this.options.clock.now() });
        return this.changed();
      case 'rtc':
        if (session.state === 'active') for (const listener of this.listeners) listener.peerSignal?.(message.payload);
        return;
      case 'media':
        session.media.remote = message.quality;
        return this.changed();
    }
  }

  /** The room that lost the floor no longer points: its pointer leaves the walls. */
  private floorMoved(from: string, to: string): void {
    if (from === to) return;
    for (const listener of this.listeners) listener.event?.({ room: from, event: { type: 'pointer', at: null, colour: 'yellow', sentAt: this.options.clock.now() } });
  }

  private refusedFromRemote(actor: AuditActor, action: string, reason: string): void {
    this.options.audit.record({ actor, action: `remote.${action}`, summary: { sessionId: this.session?.id }, result: 'refused', reason });
  }

  private linkChanged(room: string, up: boolean): void {
    const session = this.session;
    if (!session || session.remote?.id !== room) return;
    const system: AuditActor = { kind: 'system', id: null, roles: [] };
    if (!up && session.state === 'active') {
      session.state = 'suspended';
      this.options.audit.record({ actor: system, action: 'session.suspended', summary: { sessionId: session.id, room }, result: 'done', reason: `the link to ${session.remote.name} dropped` });
      this.deadline(session, this.options.graceMs, () => this.finish(`the link to ${session.remote!.name} did not come back within ${Math.round(this.options.graceMs / 1000)} s`, system));
      return this.changed();
    }
    if (!up && (session.state === 'inviting' || session.state === 'invited')) return this.finish(`the link to ${session.remote.name} dropped before the invitation was answered`, system, false);
    if (up && session.state === 'suspended') {
      // Each side tells the other what it holds; the chair's floor and the floor holder's view win.
      this.options.links.send(room, { type: 'session.resume', sessionId: session.id, floor: session.floor, view: this.view.state(), focusSeq: 0 });
    }
  }

  private resumed(session: Session, room: string, message: Extract<LinkMessage, { type: 'session.resume' }>): void {
    if (session.chair === room && (message.floor === room || message.floor === this.options.self.id)) session.floor = message.floor;
    if (session.floor === room) {
      this.view.adopt(message.view);
      this.reconcileFocus();
      for (const listener of this.listeners) listener.view?.(this.view.state(), true);
    }
    if (session.state === 'suspended') {
      // The other side may not have seen the drop yet (its link came back first): it resumes on this answer.
      this.options.links.send(room, { type: 'session.resume', sessionId: session.id, floor: session.floor, view: this.view.state(), focusSeq: 0 });
      this.options.clock.clearTimeout(session.timer);
      session.state = 'active';
      session.deadline = null;
      this.options.audit.record({ actor: actorOfRoom(room, room), action: 'session.resumed', summary: { sessionId: session.id, floor: session.floor, strokes: this.view.state().strokes.length, area: this.view.focus() }, result: 'done' });
    }
    this.changed();
  }

  // ── Inside ──

  private begin(kind: Session['kind'], state: Session['state'], chair: string, remote: Session['remote'], credentialId: string, startedIn = this.options.self.id): Session {
    this.ended = null;
    this.session = { id: randomUUID(), kind, state, chair, remote, floor: chair, startedAt: this.options.clock.now(), startedBy: { credentialId, room: startedIn }, deadline: null, timer: null, agenda: null, media: { local: null, remote: null }, before: null };
    this.changed();
    return this.session;
  }

  private activate(session: Session, actor: AuditActor): void {
    this.options.clock.clearTimeout(session.timer);
    session.state = 'active';
    session.deadline = null;
    session.before = new Map(this.options.room.displayIds().flatMap((displayId) => {
      const shown = this.options.room.shownOn(displayId);
      return shown ? [[displayId, shown.loaded.layout.id] as const] : [];
    }));
    const board = session.agenda?.agenda?.steps[0]?.layoutId ?? this.options.sessionLayout;
    const what = session.kind === 'local' ? 'briefing' : `presenter session with ${session.remote!.name}`;
    if (board) {
      try {
        this.options.control.show({ kind: 'room' }, board, actor, what);
      } catch (error) {
        this.options.logger.warn('session.board-refused', { board, reason: (error as Error).message });
      }
    }
    if (session.agenda?.agenda) this.view.apply(this.options.self.id, { type: 'focus', area: session.agenda.agenda.steps[0]!.area, sentAt: this.options.clock.now() });
    this.options.audit.record({ actor, action: 'session.started', summary: { sessionId: session.id, kind: session.kind, with: session.remote?.id ?? null, board: board ?? null, area: this.view.focus() }, result: 'done' });
    this.reconcileFocus();
    for (const listener of this.listeners) listener.view?.(this.view.state(), true);
    this.changed();
  }

  private finish(reason: string, actor: AuditActor, restore = true): void {
    const session = this.session;
    if (!session) return;
    this.options.clock.clearTimeout(session.timer);
    this.session = null;
    this.ended = { at: this.options.clock.now(), reason };
    const wasLive = session.before !== null;
    if (restore && wasLive) this.restoreWalls(session, actor);
    this.options.audit.record({ actor, action: 'session.ended', summary: { sessionId: session.id, kind: session.kind, with: session.remote?.id ?? null }, result: 'done', reason });
    this.view.reset();
    for (const listener of this.listeners) listener.view?.(this.view.state(), false);
    this.changed();
  }

  private restoreWalls(session: Session, actor: AuditActor): void {
    const { room, control, mapFocus } = this.options;
    const maps = room.displayIds().filter((displayId) => mapFocus.of(displayId));
    if (maps.length > 0) mapFocus.set(maps, null);
    for (const { target, layoutId } of restoreSwitches(session.before!, room.topology)) {
      try {
        control.show(target, layoutId, actor, 'the session ended: back to what was shown before');
      } catch (error) {
        this.options.logger.warn('session.restore-refused', { layoutId, reason: (error as Error).message });
      }
    }
  }

  private applyLocal(event: ViewEvent): void {
    this.apply(this.options.self.id, event);
    const session = this.session;
    if (session?.remote && session.state === 'active') this.options.links.send(session.remote.id, { type: 'view', sessionId: session.id, event });
  }

  private apply(room: string, event: ViewEvent): void {
    this.view.apply(room, event);
    for (const listener of this.listeners) listener.event?.({ room, event });
    if (event.type === 'focus') {
      this.reconcileFocus();
      this.changed();
    }
  }

  /** The maps of the board the session shows take its focus (after each switch commits, too). */
  private reconcileFocus(): void {
    const session = this.session;
    if (!session || (session.state !== 'active' && session.state !== 'suspended')) return;
    const { room, mapFocus } = this.options;
    const area = this.view.focus();
    const wanted = room.displayIds().filter((displayId) => {
      const assignment = room.assignmentFor(displayId);
      return assignment?.display.panels.some((panel) => panel.kind === 'map') && (mapFocus.of(displayId)?.area ?? null) !== area;
    });
    if (wanted.length > 0) mapFocus.set(wanted, area);
  }

  private deadline(session: Session, ms: number, then: () => void): void {
    this.options.clock.clearTimeout(session.timer);
    session.deadline = this.options.clock.now() + ms;
    session.timer = this.options.clock.setTimeout(() => {
      if (this.session === session) then();
    }, ms);
  }

  private mustBeIdle(): void {
    const session = this.session;
    if (!session) return;
    const what = session.kind === 'local' ? 'a briefing' : `a session with ${session.remote!.name} (${session.state})`;
    throw new CommandError('conflict', `${what} is under way; end it first`);
  }

  private expect(sessionId: string, state: Session['state']): Session {
    const session = this.session;
    if (!session || session.id !== sessionId) throw new CommandError('not-found', `no session ${sessionId}`);
    if (session.state !== state) throw new CommandError('conflict', `the session is ${session.state}, not ${state}`);
    return session;
  }

  private changed(): void {
    for (const listener of this.listeners) listener.status?.();
  }
}
