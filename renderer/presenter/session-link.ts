import { createContext, useContext } from 'react';
import type { Socket } from 'socket.io-client';
import type { HubToWallEvents, WallToHubEvents } from '../../src/protocol/wall/index.js';
import type { RtcPayload } from '../../src/protocol/presenter/rtc.js';
import { rtcPayloadSchema } from '../../src/protocol/presenter/rtc.js';
import { SharedView } from '../../src/protocol/presenter/shared-view.js';
import { roomViewEventSchema, sessionViewSchema, type RoomViewEvent, type SessionView } from '../../src/protocol/wall/session.js';

export type SessionChange = { kind: 'view'; view: SessionView } | { kind: 'event'; event: RoomViewEvent; arrivedAt: number };

type SessionSocket = Socket<HubToWallEvents, WallToHubEvents>;

/**
 * A display's side of the presenter session: the shared view as the hub sends it (parsed at arrival, so a
 * bad message is reported, never drawn) for the annotation layer, and the video panel's signalling to the
 * room's presenter page. Fast path: listeners are called directly, React never re-renders for a pointer.
 */
export class WallSessionLink {
  private view: SessionView | null = null;
  /** The view as it stands after the events since the last whole one (for layers mounted later). */
  private readonly mirror = new SharedView();
  private socket: SessionSocket | null = null;
  private readonly listeners = new Set<(change: SessionChange) => void>();
  private readonly signalListeners = new Set<(payload: RtcPayload) => void>();
  private wanted = false;

  constructor(
    private readonly onProblem: (message: string) => void = () => {},
    private readonly now: () => number = () => performance.timeOrigin + performance.now(),
  ) {}

  attach(socket: SessionSocket): () => void {
    this.socket = socket;
    const onView = (raw: unknown) => {
      const parsed = sessionViewSchema.safeParse(raw);
      if (!parsed.success) return this.onProblem(`the hub sent a malformed session:view (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`);
      this.view = parsed.data;
      this.mirror.adopt(parsed.data.view);
      this.emit({ kind: 'view', view: parsed.data });
    };
    const onEvent = (raw: unknown) => {
      const arrivedAt = this.now();
      const parsed = roomViewEventSchema.safeParse(raw);
      if (!parsed.success) return this.onProblem('the hub sent a malformed session:event (ignored)');
      if (parsed.data.event.type !== 'pointer') this.mirror.apply(parsed.data.room, parsed.data.event);
      this.emit({ kind: 'event', event: parsed.data, arrivedAt });
    };
    const onSignal = (raw: unknown) => {
      const parsed = rtcPayloadSchema.safeParse((raw as { payload?: unknown } | null)?.payload);
      if (!parsed.success) return this.onProblem('the hub sent a malformed rtc:signal (ignored)');
      for (const listener of this.signalListeners) listener(parsed.data);
    };
    // After a reconnect the desk is asked again (it may have lost the display's connection).
    const onConnect = () => {
      if (this.wanted) socket.emit('rtc:want', {});
    };
    socket.on('session:view', onView);
    socket.on('session:event', onEvent);
    socket.on('rtc:signal', onSignal);
    socket.on('connect', onConnect);
    return () => {
      socket.off('session:view', onView);
      socket.off('session:event', onEvent);
      socket.off('rtc:signal', onSignal);
      socket.off('connect', onConnect);
      if (this.socket === socket) this.socket = null;
    };
  }

  current(): SessionView | null {
    return this.view ? { ...this.view, view: this.mirror.state() } : null;
  }

  subscribe(listener: (change: SessionChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The video panel asks for the other room's picture. */
  want(): void {
    this.wanted = true;
    if (this.socket?.connected) this.socket.emit('rtc:want', {});
  }

  signal(payload: RtcPayload): void {
    this.socket?.emit('rtc:signal', { payload });
  }

  onSignal(listener: (payload: RtcPayload) => void): () => void {
    this.signalListeners.add(listener);
    return () => this.signalListeners.delete(listener);
  }

  private emit(change: SessionChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

export const SessionLinkContext = createContext<WallSessionLink | null>(null);

export function useSessionLink(): WallSessionLink | null {
  return useContext(SessionLinkContext);
}
