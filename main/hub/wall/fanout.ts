import { randomUUID } from 'node:crypto';
import type { Namespace, Socket } from 'socket.io';
import { CHANNEL_NAMES } from '../../../src/protocol/feed/channels.js';
import type { DataBatch, DataLink, DataResume, DataSnapshot, HeldObservation, HeldReport, UpstreamState } from '../../../src/protocol/wall/index.js';
import type { ApplyOutcome, FeedStore } from '../feed/feed-store.js';

const REPLAY_BATCHES = 512;
/** How often every display hears how current the data is (the freshness badges count on it). */
const LINK_BROADCAST_MS = 2_000;
/** Items per batch to a display: a display decodes a message in one task, so big bursts go out in slices. */
const MAX_BATCH_ITEMS = 1_000;
/** Packets queued for one display beyond which it is held back (socket.io would buffer without limit). */
const MAX_QUEUED_PACKETS = 256;

/** Whether a display has fallen behind: its socket has more queued than it can take. */
export type LagProbe = (socket: Socket) => boolean;

const queuedPackets: LagProbe = (socket) => ((socket.conn as unknown as { writeBuffer?: unknown[] }).writeBuffer?.length ?? 0) > MAX_QUEUED_PACKETS;

interface PendingChannel {
  observations: HeldObservation[];
  reports: HeldReport[];
  retracted: string[];
}

/**
 * Sends each display the data of the channels its panels use: a snapshot, then batched deltas with
 * a per-channel sequence. Changes that arrive in the same event-loop turn go out as one batch; a
 * display that reconnects gets only the batches it missed when the hub still has them.
 */
export class WallFanout {
  readonly epoch = randomUUID();
  private readonly seqs = new Map<string, number>();
  private readonly recent = new Map<string, DataBatch[]>();
  private readonly pending = new Map<string, PendingChannel>();
  private flushScheduled = false;
  private upstream: { state: UpstreamState; since: string };
  /** Displays held back because they fell behind, with the channels whose batches they missed. */
  private readonly heldBack = new Map<string, Set<string>>();

  constructor(
    private readonly walls: Namespace,
    private readonly store: FeedStore,
    upstreamState: UpstreamState,
    private readonly isLagging: LagProbe = queuedPackets,
    private readonly onLag: (socket: Socket, lagging: boolean) => void = () => {},
    /** How a report reaches the walls (its media pointing at the hub's copies); the store keeps it as received. */
    private readonly reportView: (report: HeldReport) => HeldReport = (report) => report,
  ) {
    this.upstream = { state: upstreamState, since: new Date().toISOString() };
  }

  private linkTimer: NodeJS.Timeout | null = null;

  start(): void {
    this.linkTimer ??= setInterval(() => this.broadcastLink(), LINK_BROADCAST_MS);
  }

  stop(): void {
    if (this.linkTimer) clearInterval(this.linkTimer);
    this.linkTimer = null;
  }

  /** DataListener: what the data path took in. */
  changed(channel: string, outcome: ApplyOutcome): void {
    this.publish(channel, outcome);
  }

  /** Joins a display to its channels and brings it up to date. */
  attach(socket: Socket, channels: readonly string[], resume: DataResume | undefined): void {
    this.join(socket, channels, resume);
    socket.emit('data:link', this.link());
  }

  /**
   * Moves a display to another set of channels (its layout changed): leaves those it no longer reads,
   * and joins the new ones with their snapshots. Channels it keeps carry on without a resend.
   */
  retarget(socket: Socket, channels: readonly string[]): void {
    const wanted = new Set(channels);
    const current = this.channelsOf(socket);
    this.detach(socket, current.filter((channel) => !wanted.has(channel)));
    this.join(
      socket,
      channels.filter((channel) => !current.includes(channel)),
      undefined,
    );
  }

  /** Joins a display to channels it does not read yet (a switch being prepared), with their snapshots. */
  addChannels(socket: Socket, channels: readonly string[]): void {
    const current = this.channelsOf(socket);
    this.join(
      socket,
      channels.filter((channel) => !current.includes(channel)),
      undefined,
    );
  }

  /** Stops sending a display these channels (and forgets what it missed of them while held back). */
  detach(socket: Socket, channels: readonly string[]): void {
    for (const channel of channels) {
      void socket.leave(room(channel));
      this.heldBack.get(socket.id)?.delete(channel);
    }
  }

  /** The channels a display is joined to. */
  channelsOf(socket: Socket): string[] {
    return [...socket.rooms].filter((name) => name.startsWith(ROOM_PREFIX)).map((name) => name.slice(ROOM_PREFIX.length));
  }

  /** A snapshot of every channel, for a display about to switch (prepared off-screen). */
  snapshots(channels: readonly string[]): DataSnapshot[] {
    return channels.map((channel) => this.snapshot(channel));
  }

