import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/document/problem.js';
import { makeTestRoom } from '../testing/room-fixture.js';
import { DEMO_PROVINCE, demoProvinceConfig, demoRoomConfig, loadRoomConfigFile } from './load.js';
import { hashSecret } from './secret-hash.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

async function room(overrides: Record<string, unknown> = {}) {
  const fixture = await makeTestRoom(overrides);
  cleanups.push(fixture.cleanup);
  return fixture;
}

describe('room config', () => {
  it('loads a valid config with defaults and absolute paths', async () => {
    const { configFile, dir } = await room({ hub: undefined });
    const result = loadRoomConfigFile(configFile);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.config.hub).toEqual({ host: '127.0.0.1', port: 7400, allowedOrigins: [] });
    expect(result.config.layouts.dir).toBe(join(dir, 'layouts'));
    expect(result.config.dataDir).toBe(join(dir, 'data'));
    expect(result.config.shell).toEqual({ hub: 'local' });
    expect(result.config.library.layouts.get('central-room')?.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('the built-in demo room is valid', () => {
    const result = demoRoomConfig();
    expect(result.ok && result.config.hub).toEqual({ host: '127.0.0.1', port: 7400, allowedOrigins: [] });
    expect(result.ok && result.config.file).toBe(null);
  });

  it('the built-in demo province is valid, dials the demo room, and the demo room admits it when given the hash', async () => {
    const province = demoProvinceConfig('http://127.0.0.1:7400');
    expect(province.ok && province.config.links.rooms).toEqual([{ id: 'demo-central', name: expect.any(String), url: 'http://127.0.0.1:7400', credential: { env: DEMO_PROVINCE.credentialEnv } }]);
    expect(province.ok && province.config.presenter.sessionLayout).toBe('provincial-session');
    const previous = process.env[DEMO_PROVINCE.hashEnv];
    process.env[DEMO_PROVINCE.hashEnv] = await hashSecret('s', { N: 1024, r: 8, p: 1 });
    try {
      const central = demoRoomConfig();
      expect(central.ok && central.config.links.rooms.map((room) => room.id)).toEqual([DEMO_PROVINCE.room.id]);
      expect(central.ok && central.config.presenter.sessionLayout).toBe('session');
    } finally {
      if (previous === undefined) delete process.env[DEMO_PROVINCE.hashEnv];
      else process.env[DEMO_PROVINCE.hashEnv] = previous;
    }
  });

  it('reports every problem with its path, line and reason', async () => {
    const base = await room();
    const config = base.config as { credentials: { id: string }[]; displays: { display: string }[] };
    const broken = {
      ...config,
      hub: { host: '127.0.0.1', port: 99999, tls: { certFile: 'missing.pem', keyFile: 'missing.key' } },
      credentials: [...config.credentials, { id: 'plain', roles: ['boss'], secretHash: 'hunter2' }],
      displays: [...config.displays.slice(1), { display: 'main-2', monitor: { index: 3 } }, { display: 'ghost', monitor: { slot: 1 } }],
      colour: 'blue',
    };
    writeFileSync(base.configFile, JSON.stringify(broken, null, 2));
    const result = loadRoomConfigFile(base.configFile);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.problems.map((p) => `${p.path}  ${p.reason}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        '$.hub.port  must be at most 65535',
        `$.credentials[${config.credentials.length}].roles[0]  must be one of "wall", "viewer", "operator", "presenter", "admin"`,
        `$.credentials[${config.credentials.length}].secretHash  must be a scrypt hash made by \`opswall credential hash\` (never the secret itself)`,
        '$.displays[8].monitor  must be one of {"index": N}, {"id": N} or {"position": {"x": X, "y": Y}}',
        '$.colour  unknown option "colour"',
      ]),
    );
    for (const problem of result.problems) expect(problem.line).toBeGreaterThan(0);
  });

  it('reports the problems of every stage at once: a bad monitor does not hide an unknown active layout', async () => {
    const base = await room();
    const config = base.config as { displays: { display: string; monitor: unknown }[] };
    writeFileSync(
      base.configFile,
      JSON.stringify({ ...config, layouts: { dir: 'layouts', active: 'no-such-layout' }, displays: [{ display: 'main-1', monitor: { slot: 1 } }, ...config.displays.slice(1)], credentials: [] }, null, 2),
    );
    const result = loadRoomConfigFile(base.configFile);
    const lines = result.ok ? [] : result.problems.map((p) => `${p.path}  ${p.reason}`);
    expect(lines).toContain('$.displays[0].monitor  must be one of {"index": N}, {"id": N} or {"position": {"x": X, "y": Y}}');
    expect(lines).toContainEqual(expect.stringMatching(/^\$\.layouts\.active {2}no valid layout with id "no-such-layout" in .* \(found: central-room, daily-briefing, daily-information, desk, focus-issues, international-indices, regional, session, socio-economic\)$/));
  });

  it('reads JSON with comments and trailing commas, as editors write them', async () => {
    const base = await room();
    // A trailing comma after the last property and after the last display, and comments.
    const text = JSON.stringify(base.config, null, 2)
      .replace(/\n}$/, ',\n  // the cache and logs go here\n}')
      .replace(/("monitor": \{\s*"index": 7\s*\}\s*\})/, '$1, /* side-right */');
    expect(text).toContain('/* side-right */');
    writeFileSync(base.configFile, text);
    const result = loadRoomConfigFile(base.configFile);
    expect(result.ok ? 'ok' : result.problems.map(formatProblem)).toBe('ok');
  });

  it('says a port given as text must be a number, not that it is missing', async () => {
    const base = await room({ hub: { port: '7519' } });
    const result = loadRoomConfigFile(base.configFile);
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}  ${p.reason}`)).toEqual(['$.hub.port  must be a number, not the text "7519"']);
  });

  it('checks the display mapping against the active layout and the files it names', async () => {
    const base = await room();
    const config = base.config as { displays: { display: string }[] };
    writeFileSync(
      base.configFile,
      JSON.stringify({
        ...config,
        hub: { tls: { certFile: 'missing.pem', keyFile: 'key.pem' } },
        displays: [...config.displays.slice(1), { display: 'main-2', monitor: { index: 3 } }, { display: 'ghost', monitor: { index: 9 } }],
        shell: { hub: 'https://hub.room.local:7400' },
      }),
    );
    writeFileSync(join(base.dir, 'key.pem'), 'not really a key');
    const result = loadRoomConfigFile(base.configFile);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.path}  ${p.reason}`)).toEqual([
      `$.hub.tls.certFile  file not found: ${join(base.dir, 'missing.pem')}`,
      '$.shell.credential  a wall PC that uses a remote hub needs its wall credential ({"env": …} or {"file": …})',
      '$.displays[7].display  display "main-2" is mapped twice (also at $.displays[0])',
      '$.displays[8].display  layout "central-room" has no display "ghost"',
      '$.displays  display "main-1" of layout "central-room" is not mapped to a monitor',
    ]);
  });

  it('names the active layout it cannot find, and broken layouts in the folder', async () => {
    const base = await room({ layouts: { dir: 'layouts', active: 'no-such-layout' } });
    writeFileSync(join(base.dir, 'layouts', 'broken.json'), '{ "schema": "opswall.layout", ');
    const result = loadRoomConfigFile(base.configFile);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/broken\.json:1:\d+ {2}\$ {2}not valid JSON: /),
      expect.stringContaining('$.layouts.active  no valid layout with id "no-such-layout"'),
    ]);
  });

  it('reports an unreadable file and invalid JSON with a position', async () => {
    const missing = loadRoomConfigFile('/nonexistent/room.json');
    expect(!missing.ok && missing.problems[0]?.reason).toBe('cannot read the config: ENOENT');
    const base = await room();
    writeFileSync(base.configFile, '{\n  "schema": "opswall.room-config",\n  "version": 1,\n  "room": { "id": "x" "name": "y" }\n}');
    const bad = loadRoomConfigFile(base.configFile);
    expect(!bad.ok && formatProblem(bad.problems[0]!)).toBe(`${base.configFile}:4:23  $  not valid JSON: a comma was expected`);
  });
});
