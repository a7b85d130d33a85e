import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HealthReport } from '../src/protocol/control/index.js';
import { connectConsole } from '../main/testing/console-client.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'main', 'cli.js');
const children: ChildProcess[] = [];
afterEach(() => children.splice(0).forEach((child) => child.kill('SIGTERM')));

/** Runs `opswall start` and resolves once it has printed its page addresses. */
function startRoom(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ output: string; url: string }> {
  const child = spawn(process.execPath, [cli, 'start', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no addresses printed:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening at (http:\/\/[\d.:]+)/.exec(output);
      if (match && output.includes('display side-right')) {
        clearTimeout(timer);
        resolve({ output, url: match[1]! });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`opswall start exited with ${code}:\n${output}`)));
  });
}

describe('opswall start without an Electron binary', () => {
  it('serves the demo room and prints every display page and the console, with no stack trace', async () => {
    const { output, url } = await startRoom(['--port', '0', '--sim-port', '0'], { XDG_DATA_HOME: mkdtempSync(join(tmpdir(), 'opswall-xdg-')) });
    expect(output).toContain('No kiosk windows');
    expect(output).not.toMatch(/\n\s+at /);
    for (const id of ['main-1', 'main-6', 'side-left', 'side-right']) expect(output).toMatch(new RegExp(`display ${id}\\s+${url}/wall\\?display=${id}#key=`));
    expect(output).toMatch(new RegExp(`console:\\s+${url}/console#key=`));
    const health = (await (await fetch(`${url}/healthz`)).json()) as HealthReport;
    expect(health).toMatchObject({ status: 'ok', displays: { expected: 8 } });
    expect(health.walls.map((wall) => wall.layout)).toEqual(health.walls.map(() => 'central-room'));
    expect(health.walls.length).toBeGreaterThan(0);
    expect(output).toMatch(/national backend \(simulator\): http:\/\/127\.0\.0\.1:\d+/);
    // The demo hub is fed by the embedded simulator.
    await expect
      .poll(async () => ((await (await fetch(`${url}/healthz`)).json()) as HealthReport).upstream.state, { timeout: 15_000 })
      .toBe('connected');
    const page = await fetch(`${url}/wall?display=main-1`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<script type="module"[^>]+src="\/assets\//);
  });

  it('with --with-province also starts a provincial room linked to the demo room for presenter sessions', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as AddressInfo;
        probe.close(() => resolve(free));
      });
    });
    const { output, url } = await startRoom(['--port', String(port), '--sim-port', '0', '--with-province', '--no-shell'], { XDG_DATA_HOME: mkdtempSync(join(tmpdir(), 'opswall-xdg-')) });
    expect(output).toContain('Linked for presenter sessions:');
    expect(output).toMatch(new RegExp(`presenter:\\s+${url}/presenter#key=`));
    expect(output).toMatch(/display p-1\s+http:\/\/127\.0\.0\.1:7410\/wall\?display=p-1#key=/);
    const key = decodeURIComponent(/console:\s+\S+\/console#key=(\S+)/.exec(output)![1]!);
    const console_ = await connectConsole(url, key);
    try {
      await expect.poll(() => console_.statuses.at(-1)?.links[0], { timeout: 20_000 }).toMatchObject({ room: { id: 'demo-quang-ninh' }, state: 'up' });
      expect(console_.statuses.at(-1)?.session.state).toBe('idle');
    } finally {
      console_.close();
    }
  });

  it('refuses a broken config with every problem and exit status 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opswall-cli-'));
    const file = join(dir, 'room.json');
    writeFileSync(file, JSON.stringify({ schema: 'opswall.room-config', version: 1, room: { id: 'X', name: '' }, layouts: { active: 'nope' } }, null, 2));
    const result = spawnSync(process.execPath, [cli, 'start', '--config', file], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    // Every stage is checked: the schema's problems do not hide the missing layouts.
    expect(result.stderr).toContain('the room config has 4 problems');
    expect(result.stderr).toContain(`${file}:5:5  $.room.id  must be lower-case letters`);
    expect(result.stderr).toContain(`${file}:6:5  $.room.name  must not be empty`);
    expect(result.stderr).toContain(`${join(dir, 'layouts')}  $  cannot read the layouts folder: ENOENT`);
    expect(result.stderr).toContain(`${file}:9:5  $.layouts.active  no valid layout with id "nope"`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('opswall validate', () => {
  it('exits 0 on the shipped layouts and 1 on a broken file', () => {
    const ok = spawnSync(process.execPath, [cli, 'validate', join(root, 'layouts', 'central-room.json'), join(root, 'layouts', 'desk.json')], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'opswall-cli-'));
    writeFileSync(join(dir, 'bad.json'), '{"schema":"opswall.layout","version":1}');
    const bad = spawnSync(process.execPath, [cli, 'validate', join(dir, 'bad.json')], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('$.id  required string is missing');
    expect(bad.stderr).toContain('$.walls  required array is missing');
  });

  it('prints help for each command', () => {
    for (const command of ['start', 'hub', 'sim', 'validate', 'credential']) {
      const result = spawnSync(process.execPath, [cli, command, '--help'], { encoding: 'utf8' });
      expect(result.status, command).toBe(0);
      expect(result.stdout, command).toContain(`opswall ${command}`);
    }
  });
});

/** A room config on a temporary folder (the shipped layouts, every display mapped) with `extra` merged in. */
async function roomConfig(extra: Record<string, unknown> = {}): Promise<{ dir: string; file: string }> {
  const { makeTestRoom } = await import('../main/testing/room-fixture.js');
  const room = await makeTestRoom(extra);
  return { dir: room.dir, file: room.configFile };
}

/** Runs a command to its end (or kills it at `timeoutMs`), with how long it took. */
function runFor(args: string[], timeoutMs: number, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, ms: Date.now() - started });
    });
  });
}

