import { io, type Socket } from 'socket.io-client';
import { CHANNEL_NAMES } from '../../../src/protocol/feed/channels.js';
import { checkFeedMessage, type CheckedMessage, type Rejection } from '../../../src/protocol/feed/check.js';
import { FEED_NAMESPACE, FEED_PROTOCOL_VERSION, heartbeatSchema, REJECTION_REASONS, subscribeAckSchema, type BackendToHubEvents, type HubToBackendEvents, type RejectionReason } from '../../../src/protocol/feed/messages.js';
import type { UpstreamLinkStatus } from '../../../src/protocol/control/index.js';
import type { UpstreamState } from '../../../src/protocol/wall/index.js';
import type { Logger } from '../../log.js';
import type { ApplyOutcome, FeedStore } from './feed-store.js';
import { RateMeter } from './rate-meter.js';

export type UpstreamStatus = UpstreamLinkStatus;

export interface UpstreamLinkOptions {
  url: string;
  credential: string;
  room: string;
  store: FeedStore;
  logger: Logger;
  /** Called with what actually changed (after dedupe and revision rules). */
  onData(channel: string, outcome: ApplyOutcome): void;
  onStateChange(state: UpstreamState): void;
  /** How long a sequence gap may stay open (a reordered batch may still arrive) before re-snapshotting. */
  gapGraceMs?: number;
  /** How long the backend may take to acknowledge a subscription before the link is retried. */
  ackTimeoutMs?: number;
  /** First delay before retrying after the backend misbehaved; it doubles up to 30 s. */
  retryBaseMs?: number;
  now?: () => number;
}

/**
 * The room's single connection to the national backend: subscribes to every channel, resumes from
 * the last sequence it holds, re-snapshots on a gap, validates everything at the boundary, and
 * reconnects with back-off for as long as it runs.
 */
export class UpstreamLink {
  private socket: Socket<BackendToHubEvents, HubToBackendEvents> | null = null;
  private state: UpstreamState = 'connecting';
  private since = new Date().toISOString();
  private lastMessageAt: string | null = null;
  private subscribed = new Set<string>();
  private readonly ahead = new Map<string, Set<number>>();
  private readonly gapTimers = new Map<string, NodeJS.Timeout>();
  private readonly messages: RateMeter;
  private readonly observations: RateMeter;
  private readonly counts = { rejections: Object.fromEntries(REJECTION_REASONS.map((r) => [r, 0])) as Record<RejectionReason, number>, duplicateItems: 0, staleRevisions: 0, duplicateBatches: 0, gaps: 0, resyncs: 0 };
  private readonly lastLogged = new Map<string, number>();
  private reconnectTimer: NodeJS.Timeout | null = null;
  /** Retries in a row after a misbehaving backend (a bad or missing acknowledgement); reset by a good one. */
  private retries = 0;
  private readonly now: () => number;

  constructor(private readonly options: UpstreamLinkOptions) {
    this.now = options.now ?? Date.now;
    this.messages = new RateMeter(10, this.now);
    this.observations = new RateMeter(10, this.now);
  }

  start(): void {
    const socket: Socket<BackendToHubEvents, HubToBackendEvents> = io(`${this.options.url}${FEED_NAMESPACE}`, {
      auth: { credential: this.options.credential, room: this.options.room, protocol: FEED_PROTOCOL_VERSION },
      transports: ['websocket'],
      reconnection: true,
      reconnectionDelay: 1_000,
      reconnectionDelayMax: 30_000,
      randomizationFactor: 0.5,
    });
    this.socket = socket;
    socket.on('connect', () => {
      this.setState('connected');
      this.subscribe();
    });
    socket.on('disconnect', (reason) => {
      this.options.logger.warn('upstream.disconnected', { reason });
      this.setState('down');
      // socket.io does not reconnect after the server closed the socket; the room must, or it stays dark.
      if (reason === 'io server disconnect') this.reconnectLater();
    });
    socket.on('connect_error', (error: Error & { data?: { code?: string } }) => {
      this.throttledLog('upstream.connect-failed', { reason: error.data?.code ?? error.message });
      if (this.state !== 'down') this.setState('down');
    });
    socket.on('feed:snapshot', this.guarded('feed:snapshot', (raw) => this.receive(raw, 'snapshot')));
    socket.on('feed:batch', this.guarded('feed:batch', (raw) => this.receive(raw, 'batch')));
    socket.on('feed:heartbeat', this.guarded('feed:heartbeat', (raw) => this.heartbeat(raw)));
  }