  private snapshot(channel: string): DataSnapshot {
    const snapshot = this.store.snapshot(this.epoch, channel, this.seqs.get(channel) ?? 0);
    return { ...snapshot, reports: snapshot.reports.map(this.reportView) };
  }

  private join(socket: Socket, channels: readonly string[], resume: DataResume | undefined): void {
    for (const channel of channels) {
      void socket.join(room(channel));
      const missed = resume?.epoch === this.epoch ? this.batchesSince(channel, resume.seqs[channel]) : null;
      if (missed) for (const batch of missed) socket.emit('data:batch', batch);
      else socket.emit('data:snapshot', this.snapshot(channel));
    }
  }

  publish(channel: string, outcome: Pick<ApplyOutcome, 'observations' | 'reports' | 'retracted'>): void {
    let pending = this.pending.get(channel);
    if (!pending) this.pending.set(channel, (pending = { observations: [], reports: [], retracted: [] }));
    for (const observation of outcome.observations) pending.observations.push(observation);
    for (const report of outcome.reports) pending.reports.push(this.reportView(report));
    for (const id of outcome.retracted) pending.retracted.push(id);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
  }

  upstreamChanged(state: UpstreamState): void {
    this.upstream = { state, since: new Date().toISOString() };
    this.broadcastLink();
  }

  broadcastLink(): void {
    this.catchUp();
    this.walls.emit('data:link', this.link());
  }

  link(): DataLink {
    const channels: DataLink['channels'] = {};
    for (const channel of CHANNEL_NAMES) {
      const { confirmedAt, expectedIntervalS } = this.store.position(channel);
      channels[channel] = { confirmedAt, expectedIntervalS };
    }
    return { upstream: this.upstream, channels };
  }

  private flush(): void {
    this.flushScheduled = false;
    this.catchUp();
    // A display that cannot keep up is skipped rather than buffered for (the hub's memory is the room's),
    // and gets a fresh snapshot of what it missed once it has drained.
    for (const socket of this.walls.sockets.values()) {
      if (!this.heldBack.has(socket.id) && this.isLagging(socket)) {
        this.heldBack.set(socket.id, new Set());
        this.onLag(socket, true);
      }
    }
    const except = [...this.heldBack.keys()];
    for (const [channel, pending] of this.pending) {
      for (const slice of slices(pending)) this.send(channel, slice, except);
      for (const id of except) if (this.walls.sockets.get(id)?.rooms.has(room(channel))) this.heldBack.get(id)?.add(channel);
    }
    this.pending.clear();
  }

  private send(channel: string, content: PendingChannel, except: string[]): void {
    const seq = (this.seqs.get(channel) ?? 0) + 1;
    this.seqs.set(channel, seq);
    const batch: DataBatch = { epoch: this.epoch, channel, seq, ...content };
    let recent = this.recent.get(channel);
    if (!recent) this.recent.set(channel, (recent = []));
    recent.push(batch);
    if (recent.length > REPLAY_BATCHES) recent.shift();
    this.walls.to(room(channel)).except(except).emit('data:batch', batch);
  }

  /** Sends held-back displays that have drained a snapshot of every channel they missed. */
  private catchUp(): void {
    for (const [id, missed] of this.heldBack) {
      const socket = this.walls.sockets.get(id);
      if (!socket) {
        this.heldBack.delete(id);
        continue;
      }
      if (this.isLagging(socket)) continue;
      this.heldBack.delete(id);
      for (const channel of missed) socket.emit('data:snapshot', this.snapshot(channel));
      this.onLag(socket, false);
    }
  }

  /** The batches after `seq`, or null when the hub no longer has all of them (send a snapshot). */
  private batchesSince(channel: string, seq: number | undefined): DataBatch[] | null {
    if (seq === undefined) return null;
    const current = this.seqs.get(channel) ?? 0;
    if (seq === current) return [];
    const recent = this.recent.get(channel) ?? [];
    const first = recent[0];
    if (seq > current || !first || first.seq > seq + 1) return null;
    return recent.filter((batch) => batch.seq > seq);
  }
}

function slices(pending: PendingChannel): PendingChannel[] {
  if (pending.observations.length <= MAX_BATCH_ITEMS) return [pending];
  const out: PendingChannel[] = [];
  for (let i = 0; i < pending.observations.length; i += MAX_BATCH_ITEMS) {
    const last = i + MAX_BATCH_ITEMS >= pending.observations.length;
    out.push({ observations: pending.observations.slice(i, i + MAX_BATCH_ITEMS), reports: last ? pending.reports : [], retracted: last ? pending.retracted : [] });
  }
  return out;
}

// A socket.io room per channel: the display sockets that read it. (Not the operations room.)
const ROOM_PREFIX = 'channel:';

function room(channel: string): string {
  return `${ROOM_PREFIX}${channel}`;
}
