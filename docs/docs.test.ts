// The docs say what the code does: these checks fail when one of them drifts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/document/problem.js';
import { panelKinds } from '../src/layout/panel-kinds/index.js';
import { validateRoomConfig } from '../main/config/load.js';
import { parseJsonDocument } from '../src/document/json-document.js';
import { hashSecret } from '../main/config/secret-hash.js';

const root = join(import.meta.dirname, '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** Every string a logger is called with as an event name in main/ and sim/. */
function loggedEvents(): Set<string> {
  const events = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
        for (const match of readFileSync(path, 'utf8').matchAll(/\.(?:info|warn|error|debug|refused|throttledLog)\(\s*'([a-z][a-z.-]+)'/g)) events.add(match[1]!);
      }
    }
  };
  walk(join(root, 'main'));
  walk(join(root, 'sim'));
  return events;
}

describe('docs/operations.md', () => {
  it('names only log events the hub and the shell really write', () => {
    const text = read('docs/operations.md');
    const section = text.slice(text.indexOf('Useful events'), text.indexOf('OPSWALL_LOG_LEVEL'));
    const named = [...section.matchAll(/`([a-z][a-z0-9.-]+)`/g)].map((m) => m[1]!).filter((name) => !/^(hub|shell)\.log/.test(name));
    expect(named.length).toBeGreaterThan(15);
    const written = loggedEvents();
    expect(named.filter((name) => !written.has(name))).toEqual([]);
  });

  it('gives a simulator example that starts as printed', () => {
    const line = /^\s*(OPSWALL_SIM_CREDENTIAL=\S+) opswall sim (.*)$/m.exec(read('docs/operations.md'));
    expect(line).not.toBeNull();
    const [, credential, args] = line!;
    const env = { ...process.env, [credential!.split('=')[0]!]: credential!.slice(credential!.indexOf('=') + 1) };
    // The same words, on a free port, for a moment: it must get as far as listening.
    const words = args!.replace(/--port \d+/, '--port 0').split(' ');
    const output = execFileSync(process.execPath, ['--import', 'tsx', '-e', `import { runSimCommand } from './sim/cli.ts'; const code = await Promise.race([runSimCommand(${JSON.stringify(words)}), new Promise((r) => setTimeout(() => r('running'), 1500))]); console.log('result', code); process.exit(0);`], { cwd: root, env, encoding: 'utf8' });
    expect(output).toMatch(/result running/);
  }, 30_000);
});

describe('docs/layouts.md', () => {
  it('lists every panel kind', () => {
    const text = read('docs/layouts.md');
    for (const kind of panelKinds.keys()) expect(text, kind).toContain(`| \`${kind}\` |`);
  });
});

describe('README.md', () => {
  it("the example room config validates as printed, once its shortened hashes are whole", async () => {
    const text = read('README.md');
    const block = /```json\n(\{\n {2}"\$schema": "docs\/schemas\/room-config\.schema\.json",[\s\S]*?\n\})\n```/.exec(text)?.[1];
    expect(block).toBeDefined();
    const hash = await hashSecret('example', { N: 1024, r: 8, p: 1 });
    const dir = mkdtempSync(join(tmpdir(), 'opswall-readme-'));
    mkdirSync(join(dir, 'tls'));
    writeFileSync(join(dir, 'tls', 'hub.crt'), 'certificate');
    writeFileSync(join(dir, 'tls', 'hub.key'), 'key');
    const config = block!.replaceAll('scrypt$16384$8$1$…', hash).replace('"dir": "layouts"', `"dir": ${JSON.stringify(join(root, 'layouts'))}`);
    const parsed = parseJsonDocument(config, 'README.md');
    if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
    const result = validateRoomConfig(parsed.document, dir);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('its $schema names the generated schema', () => {
    expect(readdirSync(join(root, 'docs', 'schemas'))).toContain('room-config.schema.json');
  });
});
