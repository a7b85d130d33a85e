import { readFileSync } from 'node:fs';
import type { Server, Socket as ServerSocket } from 'socket.io';
import { io as dial, type Socket as ClientSocket } from 'socket.io-client';
import { LINK_NAMESPACE, LINK_PROTOCOL_VERSION, linkAuthSchema, linkMessageSchema, MAX_LINK_MESSAGE_BYTES, type LinkMessage } from '../../../src/protocol/link/index.js';
import type { RoomLinkStatus } from '../../../src/protocol/presenter/session.js';
import type { SecretSource } from '../../config/schema.js';
import { verifySecret } from '../../config/secret-hash.js';
import type { Logger } from '../../log.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { SignInThrottle } from '../auth/rate-limit.js';
import type { RefusalLog } from '../auth/refusal-log.js';
import { refusal } from '../auth/socket-auth.js';
import { LinkQuality } from './link-quality.js';

export interface LinkedRoom {
  id: string;
  name: string;
  url?: string | undefined;
  credential?: SecretSource | undefined;
  secretHash?: string | undefined;
  /** A CA certificate file (PEM) to trust for this room's https hub. */
  ca?: string | undefined;
}

export interface RoomLinksOptions {
  io: Server;
  self: { id: string; name: string };
  rooms: readonly LinkedRoom[];
  throttle: SignInThrottle;
  refusals: RefusalLog;
  logger: Logger;
  audit: AuditLog;
  readSecret: (source: SecretSource) => string;
  /** Back-off between dial attempts: from the first, doubling to the most, jittered by up to half. */
  backoff?: { firstMs: number; mostMs: number };
  pingEveryMs?: number;
  now?: () => number;
}

/** A link's inbound messages that may be invalid within a minute before it is closed. */
const INVALID_LIMIT = 20;
const PING_TIMEOUT_MS = 2_000;

interface Channel {
  emit(event: 'link:message', message: LinkMessage): void;
  ping(n: number): Promise<unknown>;
  connected(): boolean;
}

interface Peer {
  room: LinkedRoom;
  out: ClientSocket | null;
  in: ServerSocket | null;
  up: boolean;
  everUp: boolean;
  since: number;
  reconnects: number;
  quality: LinkQuality;
  problem: string | null;
  invalid: number[];
  attempt: number;
  retry: NodeJS.Timeout | null;
}

type MessageListener = (roomId: string, message: LinkMessage) => void;
type StateListener = (roomId: string, up: boolean) => void;

/**
 * The hub's links to other rooms (DESIGN §5): it dials the rooms whose url it knows (with back-off, and again
 * after every drop) and admits the rooms that dial it on `/link` when their secret matches the hashed one in
 * the directory. Every message that arrives is size-limited and parsed before anyone sees it; a link that
 * keeps sending invalid ones is closed. Pings every two seconds give each link's round trip and loss.
 */
export class RoomLinks {
  private readonly peers = new Map<string, Peer>();
  private readonly messageListeners = new Set<MessageListener>();
  private readonly stateListeners = new Set<StateListener>();
  private readonly changeListeners = new Set<() => void>();
  private readonly now: () => number;
  private readonly backoff: { firstMs: number; mostMs: number };
  private pingTimer: NodeJS.Timeout | null = null;
  private pings = 0;
  private closed = false;

  constructor(private readonly options: RoomLinksOptions) {
    this.now = options.now ?? Date.now;
    this.backoff = options.backoff ?? { firstMs: 1_000, mostMs: 30_000 };
    for (const room of options.rooms) {
      this.peers.set(room.id, { room, out: null, in: null, up: false, everUp: false, since: this.now(), reconnects: 0, quality: new LinkQuality(), problem: null, invalid: [], attempt: 0, retry: null });
    }
  }

  start(): void {
    this.admit();
    for (const peer of this.peers.values()) if (peer.room.url) this.dial(peer);
    this.pingTimer = setInterval(() => this.pingAll(), this.options.pingEveryMs ?? 2_000);
  }

  onMessage(listener: MessageListener): () => void {
    this.messageListeners.add(listener);
    return () => this.messageListeners.delete(listener);
  }

  onState(listener: StateListener): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /** Anything a console shows changed (state, quality). */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  known(roomId: string): LinkedRoom | undefined {
    return this.peers.get(roomId)?.room;
  }

  isUp(roomId: string): boolean {
    return this.peers.get(roomId)?.up ?? false;
  }

  /** Sends to a room over whichever of its links is up; false when none is. */
  send(roomId: string, message: LinkMessage): boolean {
    const channel = this.channelOf(this.peers.get(roomId));
    if (!channel) return false;
    channel.emit('link:message', message);
    return true;
  }

  status(): RoomLinkStatus[] {
    return [...this.peers.values()].map((peer) => ({
      room: { id: peer.room.id, name: peer.room.name },
      direction: peer.out?.connected ? 'out' : peer.in?.connected ? 'in' : peer.room.url ? 'out' : 'in',
      state: peer.up ? 'up' : peer.room.url ? 'connecting' : 'down',
      since: new Date(peer.since).toISOString(),
      rttMs: peer.up ? peer.quality.rttMs() : null,
      lossPct: peer.quality.lossPct(),
      reconnects: peer.reconnects,
      problem: peer.up ? null : peer.problem,
    }));
  }

