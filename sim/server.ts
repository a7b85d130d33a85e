import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';
import { CONNECT_REFUSALS, type ConnectRefusalCode } from '../src/protocol/errors.js';
import { FEED_NAMESPACE, FEED_PROTOCOL_VERSION, subscribeRequestSchema, type SubscribeAck } from '../src/protocol/feed/index.js';
import { every, ManualClock, realClock, type Clock } from './clock.js';
import { FeedEngine } from './engine.js';
import { DEFAULT_SIM_URL } from './generators/context.js';
import { pictureFor, PICTURE_NAME } from './media/picture.js';
import type { Faults } from './faults.js';
import { emptyStats, type SimStats } from './feed/stats.js';
import { roomOf, Wire } from './feed/wire.js';
import { LoadGenerator } from './load.js';

export interface SimOptions {
  host?: string;
  /** Default 7401; 0 picks a free port. */
  port?: number;
  seed?: number;
  /** Load multiplier: above 1, about this many extra observations a second (benchmarks). */
  rate?: number;
  /** "id:secret" that the hub must present in its handshake `auth.credential`. */
  credential: string;
  faults?: Faults;
  /** The real clock by default; a ManualClock makes `advance` available. */
  clock?: Clock;
  heartbeatMs?: number;
  /** How often batches are cut (default 1000 ms). */
  batchMs?: number;
  /** How often the load generator sends (default 10 ms). */
  loadBatchMs?: number;
  replay?: { batches?: number; items?: number };
}

