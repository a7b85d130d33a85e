import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealthReport, RoomStatus } from '../../src/protocol/control/index.js';
import type { DisplayAssignment } from '../../src/protocol/wall/index.js';
import { loadRoomConfigFile } from '../config/load.js';
import { createLogger } from '../log.js';
import { makeTestRoom, TEST_SECRETS } from '../testing/room-fixture.js';
import { startHub, type RunningHub } from './hub.js';

let hub: RunningHub;
let cleanup: () => void;
const sockets: Socket[] = [];

beforeAll(async () => {
  const room = await makeTestRoom();
  cleanup = room.cleanup;
  // A stand-in renderer build: the hub serves whatever Vite produced; here, two pages and one asset.
  const rendererDir = mkdtempSync(join(tmpdir(), 'opswall-renderer-'));
  for (const page of ['wall', 'console']) {
    mkdirSync(join(rendererDir, page));
    writeFileSync(join(rendererDir, page, 'index.html'), `<!doctype html><title>${page}</title>`);
  }
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'assets', 'wall-abc123.js'), 'console.log(1)');
  const loaded = loadRoomConfigFile(room.configFile);
  if (!loaded.ok) throw new Error('test config must be valid');
  hub = await startHub({ config: loaded.config, rendererDir, logger: createLogger({ console: false }) });
});

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await hub.close();
  cleanup();
});

function open(namespace: '/wall' | '/control', auth: Record<string, unknown>): Socket {
  const socket = connect(`${hub.url}${namespace}`, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
  sockets.push(socket);
  return socket;
}

/** Resolves with the first of `event` or the connect refusal's data. */
function first<T>(socket: Socket, event: string): Promise<{ event: T } | { refused: { code: string; message: string } }> {
  return new Promise((resolve) => {
    socket.once(event, (payload: T) => resolve({ event: payload }));
    socket.once('connect_error', (error: Error & { data?: { code: string; message: string } }) => resolve({ refused: error.data ?? { code: 'none', message: error.message } }));
  });
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${hub.url}${path}`);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

describe('hub HTTP', () => {
  it('answers /healthz with status, version, uptime and displays', async () => {
    const health = await getJson<HealthReport>('/healthz');
    expect(health).toMatchObject({ status: 'ok', room: { id: 'test-central' }, walls: [{ id: 'main', layout: 'central-room' }, { id: 'side', layout: 'central-room' }], displays: { expected: 8 } });
    expect(health.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(health.uptimeS).toBeGreaterThanOrEqual(0);
  });

  it('serves the pages with a strict CSP, assets as immutable, and nothing outside the build', async () => {
    const page = await fetch(`${hub.url}/wall?display=main-1`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>wall</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    // Only the console frames a wall page (its live views): the hub's own origin, no one else.
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const consolePage = await fetch(`${hub.url}/console`);
    expect(consolePage.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(consolePage.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const asset = await fetch(`${hub.url}/assets/wall-abc123.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    for (const path of ['/assets/..%2f..%2fpackage.json', '/assets/%2e%2e/%2e%2e/etc/passwd', '/nope', '/assets/']) {
      expect((await fetch(`${hub.url}${path}`)).status, path).toBe(404);
    }
    expect((await fetch(`${hub.url}/healthz`, { method: 'POST' })).status).toBe(405);
  });
});

