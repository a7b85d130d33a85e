import { io, type Socket } from 'socket.io-client';
import { FEED_NAMESPACE, FEED_PROTOCOL_VERSION, type SubscribeAck } from '../src/protocol/feed/index.js';
import { ManualClock } from './clock.js';
import { startSim, type RunningSim, type SimOptions } from './server.js';

/** Test helpers: a sim on loopback with a manual clock, and a recording feed client. */
export const CREDENTIAL = 'central-room:test-secret';
export const T0 = Date.parse('2026-11-18T10:00:00+07:00'); // a Wednesday, trading hours

export async function manualSim(options: Partial<SimOptions> & { start?: number } = {}): Promise<RunningSim & { clock: ManualClock; advance: (ms: number) => void }> {
  const clock = new ManualClock(options.start ?? T0);
  const sim = await startSim({ port: 0, seed: 42, credential: CREDENTIAL, heartbeatMs: 2000, ...options, clock });
  if (!sim.advance) throw new Error('manual sim without advance');
  return Object.assign(sim, { clock, advance: sim.advance });
}

export interface Envelope {
  channel: string;
  seq: number;
  sentAt: string;
  observations: Record<string, unknown>[];
  reports: Record<string, unknown>[];
  retracted: string[];
  expectedIntervalS?: number;
}

export interface Received {
  event: 'snapshot' | 'batch' | 'heartbeat';
  message: Envelope & { channels?: Record<string, number> };
}

export class FeedClient {
  readonly received: Received[] = [];
  readonly socket: Socket;

  constructor(url: string, credential = CREDENTIAL, protocol: number = FEED_PROTOCOL_VERSION) {
    this.socket = io(`${url}${FEED_NAMESPACE}`, { auth: { credential, room: 'test-room', protocol }, transports: ['websocket'], reconnection: false, forceNew: true });
    for (const event of ['snapshot', 'batch', 'heartbeat'] as const) {
      this.socket.on(`feed:${event}`, (message: Received['message']) => this.received.push({ event, message }));
    }
  }

  connected(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.socket.connected) return resolve();
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', reject);
    });
  }

  subscribe(channels: { channel: string; fromSeq: number | null }[]): Promise<SubscribeAck> {
    return this.socket.timeout(5000).emitWithAck('feed:subscribe', { channels }) as Promise<SubscribeAck>;
  }

  of(event: Received['event'], channel?: string): Received['message'][] {
    return this.received.filter((r) => r.event === event && (channel === undefined || r.message.channel === channel)).map((r) => r.message);
  }

  clear(): void {
    this.received.length = 0;
  }

  close(): void {
    this.socket.close();
  }
}

export async function connectClient(sim: { url: string }, credential?: string): Promise<FeedClient> {
  const client = new FeedClient(sim.url, credential);
  await client.connected();
  return client;
}

/** Polls until `check` holds (the socket delivers asynchronously), failing after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Waits until nothing new has arrived for `quietMs` (the sim sent all it had). */
export async function settle(client: FeedClient, quietMs = 60, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = -1;
  while (seen !== client.received.length) {
    if (Date.now() > deadline) throw new Error('client never settled');
    seen = client.received.length;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}
