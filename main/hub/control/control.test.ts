import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COMMAND_NAMES, CONTROL_COMMANDS, MAX_COMMAND_BYTES, type CommandName } from '../../../src/protocol/control/commands.js';
import { allows, type Role } from '../../../src/protocol/roles.js';
import { loadRoomConfigFile } from '../../config/load.js';
import { createLogger } from '../../log.js';
import { connectConsole, type ConsoleClient } from '../../testing/console-client.js';
import { connectFakeDisplay, type FakeDisplay } from '../../testing/fake-display.js';
import { makeTestRoom, TEST_SECRETS, writeBoard } from '../../testing/room-fixture.js';
import { startHub, type RunningHub } from '../hub.js';

let hub: RunningHub;
let cleanup: () => void;
const displays: FakeDisplay[] = [];
const consoles: ConsoleClient[] = [];

beforeAll(async () => {
  const room = await makeTestRoom();
  writeBoard(join(room.dir, 'layouts'), 'test-briefing', 'Giao ban');
  cleanup = room.cleanup;
  const loaded = loadRoomConfigFile(room.configFile);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  hub = await startHub({ config: loaded.config, rendererDir: room.dir, logger: createLogger({ console: false }), switchOptions: { prepareTimeoutMs: 800 } });
  for (const id of ['main-1', 'main-2', 'main-3', 'main-4']) displays.push(await connectFakeDisplay(hub.url, TEST_SECRETS.wall, id));
});

afterAll(async () => {
  for (const client of [...displays, ...consoles]) client.close();
  await hub?.close();
  cleanup?.();
});

async function console(credential: string): Promise<ConsoleClient> {
  const client = await connectConsole(hub.url, credential);
  consoles.push(client);
  return client;
}

const ROLE_CREDENTIALS: [Role, string][] = [
  ['viewer', TEST_SECRETS.viewer],
  ['operator', TEST_SECRETS.operator],
  ['presenter', TEST_SECRETS.presenter],
  ['admin', TEST_SECRETS.admin],
];

/** A payload each command's schema accepts, so only the role decides whether it is refused. */
const PAYLOADS: Record<CommandName, unknown> = {
  'layout.switch': { target: { kind: 'wall', wallId: 'side' }, layoutId: 'central-room' },
  'spotlight.show': { displayId: 'side-right', layoutId: 'central-room', panelId: 'main-clock' },
  'spotlight.clear': { displayId: 'side-right' },
  'map.focus': { target: { kind: 'wall', wallId: 'side' }, area: 'VN34-01' },
  'display.reload': { displayId: 'side-right' },
  'playlist.start': { playlistId: 'not-there' },
  'playlist.pause': { playlistId: 'not-there' },
  'playlist.resume': { playlistId: 'not-there' },
  'playlist.next': { playlistId: 'not-there' },
  'playlist.previous': { playlistId: 'not-there' },
  'playlist.stop': { playlistId: 'not-there' },
  'playlist.save': { id: 'role-test', name: 'Role test', target: { kind: 'wall', wallId: 'side' }, items: [{ layoutId: 'central-room', seconds: 60 }] },
  'playlist.delete': { playlistId: 'not-there' },
  'schedule.save': { id: 'role-test', name: 'Role test', target: { kind: 'wall', wallId: 'side' }, action: { kind: 'layout', layoutId: 'central-room' }, days: [7], from: '03:00', until: '03:01' },
  'schedule.delete': { scheduleId: 'not-there' },
  'alert.accept': { alertId: 'not-there' },
  'alert.dismiss': { alertId: 'not-there' },
  'audit.search': { limit: 5 },
  'library.reload': {},
  'signin.list': {},
  'signin.revoke': { signInId: 'not-there' },
  'credential.bar': { credentialId: 'nobody-at-all' },
  'credential.unbar': { credentialId: 'nobody-at-all' },
  'signin.activity': {},
  'session.invite': { room: 'not-linked', area: null },
  'session.accept': { sessionId: 'not-there-at-all' },
  'session.decline': { sessionId: 'not-there-at-all', reason: 'no' },
  'session.end': { reason: 'role test' },
  'session.floor': { to: 'not-linked' },
  'briefing.start': { agendaId: 'not-there', area: null },
  'agenda.step': { move: 'next' },
};

