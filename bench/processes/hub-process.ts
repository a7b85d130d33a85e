import { loadRoomConfigFile } from '../../main/config/load.js';
import { startHub } from '../../main/hub/hub.js';
import { createLogger } from '../../main/log.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTestRoom, writeBoard } from '../../main/testing/room-fixture.js';
import { ready } from './child.js';

const config = JSON.parse(process.argv[2] ?? '{}') as { upstreamUrl: string; credential: string; boards?: string[]; layouts?: Record<string, unknown>; active?: string };
process.env.OPSWALL_BENCH_UPSTREAM = config.credential;
const room = await makeTestRoom({ upstream: { url: config.upstreamUrl, credential: { env: 'OPSWALL_BENCH_UPSTREAM' } }, ...(config.active ? { layouts: { dir: 'layouts', active: config.active } } : {}) });
// Extra boards to switch between (copies of central-room under other ids), and layouts of the benchmark's own.
for (const id of config.boards ?? []) writeBoard(join(room.dir, 'layouts'), id, id);
for (const [id, layout] of Object.entries(config.layouts ?? {})) writeFileSync(join(room.dir, 'layouts', `${id}.json`), JSON.stringify(layout));
const loaded = loadRoomConfigFile(room.configFile);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
// Serves the built renderer (dist/renderer), as in production.
const hub = await startHub({ config: loaded.config, logger: createLogger({ console: false }) });
ready({ url: hub.url });
// exit() after close lets --cpu-prof write its profile.
process.on('SIGTERM', () => void hub.close().then(() => (room.cleanup(), process.exit(0))));