export interface RunningSim {
  url: string;
  port: number;
  seed: number;
  /** The active faults become exactly these ({} clears them); `drop: "now"` disconnects everyone once. */
  setFaults(faults: Faults): void;
  faults(): Faults;
  stats(): SimStats;
  /** With a ManualClock: move simulated time forward, firing every batch and heartbeat due. */
  advance?: (ms: number) => void;
  close(): Promise<void>;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

function refusal(code: ConnectRefusalCode, detail?: string): Error & { data: { code: string; message: string } } {
  const message = detail ? `${CONNECT_REFUSALS[code]} ${detail}` : CONNECT_REFUSALS[code];
  return Object.assign(new Error(message), { data: { code, message } });
}

/** Starts the reference national backend: socket.io on `FEED_NAMESPACE`, the feed protocol, faults on demand. */
export async function startSim(options: SimOptions): Promise<RunningSim> {
  if (!/^[^:\s]+:\S+$/.test(options.credential ?? '')) throw new Error('the sim needs a credential "id:secret"');
  const clock = options.clock ?? realClock();
  const seed = options.seed ?? 1;
  const heartbeatMs = options.heartbeatMs ?? 2000;
  const expected = digest(options.credential);
  const stats = emptyStats();
  // Known once listening (the port may be chosen by the system); reports are built lazily, after that.
  let url = DEFAULT_SIM_URL;
  const engine = new FeedEngine(seed, clock.now(), options.replay, () => url);

  const http = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/health') response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', seq: engine.seqs() }));
    else if (path.startsWith('/media/') && PICTURE_NAME.test(path.slice(7))) {
      stats.media += 1;
      response.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'public, max-age=86400' }).end(pictureFor(path.slice(7)));
    } else response.writeHead(404, { 'content-type': 'text/plain' }).end('OpsWall simulator: socket.io feed on /feed, pictures on /media\n');
  });
  const io = new Server(http, { serveClient: false, perMessageDeflate: false });
  io.of('/').use((_socket, next) => next(refusal('auth.invalid', 'Connect to the /feed namespace.')));
  const nsp = io.of(FEED_NAMESPACE);
  const wire = new Wire(nsp, stats, () => clock.now());
  const subscriptions = new WeakMap<Socket, Set<string>>();

  nsp.use((socket, next) => {
    const auth = (socket.handshake.auth ?? {}) as Record<string, unknown>;
    const credential = auth.credential;
    if (typeof credential !== 'string' || credential === '') {
      stats.connections.refused += 1;
      return next(refusal('auth.missing'));
    }
    if (!timingSafeEqual(digest(credential), expected)) {
      stats.connections.refused += 1;
      return next(refusal('auth.invalid'));
    }
    if (auth.protocol !== FEED_PROTOCOL_VERSION) {
      stats.connections.refused += 1;
      return next(refusal('auth.invalid', `This backend speaks feed protocol ${FEED_PROTOCOL_VERSION}.`));
    }
    next();
  });

  const sendInitial = (socket: Socket, channel: string, fromSeq: number | null) => {
    const missed = fromSeq === null ? null : engine.replaySince(channel, fromSeq);
    if (missed) wire.replay(socket, missed);
    else wire.snapshot(socket, engine.snapshot(channel, clock.now()));
  };

  nsp.on('connection', (socket) => {
    stats.connections.current += 1;
    stats.connections.total += 1;
    subscriptions.set(socket, new Set());
    socket.on('disconnect', () => {
      stats.connections.current -= 1;
    });
    socket.on('feed:subscribe', (request: unknown, ack?: unknown) => {
      stats.received.subscribes += 1;
      const respond = typeof ack === 'function' ? (ack as (answer: SubscribeAck) => void) : () => undefined;
      if (wire.blocked()) return;
      const parsed = subscribeRequestSchema.safeParse(request);
      if (!parsed.success) return respond({ accepted: [], refused: [{ channel: '', reason: `malformed request: ${parsed.error.issues[0]?.message ?? ''}` }] });
      const answer: SubscribeAck = { accepted: [], refused: [] };
      const plans: { channel: string; fromSeq: number | null }[] = [];
      for (const { channel, fromSeq } of parsed.data.channels) {
        if (!engine.has(channel)) answer.refused.push({ channel, reason: 'unknown channel' });
        else if (!answer.accepted.includes(channel)) {
          answer.accepted.push(channel);
          plans.push({ channel, fromSeq });
        }
      }
      respond(answer);
      for (const { channel, fromSeq } of plans) {
        subscriptions.get(socket)?.add(channel);
        void socket.join(roomOf(channel));
        sendInitial(socket, channel, fromSeq);
      }
    });
    socket.on('feed:resync', (request: unknown) => {
      stats.received.resyncs += 1;
      const channel = (request as { channel?: unknown } | null)?.channel;
      if (typeof channel === 'string' && subscriptions.get(socket)?.has(channel)) wire.snapshot(socket, engine.snapshot(channel, clock.now()));
    });
  });

  const dropAll = () => {
    const count = nsp.sockets.size;
    stats.faults.drops += 1;
    stats.connections.dropped += count;
    nsp.disconnectSockets(true);
  };

  const stops: (() => void)[] = [];
  stops.push(every(clock, options.batchMs ?? 1000, () => {
    for (const batch of engine.pump(clock.now())) wire.live(batch);
  }));
  stops.push(every(clock, heartbeatMs, () => {
    for (const socket of nsp.sockets.values()) {
      const channels = [...(subscriptions.get(socket) ?? [])];
      wire.heartbeat(socket, Object.fromEntries(channels.map((channel) => [channel, engine.seqOf(channel)])));
    }
  }));
  /**
   * Back-pressure for the load generator: engine.io queues packets while a socket's previous write is
   * still being flushed; a long queue means the client cannot keep up, so this tick's load is skipped
   * rather than buffered without bound. Real clock only: a manual clock's `advance` sends a burst
   * synchronously, before any socket can drain. (`writeBuffer` is not in engine.io's public types.)
   */
  const backlogged = () => {
    for (const socket of nsp.sockets.values()) {
      if (((socket.conn as unknown as { writeBuffer?: unknown[] }).writeBuffer?.length ?? 0) > 64) return true;
    }
    return false;
  };
  const rate = options.rate ?? 1;
  if (rate > 1) {
    const load = new LoadGenerator(seed, rate);
    let last = clock.now();
    stops.push(every(clock, options.loadBatchMs ?? 10, () => {
      const now = clock.now();
      const elapsed = Math.min(now - last, 100);
      last = now;
      if (!(clock instanceof ManualClock) && backlogged()) {
        stats.load.skipped += 1;
        return;
      }
      for (const group of load.produce(now, elapsed)) {
        stats.load.observations += group.observations.length;
        stats.load.batches += 1;
        wire.live(engine.append(group.channel, now, group.observations, []));
      }
    }));
  }

  let active: Faults = {};
  let stopDrops: (() => void) | null = null;
  const setFaults = (faults: Faults) => {
    const { drop, ...rest } = faults;
    active = typeof drop === 'number' ? { ...rest, drop } : rest;
    wire.setFaults(active);
    stopDrops?.();
    stopDrops = typeof drop === 'number' ? every(clock, drop * 1000, dropAll) : null;
    if (drop === 'now') dropAll();
  };
  setFaults(options.faults ?? {});

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 7401, host, () => {
      http.off('error', reject);
      resolve();
    });
  }).catch(async (error: unknown) => {
    for (const stop of stops) stop();
    stopDrops?.();
    await io.close().catch(() => undefined);
    throw error;
  });
  const port = (http.address() as AddressInfo).port;
  url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    url,
    port,
    seed,
    setFaults,
    faults: () => ({ ...active }),
    stats: () => ({ ...structuredClone(stats), seq: engine.seqs() }),
    ...(clock instanceof ManualClock ? { advance: (ms: number) => clock.advance(ms) } : {}),
    async close() {
      for (const stop of stops) stop();
      stopDrops?.();
      nsp.disconnectSockets(true);
      await io.close();
    },
  };
}
