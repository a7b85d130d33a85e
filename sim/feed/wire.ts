import type { Namespace, Socket } from 'socket.io';
import { CHANNELS, FEED_LIMITS } from '../../src/protocol/feed/index.js';
import { hits, type Faults } from '../faults.js';
import { isoInstant } from '../time.js';
import { brokenItems } from './broken.js';
import { itemCount, type FeedMessage } from './message.js';
import { add, type SimStats } from './stats.js';

interface Extra {
  broken: number;
  oversized: boolean;
}

export const roomOf = (channel: string): string => `feed:${channel}`;

/**
 * Everything the sim sends goes through here: the fault switches are applied and every message and
 * item is counted (per recipient socket) in the stats.
 */
export class Wire {
  private faults: Faults = {};
  private readonly counters = new Map<string, number>();
  private readonly held = new Map<string, { message: FeedMessage; extra: Extra }>();

  constructor(
    private readonly nsp: Namespace,
    private readonly stats: SimStats,
    private readonly now: () => number,
  ) {}

  setFaults(faults: Faults): void {
    this.faults = { ...faults };
    this.counters.clear();
    if (!faults.reorder) for (const [channel, held] of [...this.held]) this.release(channel, held.message, held.extra);
  }

  get stalled(): boolean {
    return this.faults.stall === true;
  }

  /** A new live batch of a channel, to its subscribers, through the fault switches. */
  live(batch: FeedMessage): void {
    const { channel } = batch;
    if (this.stalled) {
      this.stats.faults.stalled += 1;
      return;
    }
    const n = (this.counters.get(channel) ?? 0) + 1;
    this.counters.set(channel, n);
    const f = this.faults;
    if (hits(f.gap, n)) {
      this.stats.faults.gaps += 1;
      return;
    }
    const spec = CHANNELS.get(channel);
    let message = batch;
    const extra: Extra = { broken: 0, oversized: false };
    if (spec && hits(f.malformed, n)) {
      const broken = brokenItems(spec, batch.observations, f.malformedItems ?? 3, this.now(), n);
      extra.broken = broken.length;
      message = { ...message, observations: [...message.observations, ...broken] };
      this.stats.faults.malformed += 1;
    }
    if (spec && hits(f.oversized, n)) {
      const source = message.observations.length > 0 ? message.observations : brokenItems(spec, [], 1, this.now(), 6);
      message = { ...message, observations: Array.from({ length: FEED_LIMITS.maxItemsPerMessage + 1 }, (_, i) => source[i % source.length]) };
      extra.oversized = true;
      this.stats.faults.oversized += 1;
    }
    message = this.skew(message);
    const pending = this.held.get(channel);
    if (hits(f.reorder, n) && !pending) {
      this.held.set(channel, { message, extra });
      return;
    }
    this.emitToRoom(channel, message, extra);
    if (hits(f.duplicate, n)) {
      const recipients = this.emitRaw(channel, message);
      this.stats.faults.duplicates += 1;
      add(this.stats.sent.duplicateItems, channel, itemCount(message) * recipients);
    }
    if (pending) {
      this.held.delete(channel);
      this.emitToRoom(channel, pending.message, pending.extra);
      this.stats.faults.reorders += 1;
    }
    if (hits(f.unauthorised, n)) {
      const others = this.nsp.sockets.size - this.recipients(channel);
      if (others > 0) {
        this.nsp.except(roomOf(channel)).emit('feed:batch', message);
        this.stats.faults.unauthorised += others;
        add(this.stats.sent.unauthorisedItems, channel, itemCount(message) * others);
      }
    }
  }

  /** A snapshot to one socket (on subscribe, on resync, or when a resume is too old). */
  snapshot(socket: Socket, message: FeedMessage): void {
    if (this.blocked()) return;
    const sent = this.skew(message);
    socket.emit('feed:snapshot', sent);
    add(this.stats.sent.snapshots, message.channel, 1);
    this.countGood(message.channel, itemCount(sent), 1);
  }

  /** Missed batches, in order, to one resuming socket. */
  replay(socket: Socket, batches: readonly FeedMessage[]): void {
    for (const batch of batches) {
      if (this.blocked()) return;
      const sent = this.skew(batch);
      socket.emit('feed:batch', sent);
      add(this.stats.sent.replayed, batch.channel, 1);
      this.countGood(batch.channel, itemCount(sent), 1);
    }
  }

  heartbeat(socket: Socket, channels: Record<string, number>): void {
    if (this.blocked()) return;
    socket.emit('feed:heartbeat', { sentAt: this.instant(this.now()), channels });
    this.stats.sent.heartbeats += 1;
  }

  /** Whether the stall fault swallows this message (counted). */
  blocked(): boolean {
    if (!this.stalled) return false;
    this.stats.faults.stalled += 1;
    return true;
  }

  private release(channel: string, message: FeedMessage, extra: Extra): void {
    this.held.delete(channel);
    if (!this.stalled) this.emitToRoom(channel, message, extra);
  }

  private emitToRoom(channel: string, message: FeedMessage, extra: Extra): void {
    const recipients = this.emitRaw(channel, message);
    add(this.stats.sent.batches, channel, recipients);
    if (extra.oversized) {
      add(this.stats.sent.oversizedItems, channel, itemCount(message) * recipients);
      return;
    }
    add(this.stats.sent.malformedItems, channel, extra.broken * recipients);
    this.countGood(channel, itemCount(message) - extra.broken, recipients);
  }

  private emitRaw(channel: string, message: FeedMessage): number {
    const recipients = this.recipients(channel);
    if (recipients > 0) this.nsp.to(roomOf(channel)).emit('feed:batch', message);
    return recipients;
  }

  private recipients(channel: string): number {
    return this.nsp.adapter.rooms.get(roomOf(channel))?.size ?? 0;
  }

  private countGood(channel: string, items: number, recipients: number): void {
    const future = (this.faults.skewS ?? 0) * 1000 > FEED_LIMITS.maxClockSkewMs;
    add(future ? this.stats.sent.futureItems : this.stats.sent.goodItems, channel, items * recipients);
  }

  private instant(t: number): string {
    return isoInstant(t + (this.faults.skewS ?? 0) * 1000);
  }

  /** Shifts every timestamp the sim sets (sentAt, reportedAt) by the clock-skew fault. */
  private skew(message: FeedMessage): FeedMessage {
    const skewMs = (this.faults.skewS ?? 0) * 1000;
    if (skewMs === 0) return message;
    this.stats.faults.skewed += 1;
    const shift = (item: unknown) => {
      const record = item as Record<string, unknown>;
      const at = typeof record.reportedAt === 'string' ? Date.parse(record.reportedAt) : NaN;
      return Number.isNaN(at) ? item : { ...record, reportedAt: isoInstant(at + skewMs) };
    };
    return { ...message, sentAt: isoInstant(Date.parse(message.sentAt) + skewMs), observations: message.observations.map(shift), reports: message.reports.map(shift) };
  }
}
