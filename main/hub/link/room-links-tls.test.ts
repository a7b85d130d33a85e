import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRoomConfigFile } from '../../config/load.js';
import { hashSecret } from '../../config/secret-hash.js';
import { createLogger } from '../../log.js';
import { makeTestRoom } from '../../testing/room-fixture.js';
import { startHub, type RunningHub } from '../hub.js';

const fixtures = join(import.meta.dirname, '..', '..', 'testing', 'fixtures', 'link-tls');
const SECRET = 'quang-ninh:tls-lantern-seven';
const running: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  for (const item of running.splice(0).reverse()) await item.stop();
});

async function hub(overrides: Record<string, unknown>): Promise<RunningHub> {
  const room = await makeTestRoom(overrides);
  writeFileSync(join(room.dir, 'link-secret'), SECRET);
  const loaded = loadRoomConfigFile(room.configFile);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const started = await startHub({ config: loaded.config, rendererDir: room.dir, logger: createLogger({ console: false }), linkOptions: { backoff: { firstMs: 200, mostMs: 1_000 }, pingEveryMs: 500 } });
  running.push({ stop: async () => (await started.close(), room.cleanup()) });
  return started;
}

describe('a room link over TLS', () => {
  it('links to an https hub whose certificate the room config names as its CA, and refuses one it cannot trust', async () => {
    const central = await hub({
      hub: { host: '127.0.0.1', port: 0, tls: { certFile: join(fixtures, 'hub.crt'), keyFile: join(fixtures, 'hub.key') } },
      links: { rooms: [{ id: 'quang-ninh', name: 'Quảng Ninh', secretHash: await hashSecret('tls-lantern-seven', { N: 1024, r: 8, p: 1 }) }] },
    });
    expect(central.url).toMatch(/^https:/);
    const dialling = (ca: boolean) =>
      hub({
        room: { id: 'quang-ninh', name: 'Quảng Ninh' },
        links: { rooms: [{ id: 'test-central', name: 'Trung ương', url: central.url, credential: { file: 'link-secret' }, ...(ca ? { ca: join(fixtures, 'hub.crt') } : {}) }] },
      });
    const trusting = await dialling(true);
    await expect.poll(() => trusting.links.status()[0]?.state, { timeout: 10_000 }).toBe('up');
    await expect.poll(() => central.links.isUp('quang-ninh'), { timeout: 10_000 }).toBe(true);
    const doubting = await dialling(false);
    await expect.poll(() => doubting.links.status()[0]?.problem ?? '', { timeout: 10_000 }).toMatch(/cannot reach/);
    expect(doubting.links.isUp('test-central')).toBe(false);
  });
});