  /**
   * Whatever the backend sends, nothing throws out of a handler: a fault in handling one message is
   * logged and quarantined as malformed, and the link carries on with the next.
   */
  private guarded(event: string, handle: (raw: unknown) => void): (raw: unknown) => void {
    return (raw) => {
      try {
        handle(raw);
      } catch (error) {
        this.options.logger.error('upstream.handler-failed', { event, error });
        this.reject({ reason: 'malformed', detail: `${event}: could not be handled (${(error as Error)?.message ?? String(error)})`, item: raw }, channelOf(raw), new Date(this.now()).toISOString());
      }
    };
  }

  stop(): void {
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    for (const timer of this.gapTimers.values()) clearTimeout(timer);
    this.gapTimers.clear();
    this.socket?.close();
    this.socket = null;
  }

  status(): UpstreamStatus {
    return {
      state: this.state,
      since: this.since,
      url: this.options.url,
      lastMessageAt: this.lastMessageAt,
      messagesPerS: this.messages.perSecond(),
      observationsPerS: this.observations.perSecond(),
      rejections: { ...this.counts.rejections },
      duplicateItems: this.counts.duplicateItems,
      staleRevisions: this.counts.staleRevisions,
      duplicateBatches: this.counts.duplicateBatches,
      gaps: this.counts.gaps,
      resyncs: this.counts.resyncs,
    };
  }