describe('every command under every role', () => {
  it.each(ROLE_CREDENTIALS)('as %s: allowed or refused exactly as the permission table says, and every refusal is audited', async (role, credential) => {
    const client = await console(credential);
    const roles = client.statuses[0]!.you.roles;
    for (const name of COMMAND_NAMES) {
      const answer = await client.command(name, PAYLOADS[name]);
      const allowed = allows(roles, CONTROL_COMMANDS[name].permission);
      expect(answer.ok || answer.code !== 'forbidden', `${role} ${name}: ${JSON.stringify(answer)}`).toBe(allowed);
      if (!allowed) expect(answer).toMatchObject({ ok: false, code: 'forbidden' });
    }
    const refused = hub.audit.search({ result: 'refused', text: `${credential.split(':')[0]}`, limit: 500 }).filter((row) => row.reason?.startsWith('forbidden'));
    const expected = COMMAND_NAMES.filter((name) => !allows(roles, CONTROL_COMMANDS[name].permission));
    expect(refused.map((row) => row.action).sort()).toEqual([...expected].sort());
    client.close();
  });
});

describe('a switch from the console', () => {
  beforeEach(async () => {
    await expect.poll(() => hub.switches.busy, { timeout: 10_000 }).toBe(false);
  });

  it('prepares every display, commits them at one time ahead on the hub clock, and records it', async () => {
    const operator = await console(TEST_SECRETS.operator);
    const before = Date.now();
    const answer = await operator.command('layout.switch', { target: { kind: 'wall', wallId: 'main' }, layoutId: 'test-briefing' });
    expect(answer).toMatchObject({ ok: true, result: { queued: false } });
    await expect.poll(() => displays.every((d) => d.showing()?.layout.id === 'test-briefing'), { timeout: 5_000 }).toBe(true);
    const commits = displays.map((d) => d.commits.at(-1)!);
    expect(new Set(commits.map((c) => c.at)).size).toBe(1);
    expect(commits[0]!.at).toBeGreaterThan(before);
    await expect.poll(() => hub.room.status().walls.find((w) => w.id === 'main')?.layout?.id).toBe('test-briefing');
    // main-5 and main-6 were dark: they show it when they connect.
    const late = await connectFakeDisplay(hub.url, TEST_SECRETS.wall, 'main-5');
    displays.push(late);
    expect(late.showing()?.layout.id).toBe('test-briefing');
    await expect.poll(() => hub.audit.search({ action: 'switch.result', limit: 1 })[0]?.summary ?? '').toContain('test-briefing');
    expect(hub.audit.search({ action: 'layout.switch', result: 'done', limit: 1 })[0]).toMatchObject({ actorId: 'ops-lead', roles: ['operator', 'viewer'] });
  });

  it('switches the others when one display is frozen, keeps that one as it was, and names it', async () => {
    const frozen = await connectFakeDisplay(hub.url, TEST_SECRETS.wall, 'main-6', { frozen: true });
    displays.push(frozen);
    const operator = await console(TEST_SECRETS.operator);
    await operator.command('layout.switch', { target: { kind: 'wall', wallId: 'main' }, layoutId: 'central-room' });
    await expect.poll(() => displays.filter((d) => d !== frozen).every((d) => d.showing()?.layout.id === 'central-room'), { timeout: 5_000 }).toBe(true);
    await expect.poll(() => frozen.aborts.length, { timeout: 5_000 }).toBe(1);
    expect(frozen.showing()?.layout.id).toBe('test-briefing');
    await expect.poll(() => hub.switches.progress()?.state).toBe('partial');
    const progress = hub.switches.progress()!;
    expect(progress.displays['main-6']).toMatchObject({ state: 'not-ready', reason: expect.stringContaining('did not answer') });
    expect(hub.room.status().displays.find((d) => d.id === 'main-6')?.layout.id).toBe('test-briefing');
    expect(hub.audit.search({ action: 'switch.result', limit: 1 })[0]?.reason).toContain('main-6');
    frozen.close();
  });

  it('queues a switch asked for during a switch, and runs it after', async () => {
    const operator = await console(TEST_SECRETS.operator);
    const [first, second] = await Promise.all([
      operator.command('layout.switch', { target: { kind: 'wall', wallId: 'main' }, layoutId: 'test-briefing' }),
      operator.command('layout.switch', { target: { kind: 'wall', wallId: 'main' }, layoutId: 'central-room' }),
    ]);
    expect(first).toMatchObject({ ok: true, result: { queued: false } });
    expect(second).toMatchObject({ ok: true, result: { queued: true } });
    await expect.poll(() => displays.filter((d) => d.socket.connected).map((d) => `${d.socket.id}:${d.showing()?.layout.id}`), { timeout: 5_000 }).toEqual(displays.filter((d) => d.socket.connected).map((d) => `${d.socket.id}:central-room`));
  });

  it('spotlights a panel on one display and brings it back', async () => {
    const operator = await console(TEST_SECRETS.operator);
    const display = displays[0]!;
    expect(await operator.command('spotlight.show', { displayId: 'main-1', layoutId: 'central-room', panelId: 'traffic-deaths' })).toMatchObject({ ok: true });
    await expect.poll(() => display.showing()?.display.panels.map((p) => p.id)).toEqual(['traffic-deaths']);
    expect(display.showing()?.display.grid).toMatchObject({ columns: 1, rows: 1 });
    expect(hub.room.status().displays.find((d) => d.id === 'main-1')?.spotlight).toMatchObject({ panelId: 'traffic-deaths' });
    expect(await operator.command('spotlight.clear', { displayId: 'main-1' })).toMatchObject({ ok: true });
    await expect.poll(() => display.showing()?.display.panels.map((p) => p.id)).toEqual(['main-clock', 'main-agenda']);
  });
});

