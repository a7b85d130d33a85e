import { afterEach, describe, expect, it, vi } from 'vitest';
import { credentialCommand } from './credential.js';

afterEach(() => vi.restoreAllMocks());

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(console, 'log').mockImplementation((line: string) => void (out += `${line}\n`));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void (err += `${line}\n`));
  const code = await credentialCommand(args);
  vi.restoreAllMocks();
  return { code, out, err };
}

const rolesOf = (out: string) => (JSON.parse(/\{"id".*\}/.exec(out)![0]) as { roles: string[] }).roles;

describe('opswall credential new', () => {
  it('takes every role, however they are written', async () => {
    expect(rolesOf((await run('new', 'ops-1', '--role', 'viewer', 'operator')).out)).toEqual(['viewer', 'operator']);
    expect(rolesOf((await run('new', 'ops-2', '--role', 'viewer', '--role', 'operator')).out)).toEqual(['viewer', 'operator']);
    expect(rolesOf((await run('new', 'ops-3', '--role', 'viewer,operator')).out)).toEqual(['viewer', 'operator']);
    expect(rolesOf((await run('new', '--role', 'admin', 'presenter', 'ops-4')).out)).toEqual(['admin', 'presenter']);
    expect(rolesOf((await run('new', 'ops-5')).out)).toEqual(['viewer']);
  }, 20_000);

  it('refuses an unknown role or a stray word instead of dropping it', async () => {
    const unknown = await run('new', 'ops-6', '--role', 'viewer,boss');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown role boss');
    const stray = await run('new', 'ops-7', 'operator');
    expect(stray.code).toBe(2);
    expect(stray.err).toContain('unexpected word "operator"');
  });
});
