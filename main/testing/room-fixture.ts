import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appRoot } from '../config/app-root.js';
import { hashSecret } from '../config/secret-hash.js';

export const TEST_SECRETS = {
  wall: 'wall-pc-1:correct-horse-battery',
  viewer: 'duty-officer:staple-lamp-river',
  operator: 'ops-lead:granite-cloud-seven',
  presenter: 'briefer:amber-kite-forty',
  admin: 'room-admin:quiet-delta-orchard',
} as const;

// Cheap scrypt cost for tests only; the product default is N=16384.
const TEST_COST = { N: 1024, r: 8, p: 1 };

/** A temporary room: the shipped layouts (and any extra ones), a config with a credential per role, a data dir. */
export async function makeTestRoom(overrides: Record<string, unknown> = {}): Promise<{ dir: string; configFile: string; config: Record<string, unknown>; cleanup(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'opswall-room-'));
  cpSync(join(appRoot, 'layouts'), join(dir, 'layouts'), { recursive: true });
  mkdirSync(join(dir, 'data'));
  const credential = async (token: string, roles: string[]) => {
    const [id, secret] = token.split(':') as [string, string];
    return { id, roles, secretHash: await hashSecret(secret, TEST_COST) };
  };
  const config = {
    schema: 'opswall.room-config',
    version: 1,
    room: { id: 'test-central', name: 'Phòng thử nghiệm' },
    hub: { host: '127.0.0.1', port: 0 },
    credentials: [
      await credential(TEST_SECRETS.wall, ['wall']),
      await credential(TEST_SECRETS.viewer, ['viewer']),
      await credential(TEST_SECRETS.operator, ['operator', 'viewer']),
      await credential(TEST_SECRETS.presenter, ['presenter']),
      await credential(TEST_SECRETS.admin, ['admin']),
    ],
    layouts: { dir: 'layouts', active: 'central-room' },
    displays: ['main-1', 'main-2', 'main-3', 'main-4', 'main-5', 'main-6', 'side-left', 'side-right'].map((display, index) => ({ display, monitor: { index } })),
    dataDir: 'data',
    ...overrides,
  };
  const configFile = join(dir, 'room.json');
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  return { dir, configFile, config, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Writes a layout for the same room as central-room (same walls and displays) under another id, with
 * each text panel saying which board it is: something to switch to in tests.
 */
export function writeBoard(layoutsDir: string, id: string, name: string): void {
  const base = JSON.parse(readFileSync(join(layoutsDir, 'central-room.json'), 'utf8')) as { id: string; name: string; walls: { displays: { panels: { id: string; kind: string; options: Record<string, unknown> }[] }[] }[] };
  base.id = id;
  base.name = name;
  for (const wall of base.walls)
    for (const display of wall.displays)
      for (const panel of display.panels) {
        panel.id = `${id}-${panel.id}`;
        if (panel.kind === 'text') panel.options = { ...panel.options, text: `${name}: ${String(panel.options.text)}` };
      }
  writeFileSync(join(layoutsDir, `${id}.json`), JSON.stringify(base, null, 2));
}