  close(): void {
    this.closed = true;
    if (this.pingTimer) clearInterval(this.pingTimer);
    for (const peer of this.peers.values()) {
      if (peer.retry) clearTimeout(peer.retry);
      peer.out?.close();
      peer.in?.disconnect(true);
    }
  }

  /** Rooms that dial this hub: admitted by room id and secret, throttled like every sign-in. */
  private admit(): void {
    const namespace = this.options.io.of(LINK_NAMESPACE);
    namespace.use((socket, next) => {
      const address = socket.handshake.address;
      const parsed = linkAuthSchema.safeParse(socket.handshake.auth);
      const presented = parsed.success ? parsed.data.room : typeof (socket.handshake.auth as { room?: unknown })?.room === 'string' ? String((socket.handshake.auth as { room: string }).room).slice(0, 64) : '';
      const key = `link:${presented}`;
      const refuse = (code: 'auth.missing' | 'auth.invalid' | 'auth.rate-limited', why: string) => {
        this.options.refusals.refused('link.refused', address, { reason: code, credentialId: presented || undefined, address, why });
        this.options.audit.record({ actor: { kind: 'room', id: presented || null, roles: [], originRoom: presented || null, address }, action: 'link.admit', summary: { room: presented }, result: 'refused', reason: `${code}: ${why}` });
        next(refusal(code, why));
      };
      if (this.options.throttle.lockedBy(address, key)) return refuse('auth.rate-limited', 'too many failed attempts');
      if (!parsed.success) {
        this.options.throttle.failed(address, key);
        return refuse('auth.missing', `the link hello is malformed: ${parsed.error.issues[0]?.path.join('.') || 'auth'}: ${parsed.error.issues[0]?.message ?? ''}`);
      }
      const peer = this.peers.get(parsed.data.room);
      const [id, ...rest] = parsed.data.credential.split(':');
      const secret = rest.join(':');
      if (!peer?.room.secretHash || id !== parsed.data.room || secret.length === 0) {
        this.options.throttle.failed(address, key);
        return refuse('auth.invalid', peer ? 'the credential does not match this room' : `room "${parsed.data.room}" is not in this room's directory`);
      }
      verifySecret(secret, peer.room.secretHash).then(
        (ok) => {
          if (!ok) {
            this.options.throttle.failed(address, key);
            return refuse('auth.invalid', 'the credential does not match this room');
          }
          (socket.data as { room?: string }).room = peer.room.id;
          next();
        },
        () => refuse('auth.invalid', 'the credential could not be checked'),
      );
    });
    namespace.on('connection', (socket) => {
      const peer = this.peers.get((socket.data as { room: string }).room);
      if (!peer || this.closed) return void socket.disconnect(true);
      // The newest link from a room replaces an older one (a hub that restarted before its old link timed out).
      const older = peer.in;
      peer.in = socket;
      older?.disconnect(true);
      this.wire(peer, socket as unknown as ClientSocket, () => peer.in === socket);
      socket.on('disconnect', () => {
        if (peer.in === socket) peer.in = null;
        this.judge(peer);
      });
      this.options.logger.info('link.admitted', { room: peer.room.id, address: socket.handshake.address });
      this.judge(peer);
    });
  }

  private dial(peer: Peer): void {
    const { room } = peer;
    let credential: string;
    let ca: string | undefined;
    try {
      credential = this.options.readSecret(room.credential!);
      ca = room.ca ? readFileSync(room.ca, 'utf8') : undefined;
    } catch (error) {
      peer.problem = `this room's credential or CA for ${room.name} cannot be read: ${(error as Error).message}`;
      return this.retryLater(peer);
    }
    const socket = dial(`${room.url!.replace(/\/$/, '')}${LINK_NAMESPACE}`, {
      auth: { room: this.options.self.id, credential, version: LINK_PROTOCOL_VERSION, name: this.options.self.name },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      timeout: 10_000,
      ...(ca ? { ca } : {}),
    });
    peer.out = socket;
    this.wire(peer, socket, () => peer.out === socket);
    socket.on('connect', () => {
      peer.attempt = 0;
      peer.problem = null;
      this.options.logger.info('link.connected', { room: room.id, url: room.url });
      this.judge(peer);
    });
    socket.on('connect_error', (error: Error & { data?: { code?: string; message?: string } }) => {
      // A TLS or network failure says its cause (an untrusted certificate, a refused connection).
      const cause = (error as { description?: { message?: string } }).description?.message;
      peer.problem = error.data?.message ?? `cannot reach ${room.url}: ${cause ?? error.message}`;
      this.options.logger.warn('link.refused', { room: room.id, url: room.url, reason: error.data?.code ?? error.message });
      this.drop(peer, socket);
    });
    socket.on('disconnect', (reason) => {
      if (reason === 'io client disconnect') return;
      peer.problem = `the link dropped (${reason})`;
      this.drop(peer, socket);
    });
  }