  private reconnectLater(delayMs = 1_000 + Math.random() * 1_000): void {
    if (this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.socket?.connect();
    }, delayMs);
  }

  /** Drops the connection to a misbehaving backend and tries again later, waiting longer each time. */
  private retryAfterFault(reason: string): void {
    const base = this.options.retryBaseMs ?? 1_000;
    const delay = Math.min(30_000, base * 2 ** this.retries) * (0.75 + Math.random() * 0.5);
    this.retries += 1;
    this.options.logger.warn('upstream.retry', { reason, inS: Math.round(delay / 100) / 10 });
    this.socket?.disconnect();
    this.setState('down');
    this.reconnectLater(delay);
  }

  private subscribe(): void {
    const socket = this.socket;
    if (!socket) return;
    this.subscribed = new Set(CHANNEL_NAMES);
    this.ahead.clear();
    const channels = CHANNEL_NAMES.map((channel) => ({ channel, fromSeq: this.options.store.position(channel).upstreamSeq }));
    socket.timeout(this.options.ackTimeoutMs ?? 15_000).emit(
      'feed:subscribe',
      { channels },
      // socket.io calls back with (timeout error) or (null, the backend's answer).
      (timedOut: Error | null, answer: unknown) => this.guarded('feed:subscribe acknowledgement', (raw) => this.acknowledged(socket, timedOut ?? raw))(answer),
    );
  }

  /** The backend's answer to a subscription (or the timeout's error), parsed before it is believed. */
  private acknowledged(socket: Socket<BackendToHubEvents, HubToBackendEvents>, answer: unknown): void {
    if (socket !== this.socket || !socket.connected) return;
    if (answer instanceof Error) return this.retryAfterFault('the backend did not acknowledge the subscription');
    const parsed = subscribeAckSchema.safeParse(answer);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      this.reject({ reason: 'malformed', detail: `subscribe acknowledgement: ${issue?.path.join('.') || '(root)'} ${issue?.message ?? ''}`.trim(), item: answer }, null, new Date(this.now()).toISOString());
      return this.retryAfterFault('malformed subscribe acknowledgement');
    }
    const ack = parsed.data;
    this.retries = 0;
    this.subscribed = new Set(ack.accepted.filter((channel) => CHANNEL_NAMES.includes(channel)));
    for (const refusal of ack.refused) this.options.logger.warn('upstream.channel-refused', refusal);
    this.options.logger.info('upstream.subscribed', { channels: this.subscribed.size, refused: ack.refused.length });
  }

  private receive(raw: unknown, kind: 'snapshot' | 'batch'): void {
    const now = this.now();
    const at = new Date(now).toISOString();
    this.lastMessageAt = at;
    this.messages.add();
    // A batch already applied is dropped whole, before its items are judged again.
    if (kind === 'batch' && this.isDuplicateBatch(raw)) {
      this.counts.duplicateBatches += 1;
      return;
    }
    const result = checkFeedMessage(raw, { subscribed: this.subscribed, now });
    if (!result.ok) {
      this.reject(result.rejection, channelOf(raw), at);
      return;
    }
    const message = result.message;
    for (const rejection of message.rejections) this.reject(rejection, message.channel, at);
    if (kind === 'snapshot') this.applySnapshot(message, at);
    else this.applyBatch(message, at);
  }

  private applySnapshot(message: CheckedMessage, at: string): void {
    this.clearGap(message.channel);
    this.ahead.delete(message.channel);
    this.apply(message, at);
    this.options.store.setPosition(message.channel, message.seq, at);
  }

  private applyBatch(message: CheckedMessage, at: string): void {
    const { channel, seq } = message;
    const position = this.options.store.position(channel).upstreamSeq;
    const ahead = this.ahead.get(channel) ?? new Set<number>();
    this.apply(message, at);
    if (position === null || seq === position + 1) {
      let next = seq;
      while (ahead.delete(next + 1)) next += 1;
      this.options.store.setPosition(channel, next, at);
      if (ahead.size === 0) this.clearGap(channel);
    } else {
      // Applied already (revisions make order harmless); the missing batches may still arrive.
      ahead.add(seq);
      this.ahead.set(channel, ahead);
      this.openGap(channel);
    }
  }

  private isDuplicateBatch(raw: unknown): boolean {
    const { channel, seq } = (raw ?? {}) as { channel?: unknown; seq?: unknown };
    // A sequence that is not a whole number ≥ 0 is no duplicate: the envelope check refuses it as malformed.
    if (typeof channel !== 'string' || typeof seq !== 'number' || !Number.isInteger(seq) || seq < 0 || !this.subscribed.has(channel)) return false;
    const position = this.options.store.position(channel).upstreamSeq;
    return (position !== null && seq <= position) || (this.ahead.get(channel)?.has(seq) ?? false);
  }

  private apply(message: CheckedMessage, at: string): void {
    const outcome = this.options.store.apply(message, at);
    this.observations.add(message.observations.length);
    this.counts.duplicateItems += outcome.duplicates;
    this.counts.staleRevisions += outcome.staleRevisions;
    if (outcome.observations.length + outcome.reports.length + outcome.retracted.length > 0) this.options.onData(message.channel, outcome);
  }

  private heartbeat(raw: unknown): void {
    const now = this.now();
    const at = new Date(now).toISOString();
    this.lastMessageAt = at;
    this.messages.add();
    const parsed = heartbeatSchema.safeParse(raw);
    if (!parsed.success) {
      this.reject({ reason: 'malformed', detail: `heartbeat: ${parsed.error.issues[0]?.message ?? ''}`, item: raw }, null, at);
      return;
    }
    for (const [channel, seq] of Object.entries(parsed.data.channels)) {
      if (!this.subscribed.has(channel)) continue;
      const position = this.options.store.position(channel).upstreamSeq;
      this.options.store.confirm(channel, at);
      if (position === null || seq > position) this.openGap(channel);
    }
  }

  private openGap(channel: string): void {
    if (this.gapTimers.has(channel)) return;
    this.counts.gaps += 1;
    this.gapTimers.set(
      channel,
      setTimeout(() => {
        this.gapTimers.delete(channel);
        this.counts.resyncs += 1;
        this.options.logger.warn('upstream.resync', { channel, reason: 'sequence gap' });
        this.socket?.emit('feed:resync', { channel });
      }, this.options.gapGraceMs ?? 1_000),
    );
  }

  private clearGap(channel: string): void {
    const timer = this.gapTimers.get(channel);
    if (timer) clearTimeout(timer);
    this.gapTimers.delete(channel);
  }

  private reject(rejection: Rejection, channel: string | null, at: string): void {
    this.counts.rejections[rejection.reason] += 1;
    this.options.store.quarantine(rejection, channel, at);
    this.throttledLog('upstream.rejected', { reason: rejection.reason, channel, detail: rejection.detail, total: this.counts.rejections[rejection.reason] });
  }

  /** One line per event and reason per 10 s: a flood of bad data must not flood the log. */
  private throttledLog(event: string, fields: Record<string, unknown>): void {
    const key = `${event}:${String(fields.reason)}`;
    const now = this.now();
    if (now - (this.lastLogged.get(key) ?? 0) < 10_000) return;
    this.lastLogged.set(key, now);
    this.options.logger.warn(event, fields);
  }

  private setState(state: UpstreamState): void {
    if (state === this.state) return;
    this.state = state;
    this.since = new Date(this.now()).toISOString();
    this.options.logger.info('upstream.state', { state });
    this.options.onStateChange(state);
  }
}

function channelOf(raw: unknown): string | null {
  const channel = (raw as { channel?: unknown } | null)?.channel;
  return typeof channel === 'string' ? channel.slice(0, 64) : null;
}