describe('opswall hub when it cannot serve', () => {
  it('exits non-zero at once on a busy port (within 5 s, where a hung one runs until killed at 10 s), naming it', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const port = (blocker.address() as AddressInfo).port;
    const { file } = await roomConfig({ hub: { host: '127.0.0.1', port } });
    const result = await runFor(['hub', '--config', file], 10_000);
    blocker.close();
    expect(result.code, result.output).toBe(1);
    expect(result.ms).toBeLessThan(5_000);
    expect(result.output).toContain(`the hub's address is already in use (127.0.0.1:${port})`);
    expect(result.output).not.toMatch(/\n\s+at /);
  });

  it("names the simulator's port when that one is busy, and exits", async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const port = (blocker.address() as AddressInfo).port;
    const result = await runFor(['start', '--port', '0', '--sim-port', String(port)], 10_000, { XDG_DATA_HOME: mkdtempSync(join(tmpdir(), 'opswall-xdg-')) });
    blocker.close();
    expect(result.code).toBe(1);
    expect(result.output).toContain(`the demo room's simulator cannot listen: port ${port} on 127.0.0.1 is already in use`);
  });

  it('treats a port out of range as a usage error', async () => {
    const { file } = await roomConfig();
    const result = await runFor(['hub', '--config', file, '--port', '99999'], 10_000);
    expect(result.code).toBe(2);
    expect(result.output).toContain('--port "99999" is not a port number');
  });

  it('starts and serves with a damaged cache, which it has moved aside', async () => {
    const { dir, file } = await roomConfig();
    writeFileSync(join(dir, 'data', 'cache.sqlite'), Buffer.alloc(8192, 0x42));
    const child = spawn(process.execPath, [cli, 'hub', '--config', file, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await expect.poll(() => /listening at (http:\/\/[\d.:]+)/.exec(output)?.[1], { timeout: 15_000 }).toBeDefined();
    const url = /listening at (http:\/\/[\d.:]+)/.exec(output)![1]!;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(output).toContain('cache.damaged');
    expect(readdirSync(join(dir, 'data')).some((name) => name.startsWith('cache.sqlite.damaged-'))).toBe(true);
  });

  it('keeps serving a backend that answers its subscription with nonsense', async () => {
    const { startScriptedBackend } = await import('../main/testing/scripted-backend.js');
    const backend = await startScriptedBackend('room:upstream-secret', [], () => ({ accepted: 42, refused: 'x' }));
    try {
      const { file } = await roomConfig({ upstream: { url: backend.url, credential: { env: 'OPSWALL_E2E_UPSTREAM' } } });
      const child = spawn(process.execPath, [cli, 'hub', '--config', file, '--port', '0'], { env: { ...process.env, OPSWALL_E2E_UPSTREAM: 'room:upstream-secret' }, stdio: ['ignore', 'pipe', 'pipe'] });
      children.push(child);
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await expect.poll(() => backend.subscriptions.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
      const url = /listening at (http:\/\/[\d.:]+)/.exec(output)![1]!;
      const health = (await (await fetch(`${url}/healthz`)).json()) as HealthReport;
      expect(health.upstream.rejections.malformed).toBeGreaterThanOrEqual(1);
      expect(child.exitCode).toBeNull();
      expect(output).not.toContain('uncaught');
    } finally {
      await backend.close();
    }
  });
});

describe('opswall hub killed in the middle of a playlist', () => {
  it('comes back showing the same board, and the playlist goes on from where it was', async () => {
    const { writeBoard } = await import('../main/testing/room-fixture.js');
    const { connectConsole } = await import('../main/testing/console-client.js');
    const { dir, file } = await roomConfig();
    writeBoard(join(dir, 'layouts'), 'daily-briefing', 'Giao ban sáng');
    const operatorKey = 'ops-lead:granite-cloud-seven';
    const startHubProcess = async () => {
      const child = spawn(process.execPath, [cli, 'hub', '--config', file, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
      children.push(child);
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await expect.poll(() => /listening at (http:\/\/[\d.:]+)/.exec(output)?.[1], { timeout: 15_000 }).toBeDefined();
      return { child, url: /listening at (http:\/\/[\d.:]+)/.exec(output)![1]! };
    };

    const first = await startHubProcess();
    const operator = await connectConsole(first.url, operatorKey);
    const items = [
      { layoutId: 'daily-briefing', seconds: 12 },
      { layoutId: 'central-room', seconds: 12 },
    ];
    expect(await operator.command('playlist.save', { id: 'day', name: 'Ngày', target: { kind: 'room' }, items })).toMatchObject({ ok: true });
    expect(await operator.command('playlist.start', { playlistId: 'day' })).toMatchObject({ ok: true });
    const wallLayout = (client: typeof operator) => client.statuses.at(-1)?.walls.find((wall) => wall.id === 'main')?.layout?.id;
    await expect.poll(() => wallLayout(operator), { timeout: 10_000 }).toBe('daily-briefing');
    const before = operator.statuses.at(-1)!.playlists[0]!;
    operator.close();
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const second = await startHubProcess();
    const again = await connectConsole(second.url, operatorKey);
    expect(wallLayout(again)).toBe('daily-briefing');
    expect(again.statuses[0]!.playlists).toEqual([expect.objectContaining({ playlistId: 'day', index: 0, state: 'running', itemEndsAt: before.itemEndsAt })]);
    // The first board's time ends on schedule: the second one comes.
    await expect.poll(() => wallLayout(again), { timeout: 20_000 }).toBe('central-room');
    expect(again.statuses.at(-1)!.playlists[0]).toMatchObject({ index: 1, state: 'running' });
    again.close();
    // The audit log survived the kill, and its chain is whole.
    const verify = spawnSync(process.execPath, [cli, 'audit', 'verify', '--config', file], { encoding: 'utf8' });
    expect(verify.status, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/the audit log's \d+ rows chain unbroken/);
  }, 90_000);
});

describe('opswall audit', () => {
  it('verify names the row where an edited log breaks, and export writes JSON lines', async () => {
    const { dir, file } = await roomConfig();
    const Database = (await import('better-sqlite3')).default;
    const { AuditLog } = await import('../main/hub/audit/audit-log.js');
    const db = new Database(join(dir, 'data', 'room.sqlite'));
    const log = new AuditLog(db);
    for (let i = 0; i < 4; i++) log.record({ actor: { kind: 'person', id: 'ops-lead', roles: ['operator'] }, action: 'layout.switch', summary: { i }, result: 'done' });
    const exported = spawnSync(process.execPath, [cli, 'audit', 'export', '--config', file], { encoding: 'utf8' });
    expect(exported.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: number }).id)).toEqual([1, 2, 3, 4]);
    db.exec("DROP TRIGGER audit_no_update; UPDATE audit SET actor_id = 'someone-else' WHERE id = 3;");
    db.close();
    const verify = spawnSync(process.execPath, [cli, 'audit', 'verify', '--config', file], { encoding: 'utf8' });
    expect(verify.status).toBe(1);
    expect(verify.stderr).toContain('the chain breaks at row 3: row 3 was changed after it was written');
  });
});