  private drop(peer: Peer, socket: ClientSocket): void {
    if (peer.out !== socket) return;
    socket.removeAllListeners();
    socket.close();
    peer.out = null;
    this.judge(peer);
    this.retryLater(peer);
  }

  private retryLater(peer: Peer): void {
    if (this.closed || peer.retry) return;
    const ceiling = Math.min(this.backoff.mostMs, this.backoff.firstMs * 2 ** peer.attempt);
    peer.attempt += 1;
    const delay = ceiling / 2 + Math.random() * (ceiling / 2);
    peer.retry = setTimeout(() => {
      peer.retry = null;
      if (!this.closed) this.dial(peer);
    }, delay);
    this.changed();
  }

  /** Both directions speak the same events: pings answered, messages checked then passed on. */
  private wire(peer: Peer, socket: ClientSocket, current: () => boolean): void {
    socket.on('link:ping', (ping: unknown, answer: unknown) => {
      if (typeof answer === 'function') (answer as (pong: unknown) => void)({ n: typeof (ping as { n?: unknown })?.n === 'number' ? (ping as { n: number }).n : 0 });
    });
    socket.on('link:message', (raw: unknown) => {
      if (!current()) return;
      let size: number;
      try {
        size = JSON.stringify(raw ?? null).length;
      } catch {
        size = Number.POSITIVE_INFINITY;
      }
      const parsed = size > MAX_LINK_MESSAGE_BYTES ? null : linkMessageSchema.safeParse(raw);
      if (!parsed?.success) {
        const reason = parsed ? `${parsed.error.issues[0]?.path.join('.') || 'message'}: ${parsed.error.issues[0]?.message ?? 'malformed'}` : `${size} bytes; at most ${MAX_LINK_MESSAGE_BYTES}`;
        return this.invalid(peer, socket, reason);
      }
      for (const listener of this.messageListeners) {
        try {
          listener(peer.room.id, parsed.data);
        } catch (error) {
          this.options.logger.error('link.message-failed', { room: peer.room.id, type: parsed.data.type, error });
        }
      }
    });
  }

  private invalid(peer: Peer, socket: ClientSocket, reason: string): void {
    this.options.refusals.refused('link.message-refused', `${peer.room.id}:${reason.slice(0, 40)}`, { reason, credentialId: peer.room.id, address: peer.room.url ?? 'inbound' });
    const now = this.now();
    peer.invalid = peer.invalid.filter((t) => now - t < 60_000);
    peer.invalid.push(now);
    if (peer.invalid.length > INVALID_LIMIT) {
      this.options.logger.warn('link.flood-closed', { room: peer.room.id, reason: `more than ${INVALID_LIMIT} invalid messages in a minute` });
      peer.invalid = [];
      socket.disconnect();
    }
  }

  /** Recomputes whether a room is linked; tells listeners on a change. */
  private judge(peer: Peer): void {
    const up = Boolean(peer.out?.connected || peer.in?.connected);
    if (up === peer.up) return this.changed();
    peer.up = up;
    peer.since = this.now();
    if (up) {
      if (peer.everUp) peer.reconnects += 1;
      peer.everUp = true;
      peer.quality.reset();
    }
    const system = { kind: 'room' as const, id: peer.room.id, roles: [], originRoom: peer.room.id };
    this.options.audit.record({ actor: system, action: up ? 'link.up' : 'link.down', summary: { room: peer.room.id, reconnects: peer.reconnects }, result: 'done', reason: up ? null : peer.problem });
    if (up) this.options.logger.info('link.up', { room: peer.room.id, reconnects: peer.reconnects });
    else this.options.logger.warn('link.down', { room: peer.room.id, reason: peer.problem });
    for (const listener of this.stateListeners) listener(peer.room.id, up);
    this.changed();
  }

  private channelOf(peer: Peer | undefined): Channel | null {
    const socket = peer?.out?.connected ? peer.out : peer?.in?.connected ? peer.in : null;
    if (!socket) return null;
    return {
      emit: (event, message) => void socket.emit(event, message),
      ping: (n) => (socket as ClientSocket).timeout(PING_TIMEOUT_MS).emitWithAck('link:ping', { n }),
      connected: () => socket.connected,
    };
  }

  private pingAll(): void {
    for (const peer of this.peers.values()) {
      const channel = this.channelOf(peer);
      if (!channel) continue;
      const sent = this.now();
      const n = (this.pings += 1);
      // Consoles are told only when what they show moves (the RTT to the ms, the loss), not every ping.
      const shown = () => `${Math.round(peer.quality.rttMs() ?? -1)}/${peer.quality.lossPct()}`;
      const before = shown();
      const settled = () => {
        if (shown() !== before) this.changed();
      };
      channel.ping(n).then(
        () => (peer.quality.answered(this.now() - sent), settled()),
        () => (peer.quality.lost(), settled()),
      );
    }
  }

  private changed(): void {
    for (const listener of this.changeListeners) listener();
  }
}
