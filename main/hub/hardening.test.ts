import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRoomConfigFile } from '../config/load.js';
import { recordingLogger, type RecordingLogger } from '../testing/recording-logger.js';
import { makeTestRoom, TEST_SECRETS } from '../testing/room-fixture.js';
import { startHub, type RunningHub } from './hub.js';
import { INVALID_EVENT_LIMIT } from './auth/invalid-events.js';

let hub: RunningHub;
let logger: RecordingLogger;
let cleanup: () => void;
const sockets: Socket[] = [];

beforeAll(async () => {
  const room = await makeTestRoom({ hub: { host: '127.0.0.1', port: 0, allowedOrigins: ['https://console.example.gov.vn'] } });
  cleanup = room.cleanup;
  const rendererDir = mkdtempSync(join(tmpdir(), 'opswall-renderer-'));
  mkdirSync(join(rendererDir, 'wall'));
  writeFileSync(join(rendererDir, 'wall', 'index.html'), '<!doctype html><title>wall</title>');
  const loaded = loadRoomConfigFile(room.configFile);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  logger = recordingLogger();
  hub = await startHub({ config: loaded.config, rendererDir, logger });
});

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await hub.close();
  cleanup();
});

function open(namespace: '/wall' | '/control', auth: Record<string, unknown>, headers: Record<string, string> = {}): Socket {
  const socket = connect(`${hub.url}${namespace}`, { auth, transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: headers });
  sockets.push(socket);
  return socket;
}

/** 'connected', or the refusal's code (or message when the hub's middleware gave none). */
function outcome(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (error: Error & { data?: { code?: string } }) => resolve(error.data?.code ?? error.message));
  });
}

describe('sign-in throttling', () => {
  it('locks out a wrong-key guesser who holds a valid key, without locking the other credentials of that address', async () => {
    for (let i = 0; i < 10; i++) {
      expect(await outcome(open('/control', { credential: `ops-lead:guess-${i}` }))).toBe('auth.invalid');
      // The guesser's own valid key still works, and resets nothing.
      expect(await outcome(open('/control', { credential: TEST_SECRETS.viewer }))).toBe('connected');
    }
    expect(await outcome(open('/control', { credential: TEST_SECRETS.operator }))).toBe('auth.rate-limited');
    expect(await outcome(open('/wall', { credential: TEST_SECRETS.wall, displayId: 'main-1' }))).toBe('connected');
  });

  it('a page without a key does not lock the wall PC out', async () => {
    for (let i = 0; i < 15; i++) await outcome(open('/wall', { displayId: 'main-2' }));
    expect(await outcome(open('/wall', { credential: TEST_SECRETS.wall, displayId: 'main-2' }))).toBe('connected');
  });

  it('logs every refusal with its reason, the credential id and the address', () => {
    const refusals = logger.entries.filter((entry) => entry.event === 'auth.refused');
    expect(refusals.length).toBeGreaterThan(0);
    for (const entry of refusals) {
      expect(entry.fields.reason).toEqual(expect.any(String));
      expect(entry.fields.address).toEqual(expect.any(String));
      expect('credentialId' in entry.fields).toBe(true);
    }
    expect(refusals.find((entry) => entry.fields.reason === 'auth.invalid')?.fields.credentialId).toBe('ops-lead');
    expect(refusals.find((entry) => entry.fields.reason === 'auth.rate-limited')?.fields).toMatchObject({ credentialId: 'ops-lead', limit: 'credential-from-address' });
  });
});

describe('handshake origin', () => {
  it("refuses a page of another site, and admits the hub's own pages and the configured origins", async () => {
    expect(await outcome(open('/control', { credential: TEST_SECRETS.viewer }, { origin: 'http://evil.example' }))).not.toBe('connected');
    expect(await outcome(open('/control', { credential: TEST_SECRETS.viewer }, { origin: hub.url }))).toBe('connected');
    expect(await outcome(open('/control', { credential: TEST_SECRETS.viewer }, { origin: 'https://console.example.gov.vn' }))).toBe('connected');
    expect(logger.entries.find((entry) => entry.fields.reason === 'origin.forbidden')?.fields.origin).toBe('http://evil.example');
  });
});

describe('floods of invalid events', () => {
  it('logs a flood of invalid health reports a few times, not thousands, and disconnects the sender', async () => {
    const socket = open('/wall', { credential: TEST_SECRETS.wall, displayId: 'main-3' });
    expect(await outcome(socket)).toBe('connected');
    const before = logger.entries.length;
    const closed = new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
    for (let i = 0; i < 5_000; i++) socket.emit('display:health', { fps: 'fast', n: i });
    expect(await closed).toBe('io server disconnect');
    const lines = logger.entries.slice(before);
    expect(lines.filter((entry) => entry.event === 'event.refused').length).toBeLessThanOrEqual(2);
    expect(lines.find((entry) => entry.event === 'event.refused')?.fields).toMatchObject({ event: 'display:health', credentialId: 'wall-pc-1' });
    expect(lines.filter((entry) => entry.event === 'event.flood-disconnected')).toHaveLength(1);
    expect(INVALID_EVENT_LIMIT).toBeLessThan(5_000);
    // The hub is fine.
    expect((await fetch(`${hub.url}/healthz`)).status).toBe(200);
  });
});

describe("socket.io's own HTTP responses", () => {
  it('carry the same security headers as every other response', async () => {
    for (const path of ['/socket.io/?EIO=4&transport=polling', '/socket.io/?EIO=4&transport=nope', '/healthz', '/nope']) {
      const response = await fetch(`${hub.url}${path}`);
      expect(response.headers.get('content-security-policy'), path).toContain("default-src 'self'");
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });
});
