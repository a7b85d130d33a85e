import { io, type Socket } from 'socket.io-client';
import { z } from 'zod';
import { commandAnswerSchema, type CommandAnswer } from '../../../src/protocol/control/commands.js';
import {
  PRESENTER_NAMESPACE,
  iceServerSchema,
  presenterStatusSchema,
  rtcPayloadSchema,
  viewStateSchema,
  type HubToPresenterEvents,
  type PresenterToHubEvents,
  type RtcPayload,
} from '../../../src/protocol/presenter/index.js';
import { roomViewEventSchema, type RoomViewEvent } from '../../../src/protocol/wall/session.js';
import type { ViewEvent, ViewState } from '../../../src/protocol/presenter/view.js';
import { RECONNECTION } from '../../live/connection.js';
import { usePresenter } from './presenter-store.js';

export type PresenterSocket = Socket<HubToPresenterEvents, PresenterToHubEvents>;

const wallShape = z.object({
  columns: z.number().int().min(1).max(64),
  rows: z.number().int().min(1).max(64),
  displays: z.array(z.object({ id: z.string(), name: z.string(), column: z.number().int(), row: z.number().int() })).max(256),
  layoutId: z.string().nullable(),
});
const signalFrom = z.object({ from: z.union([z.object({ kind: z.literal('peer') }), z.object({ kind: z.literal('display'), displayId: z.string() })]), payload: rtcPayloadSchema });
const rtcConfig = z.object({ iceServers: z.array(iceServerSchema), offerer: z.boolean() });

export interface PresenterLinkHandlers {
  view(view: ViewState): void;
  event(event: RoomViewEvent, arrivedAt: number): void;
  signal(from: { kind: 'peer' } | { kind: 'display'; displayId: string }, payload: RtcPayload): void;
  want(displayId: string): void;
}

/**
 * The presenter page's link to its hub: status, wall shape and the shared view in (each parsed at arrival),
 * commands, view events and signalling out. A refused credential signs the page out with the reason.
 */
export class PresenterConnection {
  readonly socket: PresenterSocket;
  private sequence = 0;

  constructor(credential: string, handlers: PresenterLinkHandlers) {
    const store = usePresenter;
    this.socket = io(PRESENTER_NAMESPACE, { ...RECONNECTION, transports: [...RECONNECTION.transports], auth: { credential } }) as PresenterSocket;
    const socket = this.socket;
    const take = <T>(schema: z.ZodType<T>, use: (value: T) => void) => (raw: unknown) => {
      const parsed = schema.safeParse(raw);
      if (parsed.success) use(parsed.data);
      else console.warn('opswall presenter: ignored a malformed message from the hub', parsed.error.issues[0]);
    };
    socket.on('connect', () => store.setState({ connection: 'connected' }));
    socket.on('disconnect', () => store.setState({ connection: 'lost' }));
    socket.on('connect_error', (error: Error & { data?: { code?: string; message?: string } }) => {
      if (error.data?.code && error.data.code !== 'auth.rate-limited') {
        socket.close();
        store.getState().signOut(error.data.message ?? error.data.code);
      } else store.setState({ connection: 'lost' });
    });
    socket.on('presenter:status', take(presenterStatusSchema, (status) => store.setState({ status })) as never);
    socket.on('presenter:wall', take(wallShape, (wall) => store.setState({ wall })) as never);
    socket.on('rtc:config', take(rtcConfig, (rtc) => store.setState({ rtc })) as never);
    socket.on('view:state', take(viewStateSchema, handlers.view) as never);
    socket.on('view:event', ((raw: unknown) => {
      const arrivedAt = performance.timeOrigin + performance.now();
      const parsed = roomViewEventSchema.safeParse(raw);
      if (parsed.success) handlers.event(parsed.data, arrivedAt);
    }) as never);
    socket.on('rtc:signal', take(signalFrom, ({ from, payload }) => handlers.signal(from, payload)) as never);
    socket.on('rtc:want', take(z.object({ displayId: z.string() }), ({ displayId }) => handlers.want(displayId)) as never);
    store.setState({ send: (name, payload) => this.command(name, payload) });
  }

  async command(name: string, payload: unknown): Promise<CommandAnswer> {
    const requestId = `${Date.now().toString(36)}-${(this.sequence++).toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    try {
      const answer: unknown = await this.socket.timeout(15_000).emitWithAck('command', { requestId, name, payload });
      const parsed = commandAnswerSchema.safeParse(answer);
      const result: CommandAnswer = parsed.success ? parsed.data : { ok: false, code: 'failed', reason: 'the hub answered something this page does not understand' };
      usePresenter.setState({ problem: result.ok ? null : result.reason });
      return result;
    } catch {
      const reason = this.socket.connected ? 'the hub did not answer in time' : 'not connected to the hub';
      usePresenter.setState({ problem: reason });
      return { ok: false, code: 'failed', reason };
    }
  }

  view(event: ViewEvent): void {
    if (this.socket.connected) this.socket.emit('view:event', event);
  }

  signal(to: { kind: 'peer' } | { kind: 'display'; displayId: string }, payload: RtcPayload): void {
    this.socket.emit('rtc:signal', { to, payload });
  }

  close(): void {
    this.socket.close();
  }
}
