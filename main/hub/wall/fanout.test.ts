import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckedMessage } from '../../../src/protocol/feed/check.js';
import type { Observation } from '../../../src/protocol/feed/records.js';
import type { DataBatch, DataSnapshot } from '../../../src/protocol/wall/index.js';
import Database from 'better-sqlite3';
import { FeedStore } from '../feed/feed-store.js';
import { WallFanout } from './fanout.js';

const CHANNEL = 'finance/markets';
const tick = (n: number): Observation => {
  const at = new Date(Date.UTC(2026, 10, 18, 3, 0, n)).toISOString();
  return { metric: 'vnindex.close', area: 'VN', unit: 'points', value: 1200 + n, period: { frequency: 'instant', start: at, end: at }, cutOff: at, source: 'Ủy ban Chứng khoán Nhà nước', reportedAt: at, status: 'provisional', revision: 0 };
};
const message = (observations: Observation[]): CheckedMessage => ({ channel: CHANNEL, seq: 1, sentAt: new Date().toISOString(), expectedIntervalS: undefined, observations, reports: [], retracted: [], rejections: [] });

const closers: (() => unknown)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function setUp(isLagging: (socket: Socket) => boolean) {
  const http = createServer();
  const io = new Server(http);
  const db = new Database(':memory:');
  const store = new FeedStore(db);
  const fanout = new WallFanout(io.of('/wall'), store, 'connected', isLagging);
  io.of('/wall').on('connection', (socket) => fanout.attach(socket, [CHANNEL], undefined));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  closers.push(() => db.close(), () => io.close(), () => store.close());
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/wall`;
  const display = async (name: string) => {
    const socket: ClientSocket = connect(url, { transports: ['websocket'], forceNew: true, auth: { name } });
    closers.push(() => socket.close());
    const seen = { batches: [] as DataBatch[], snapshots: [] as DataSnapshot[] };
    socket.on('data:batch', (batch: DataBatch) => seen.batches.push(batch));
    socket.on('data:snapshot', (snapshot: DataSnapshot) => seen.snapshots.push(snapshot));
    await new Promise<void>((resolve) => socket.once('data:link', () => resolve()));
    return seen;
  };
  const publish = (observations: Observation[]) => fanout.publish(CHANNEL, store.apply(message(observations), new Date().toISOString()));
  const sockets = () => [...io.of('/wall').sockets.values()];
  return { display, publish, fanout, store, sockets };
}

describe('WallFanout', () => {
  it('holds back a display that cannot keep up, and brings it up to date with a snapshot once it drains', async () => {
    const slow = new Set<string>();
    const { display, publish, fanout } = await setUp((socket) => slow.has((socket.handshake.auth as { name: string }).name));
    const fast = await display('fast');
    const lagging = await display('lagging');

    publish([tick(1)]);
    await expect.poll(() => lagging.batches.length).toBe(1);
    slow.add('lagging');
    publish([tick(2)]);
    publish([tick(3)]);
    await expect.poll(() => fast.batches.flatMap((b) => b.observations.map((o) => o.value))).toEqual([1201, 1202, 1203]);
    expect(lagging.batches).toHaveLength(1);

    slow.delete('lagging');
    fanout.broadcastLink();
    await expect.poll(() => lagging.snapshots.length).toBe(2); // the one on connect, and the catch-up
    expect(lagging.snapshots[1]!.observations.map((o) => o.value).sort()).toEqual([1201, 1202, 1203]);
    publish([tick(4)]);
    await expect.poll(() => lagging.batches.at(-1)?.observations[0]?.value).toBe(1204);
    expect(lagging.batches.at(-1)!.seq).toBe(lagging.snapshots[1]!.seq + 1);
  });

  it('sends a burst in slices of at most 1,000 figures, with consecutive sequences', async () => {
    const { display, publish } = await setUp(() => false);
    const seen = await display('wall');
    publish(Array.from({ length: 2_500 }, (_, i) => tick(i)));
    await expect.poll(() => seen.batches.reduce((n, b) => n + b.observations.length, 0)).toBe(2_500);
    expect(seen.batches.map((b) => b.observations.length)).toEqual([1_000, 1_000, 500]);
    expect(seen.batches.map((b) => b.seq)).toEqual([1, 2, 3]);
  });

  it('moves a display to other channels: leaves the old, snapshots the new, keeps what stays without a resend', async () => {
    const { display, publish, fanout, store, sockets } = await setUp(() => false);
    const seen = await display('wall');
    const [socket] = sockets();
    const disaster = (value: number) => ({ ...tick(value), metric: 'incidents', unit: 'count', source: 'Ủy ban' });
    store.apply({ ...message([disaster(7)]), channel: 'disaster/daily' }, new Date().toISOString());
    fanout.retarget(socket!, ['disaster/daily']);
    await expect.poll(() => seen.snapshots.map((s) => s.channel)).toEqual([CHANNEL, 'disaster/daily']);
    expect(fanout.channelsOf(socket!)).toEqual(['disaster/daily']);
    publish([tick(9)]); // on the channel it left
    await new Promise((resolve) => setTimeout(resolve, 50));
    fanout.retarget(socket!, ['disaster/daily', CHANNEL]);
    await expect.poll(() => seen.snapshots.map((s) => s.channel)).toEqual([CHANNEL, 'disaster/daily', CHANNEL]);
    expect(seen.batches).toEqual([]);
    expect(seen.snapshots[2]!.observations.map((o) => o.value)).toContain(1209);
    fanout.detach(socket!, [CHANNEL, 'disaster/daily']);
    publish([tick(10)]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen.batches).toEqual([]);
  });
});
