import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runSimCommand } from './cli.js';
import { FeedClient, until } from './test-support.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
  return { out: () => out.join(''), err: () => err.join('') };
}

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.OPSWALL_SIM_CREDENTIAL;
});

describe('opswall sim', () => {
  it('prints its help', async () => {
    const io = capture();
    expect(await runSimCommand(['--help'])).toBe(0);
    expect(io.out()).toMatch(/opswall sim \[--host H\] \[--port N\]/);
    expect(io.out()).toMatch(/--faults LIST/);
  });

  it('refuses bad options and a missing credential with a one-line reason', async () => {
    const io = capture();
    expect(await runSimCommand(['--port', 'abc'])).toBe(2);
    expect(await runSimCommand(['--faults', 'explode'])).toBe(2);
    expect(await runSimCommand(['--port', '0'])).toBe(2);
    expect(await runSimCommand(['--credential-file', '/no/such/file'])).toBe(2);
    expect(io.err().trim().split('\n')).toEqual([
      'opswall sim: --port must be a port number (0–65535), not "abc"',
      'opswall sim: --faults: unknown fault "explode" (known: drop, stall, duplicate, reorder, gap, malformed, oversized, unauthorised, skew)',
      'opswall sim: no credential: give --credential-file F or set OPSWALL_SIM_CREDENTIAL to "id:secret"',
      'opswall sim: cannot read the credential file: ENOENT',
    ]);
  });

  it('says clearly, without a stack, that the port is in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const io = capture();
    process.env.OPSWALL_SIM_CREDENTIAL = 'room:secret';
    expect(await runSimCommand(['--port', String(port)])).toBe(1);
    expect(io.err()).toBe(`opswall sim: port ${port} on 127.0.0.1 is already in use; choose another with --port\n`);
    blocker.close();
  });

  it('serves the feed with the credential from a file, prints its URL, and stops on SIGINT', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opswall-sim-'));
    writeFileSync(join(dir, 'credential'), 'room-a:file-secret\n');
    const io = capture();
    const exit = runSimCommand(['--port', '0', '--seed', '3', '--faults', 'duplicate=4', '--credential-file', join(dir, 'credential')]);
    await until(() => io.out().includes('OpsWall simulator on'));
    expect(io.out()).toMatch(/^OpsWall simulator on http:\/\/127\.0\.0\.1:\d+ \(namespace \/feed\) — seed 3, faults: duplicate=4\n$/);
    const url = /http:\/\/[\d.:]+/.exec(io.out())![0];
    const client = new FeedClient(url, 'room-a:file-secret');
    await client.connected();
    client.close();
    process.emit('SIGINT');
    expect(await exit).toBe(0);
  });
});