describe('a province in focus on the maps', () => {
  beforeEach(async () => {
    await expect.poll(() => hub.switches.busy, { timeout: 10_000 }).toBe(false);
  });

  it('reaches the displays that show a map, again when one reconnects, and ends with a switch', async () => {
    const operator = await console(TEST_SECRETS.operator);
    await operator.command('layout.switch', { target: { kind: 'wall', wallId: 'main' }, layoutId: 'central-room' });
    await expect.poll(() => hub.room.status().walls.find((w) => w.id === 'main')?.layout?.id, { timeout: 5_000 }).toBe('central-room');
    await expect.poll(() => hub.switches.busy, { timeout: 10_000 }).toBe(false);
    const mainTwo = displays.find((d) => d.showing()?.display.id === 'main-2' && d.socket.connected)!;
    const mainOne = displays.find((d) => d.showing()?.display.id === 'main-1' && d.socket.connected)!;
    const answer = await operator.command('map.focus', { target: { kind: 'wall', wallId: 'main' }, area: 'VN34-48' });
    // The map spans main-2 and main-5; main-1 shows none and is not told.
    expect(answer).toMatchObject({ ok: true, result: { displays: ['main-2', 'main-5'] } });
    const version = mainTwo.showing()!.layout.version;
    await expect.poll(() => mainTwo.focuses.at(-1)).toMatchObject({ area: 'VN34-48', layoutVersion: version });
    expect(mainOne.focuses).toEqual([]);
    expect(hub.audit.search({ action: 'map.focus', limit: 1 })[0]).toMatchObject({ actorId: 'ops-lead', result: 'done' });

    const again = await connectFakeDisplay(hub.url, TEST_SECRETS.wall, 'main-2');
    displays.push(again);
    await expect.poll(() => again.focuses.at(-1)).toMatchObject({ area: 'VN34-48' });

    expect(await operator.command('map.focus', { target: { kind: 'display', displayId: 'main-1' }, area: 'VN34-48' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await operator.command('map.focus', { target: { kind: 'room' }, area: 'VN' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await operator.command('map.focus', { target: { kind: 'room' }, area: null })).toMatchObject({ ok: true });
    await expect.poll(() => mainTwo.focuses.at(-1)).toMatchObject({ area: null });

    await operator.command('map.focus', { target: { kind: 'room' }, area: 'VN-HN' });
    await operator.command('layout.switch', { target: { kind: 'wall', wallId: 'main' }, layoutId: 'test-briefing' });
    await expect.poll(() => hub.switches.busy, { timeout: 10_000 }).toBe(false);
    const after = await connectFakeDisplay(hub.url, TEST_SECRETS.wall, 'main-2');
    displays.push(after);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(after.focuses).toEqual([]);
  });
});

describe('refused and audited, with nothing switched', () => {
  const showing = () => hub.room.status().displays.map((d) => `${d.id}:${d.layout.id}:${d.spotlight?.panelId ?? ''}`).join(',');

  it('a viewer’s switch, a replayed, an oversized, an unknown and a malformed command', async () => {
    const before = showing();
    const viewer = await console(TEST_SECRETS.viewer);
    expect(await viewer.command('layout.switch', { target: { kind: 'room' }, layoutId: 'test-briefing' })).toMatchObject({ ok: false, code: 'forbidden' });
    const operator = await console(TEST_SECRETS.operator);
    expect(await operator.command('spotlight.show', { displayId: 'main-2', layoutId: 'central-room', panelId: 'nope' }, 'fixed-request-1')).toMatchObject({ ok: false, code: 'not-found' });
    expect(await operator.command('layout.switch', { target: { kind: 'room' }, layoutId: 'test-briefing' }, 'fixed-request-1')).toMatchObject({ ok: false, code: 'replayed' });
    expect(await operator.command('layout.switch', { target: { kind: 'room' }, layoutId: 'test-briefing', pad: 'x'.repeat(MAX_COMMAND_BYTES) })).toMatchObject({ ok: false, code: 'oversized' });
    expect(await operator.command('wall.explode', {})).toMatchObject({ ok: false, code: 'unknown-command' });
    expect(await operator.raw({ name: 'layout.switch' })).toMatchObject({ ok: false, code: 'malformed' });
    expect(await operator.command('layout.switch', { target: { kind: 'room' }, layoutId: 'NOT AN ID' })).toMatchObject({ ok: false, code: 'invalid' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(showing()).toBe(before);
    const reasons = hub.audit.search({ result: 'refused', limit: 20 }).map((row) => row.reason?.split(':')[0]);
    for (const code of ['forbidden', 'replayed', 'oversized', 'unknown-command', 'malformed', 'invalid']) expect(reasons).toContain(code);
  });

  it('a wrong credential, a barred credential, a revoked sign-in', async () => {
    await expect(connectConsole(hub.url, 'ops-lead:wrong-secret')).rejects.toMatchObject({ code: 'auth.invalid' });
    expect(hub.audit.search({ action: 'console.sign-in', result: 'refused', limit: 1 })[0]).toMatchObject({ actorId: 'ops-lead', reason: 'auth.invalid' });

    const admin = await console(TEST_SECRETS.admin);
    const operator = await console(TEST_SECRETS.operator);
    const signInId = operator.statuses[0]!.you.signInId;
    expect(await admin.command('signin.revoke', { signInId })).toMatchObject({ ok: true });
    await expect.poll(() => operator.ended).toEqual([{ reason: 'revoked', message: expect.any(String) }]);
    await expect.poll(() => operator.socket.connected).toBe(false);

    expect(await admin.command('credential.bar', { credentialId: 'ops-lead' })).toMatchObject({ ok: true });
    await expect(connectConsole(hub.url, TEST_SECRETS.operator)).rejects.toMatchObject({ code: 'auth.barred' });
    expect(await admin.command('credential.unbar', { credentialId: 'ops-lead' })).toMatchObject({ ok: true });
    expect((await console(TEST_SECRETS.operator)).statuses[0]!.you.credentialId).toBe('ops-lead');
  });
});

describe('a console sign-in left idle', () => {
  it('ends after the configured minutes without activity: the console is told why and its command refused', async () => {
    const { ManualHubClock } = await import('../../testing/manual-clock.js');
    const room = await makeTestRoom({ console: { idleSignOutMinutes: 1 } });
    const loaded = loadRoomConfigFile(room.configFile);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const clock = new ManualHubClock(Date.now());
    const idleHub = await startHub({ config: loaded.config, rendererDir: room.dir, logger: createLogger({ console: false }), clock });
    try {
      const operator = await connectConsole(idleHub.url, TEST_SECRETS.operator);
      expect(await operator.command('signin.activity', {})).toMatchObject({ ok: true });
      clock.advance(59_000);
      expect(await operator.command('audit.search', { limit: 1 })).toMatchObject({ ok: true });
      clock.advance(61_000);
      expect(await operator.command('audit.search', { limit: 1 })).toMatchObject({ ok: false, code: 'expired' });
      await expect.poll(() => operator.ended.map((e) => e.reason)).toEqual(['expired']);
      expect(idleHub.audit.search({ action: 'console.sign-in-expired', limit: 1 })).toHaveLength(1);
      operator.close();
    } finally {
      await idleHub.close();
      room.cleanup();
    }
  });
});
