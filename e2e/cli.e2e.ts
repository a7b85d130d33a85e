import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HealthReport } from '../src/protocol/control.js';

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
    expect(health).toMatchObject({ status: 'ok', layout: { id: 'central-room' }, displays: { expected: 8 } });
    expect(output).toMatch(/national backend \(simulator\): http:\/\/127\.0\.0\.1:\d+/);
    // The demo hub is fed by the embedded simulator.
    await expect
      .poll(async () => ((await (await fetch(`${url}/healthz`)).json()) as HealthReport).upstream.state, { timeout: 15_000 })
      .toBe('connected');
    const page = await fetch(`${url}/wall?display=main-1`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<script type="module"[^>]+src="\/assets\//);
  });

  it('refuses a broken config with every problem and exit status 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opswall-cli-'));
    const file = join(dir, 'room.json');
    writeFileSync(file, JSON.stringify({ schema: 'opswall.room-config', version: 1, room: { id: 'X', name: '' }, layouts: { active: 'nope' } }, null, 2));
    const result = spawnSync(process.execPath, [cli, 'start', '--config', file], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the room config has 2 problems');
    expect(result.stderr).toContain(`${file}:5:5  $.room.id  must be lower-case letters`);
    expect(result.stderr).toContain(`${file}:6:5  $.room.name  must not be empty`);
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