describe('wall namespace', () => {
  it('sends a display only its own part of the active layout, and counts it as connected', async () => {
    const socket = open('/wall', { credential: TEST_SECRETS.wall, displayId: 'side-left' });
    const result = await first<DisplayAssignment>(socket, 'display:assignment');
    if (!('event' in result)) throw new Error(`refused: ${JSON.stringify(result)}`);
    const assignment = result.event;
    expect(assignment.display.id).toBe('side-left');
    expect(assignment.wall).toEqual({ id: 'side', name: 'Màn hình bên' });
    expect(assignment.display.panels.map((p) => p.id)).toEqual(['side-clock', 'main-duty']);
    expect(assignment.layout).toMatchObject({ id: 'central-room', locale: 'vi-VN', timeZone: 'Asia/Ho_Chi_Minh', version: hub.room.assignmentFor('side-left')!.layout.version });
    // 55-inch monitors read from 10 m: 15 arc-minutes; small print from half way.
    expect(assignment.minTextHeightVh).toBe(6.4);
    expect(assignment.smallPrintHeightVh).toBe(3.2);
    // Options arrive resolved, defaults filled in.
    expect(assignment.display.panels[1]!.options).toMatchObject({ size: 'normal', align: 'start', tone: 'neutral' });
    const health = await getJson<HealthReport>('/healthz');
    expect(health.displays.connectedIds).toContain('side-left');
    socket.close();
  });

  it('refuses a wrong secret, a missing credential, an unknown display and a non-wall role, each with its reason', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ credential: 'wall-pc-1:wrong', displayId: 'main-1' }, 'auth.invalid'],
      [{ credential: 'nobody:whatever', displayId: 'main-1' }, 'auth.invalid'],
      [{ displayId: 'main-1' }, 'auth.missing'],
      [{ credential: TEST_SECRETS.wall, displayId: 'main-99' }, 'display.unknown'],
      [{ credential: TEST_SECRETS.viewer, displayId: 'main-1' }, 'auth.forbidden'],
    ];
    for (const [auth, code] of cases) {
      const result = await first(open('/wall', auth), 'display:assignment');
      expect(result, JSON.stringify(auth)).toMatchObject({ refused: { code } });
    }
  });

  it('records the health each display reports and ignores malformed reports', async () => {
    const socket = open('/wall', { credential: TEST_SECRETS.wall, displayId: 'main-2' });
    await first(socket, 'display:assignment');
    const health = { layoutVersion: hub.room.assignmentFor('main-2')!.layout.version, fps: 59.8, jsHeapMB: 41.5, errors: 0, oldestDataAgeS: null, viewport: { width: 1920, height: 1080, devicePixelRatio: 1 } };
    socket.emit('display:health', { ...health, fps: 'fast' });
    socket.emit('display:health', health);
    await expect.poll(() => hub.room.status().displays.find((d) => d.id === 'main-2')?.health).toEqual(health);
    socket.close();
  });
});

describe('control namespace', () => {
  it('gives a viewer the room status live, including who is connected', async () => {
    const wall = open('/wall', { credential: TEST_SECRETS.wall, displayId: 'main-3' });
    await first(wall, 'display:assignment');
    const console = open('/control', { credential: TEST_SECRETS.viewer });
    const result = await first<RoomStatus>(console, 'room:status');
    if (!('event' in result)) throw new Error('refused');
    expect(result.event.you).toMatchObject({ credentialId: 'duty-officer', roles: ['viewer'], idleTimeoutS: 1800 });
    expect(result.event.walls.map((w) => w.id)).toEqual(['main', 'side']);
    expect(result.event.displays.find((d) => d.id === 'main-3')).toMatchObject({ connections: 1, position: { column: 3, row: 1 } });
    const updated = new Promise<RoomStatus>((resolve) => console.on('room:status', (status: RoomStatus) => status.displays.find((d) => d.id === 'main-3')?.connections === 0 && resolve(status)));
    wall.close();
    expect((await updated).displays.find((d) => d.id === 'main-3')?.lastSeen).not.toBeNull();
  });

  it('refuses a wall credential on the console', async () => {
    expect(await first(open('/control', { credential: TEST_SECRETS.wall }), 'room:status')).toMatchObject({ refused: { code: 'auth.forbidden' } });
  });

  it('accepts ephemeral credentials minted by the in-process shell', async () => {
    const token = hub.addEphemeralCredential('shell-wall', ['wall']);
    const result = await first<DisplayAssignment>(open('/wall', { credential: token, displayId: 'main-4' }), 'display:assignment');
    expect('event' in result && result.event.display.id).toBe('main-4');
    const forged = await first(open('/wall', { credential: 'shell-wall:guess', displayId: 'main-4' }), 'display:assignment');
    expect(forged).toMatchObject({ refused: { code: 'auth.invalid' } });
  });
});
