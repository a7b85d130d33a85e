import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mulberry32 as prng } from '../../../sim/prng.js';
import { CHANNEL_NAMES } from '../../../src/protocol/feed/channels.js';
import type { SubscribeRequest } from '../../../src/protocol/feed/messages.js';
import { createLogger } from '../../log.js';
import { NO_ANSWER, startScriptedBackend, type AckScript } from '../../testing/scripted-backend.js';
import { openDisposableDatabase } from '../db.js';
import { FeedStore } from './feed-store.js';
import { UpstreamLink } from './upstream-link.js';

const SECRET = 'upstream-room:inbound-secret';
const proper = (request: SubscribeRequest) => ({ accepted: request.channels.map((c) => c.channel), refused: [] });

/** An upstream link on its own (a store in a temp dir) against a scripted backend. */
async function linkAgainst(answer: AckScript) {
  const dir = mkdtempSync(join(tmpdir(), 'opswall-upstream-'));
  const backend = await startScriptedBackend(SECRET, [], answer);
  const db = openDisposableDatabase(join(dir, 'cache.sqlite'), createLogger({ console: false }));
  const store = new FeedStore(db);
  const states: string[] = [];
  const link = new UpstreamLink({
    url: backend.url,
    credential: SECRET,
    room: 'test',
    store,
    logger: createLogger({ console: false }),
    onData: () => {},
    onStateChange: (state) => states.push(state),
    ackTimeoutMs: 500,
    retryBaseMs: 50,
  });
  link.start();
  return {
    backend,
    link,
    store,
    states,
    async close() {
      link.stop();
      await backend.close();
      store.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const BAD_ACKS: [string, unknown][] = [
  ['ack()', undefined],
  ['ack(null)', null],
  ['a string', 'accepted'],
  ['a number', 42],
  ['a list', ['traffic/accidents']],
  ['wrong types', { accepted: 42, refused: 'x' }],
  ['lists of wrong types', { accepted: [1, 2], refused: [{ channel: 3 }] }],
  ['an extra field', { accepted: [], refused: [], note: 'hi' }],
  ['a huge list', { accepted: new Array(10_000).fill('traffic/accidents'), refused: [] }],
];

describe('the upstream link against a backend that answers a subscription badly', () => {
  let running: Awaited<ReturnType<typeof linkAgainst>> | null = null;
  afterEach(async () => {
    await running?.close();
    running = null;
  });

  it.each(BAD_ACKS)('refuses %s, counts and quarantines it, and retries with back-off until a good answer', async (_name, bad) => {
    // The first two answers are bad, the third proper: the link must survive, back off and subscribe.
    running = await linkAgainst((request, attempt) => (attempt <= 2 ? bad : proper(request)));
    const { backend, link, store } = running;
    await expect.poll(() => backend.subscriptions.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    expect(link.status().rejections.malformed).toBe(2);
    const quarantined = store.quarantined(10);
    expect(quarantined).toHaveLength(2);
    expect(quarantined[0]?.detail).toMatch(/^subscribe acknowledgement: /);
    // Subscribed properly at last: data lands.
    const socket = await backend.connected();
    await expect.poll(() => link.status().state, { timeout: 5_000 }).toBe('connected');
    socket.emit('feed:snapshot', { channel: 'traffic/accidents', seq: 3, sentAt: new Date().toISOString(), observations: [], reports: [] });
    await expect.poll(() => store.position('traffic/accidents').upstreamSeq, { timeout: 5_000 }).toBe(3);
  });

  it('retries when the backend never acknowledges', async () => {
    running = await linkAgainst((request, attempt) => (attempt === 1 ? NO_ANSWER : proper(request)));
    await expect.poll(() => running!.backend.subscriptions.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    expect(running.states).toContain('down');
    await expect.poll(() => running!.link.status().state, { timeout: 5_000 }).toBe('connected');
  });
});

/** Any JSON shape, nested a little: what a broken or hostile backend might send. */
function randomShape(random: () => number, depth = 0): unknown {
  const roll = Math.floor(random() * (depth > 2 ? 7 : 10));
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  switch (roll) {
    case 0:
      return null;
    case 1:
      return random() < 0.5;
    case 2:
      return pick([0, -1, 1.5, 1e308, -0, 2 ** 53 + 1]);
    case 3:
      return pick(['', 'x', '__proto__', 'constructor', 'traffic/accidents', '2026-11-30T00:00:00Z', '💥'.repeat(50)]);
    case 4:
      return pick(CHANNEL_NAMES);
    case 5:
      return { channel: pick([...CHANNEL_NAMES, 'constructor', '__proto__', 7]), seq: pick([0, 1, -1, 1.5, '2', null, 9e15]) };
    case 6:
      return { channel: pick(CHANNEL_NAMES), seq: Math.floor(random() * 5), sentAt: new Date().toISOString(), observations: pick([[], null, 'x', [null, 1, {}]]), reports: pick([[], {}, [{ id: 'constructor' }]]) };
    case 7:
      return Array.from({ length: Math.floor(random() * 4) }, () => randomShape(random, depth + 1));
    default: {
      const out: Record<string, unknown> = {};
      for (const key of ['channel', 'seq', 'sentAt', 'observations', 'reports', 'retracted', 'channels', 'expectedIntervalS', '__proto__', 'constructor']) {
        if (random() < 0.4) out[key] = randomShape(random, depth + 1);
      }
      return out;
    }
  }
}

describe('the upstream link and odd sequence numbers', () => {
  it('refuses a batch with seq -1 or 1.5 as malformed, not as a duplicate', async () => {
    const running = await linkAgainst((request) => proper(request));
    try {
      const socket = await running.backend.connected();
      await expect.poll(() => running.link.status().state).toBe('connected');
      socket.emit('feed:snapshot', { channel: 'traffic/accidents', seq: 5, sentAt: new Date().toISOString(), observations: [], reports: [] });
      await expect.poll(() => running.store.position('traffic/accidents').upstreamSeq).toBe(5);
      for (const seq of [-1, 1.5]) socket.emit('feed:batch', { channel: 'traffic/accidents', seq, sentAt: new Date().toISOString(), observations: [], reports: [] });
      await expect.poll(() => running.link.status().rejections.malformed).toBe(2);
      expect(running.link.status().duplicateBatches).toBe(0);
    } finally {
      await running.close();
    }
  });
});

describe('the upstream link under fuzzed inbound events', () => {
  it('survives every shape on every event and still takes a good snapshot afterwards', async () => {
    const running = await linkAgainst((request) => proper(request));
    try {
      const { backend, link, store } = running;
      const socket = await backend.connected();
      await expect.poll(() => link.status().state).toBe('connected');
      const random = prng(20261130);
      const events = ['feed:snapshot', 'feed:batch', 'feed:heartbeat', 'feed:unknown'] as const;
      let sent = 0;
      for (let i = 0; i < 600; i++) {
        const event = events[Math.floor(random() * events.length)]!;
        const args = Array.from({ length: Math.floor(random() * 3) }, () => randomShape(random));
        socket.emit(event, ...args);
        if (event !== 'feed:unknown') sent++;
      }
      socket.emit('feed:snapshot', { channel: 'health/covid19', seq: 77, sentAt: new Date().toISOString(), observations: [], reports: [] });
      await expect.poll(() => store.position('health/covid19').upstreamSeq, { timeout: 10_000 }).toBe(77);
      expect(link.status().state).toBe('connected');
      expect(sent).toBeGreaterThan(400);
    } finally {
      await running.close();
    }
  });
});
