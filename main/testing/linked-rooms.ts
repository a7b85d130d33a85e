import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRoomConfigFile } from '../config/load.js';
import { hashSecret } from '../config/secret-hash.js';
import { startHub, type RunningHub, type StartHubOptions } from '../hub/hub.js';
import { createLogger } from '../log.js';
import { makeTestRoom } from './room-fixture.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

export const PROVINCE = { id: 'quang-ninh', name: 'Trung tâm điều hành tỉnh Quảng Ninh' } as const;
export const CENTRAL = { id: 'test-central', name: 'Phòng thử nghiệm' } as const;
/** What the provincial hub presents to the central one ("<its room id>:<secret>"). */
export const PROVINCE_LINK_SECRET = `${PROVINCE.id}:harbour-lantern-ninety`;

export interface LinkedRooms {
  central: RunningHub;
  province: RunningHub;
  /** The network between the rooms: the province dials the central hub through it. */
  network: TcpProxy;
  stop(): Promise<void>;
}

export interface LinkedRoomsOptions {
  /** The secret the province presents (a wrong one to test refusal). */
  provinceSecret?: string;
  graceSeconds?: number;
  hubOptions?: Partial<StartHubOptions>;
  rendererDir?: string;
  /** More of the central room's config (an upstream, for a demo with data). */
  central?: Record<string, unknown>;
}

/**
 * Two real hubs on loopback, as the central room and the Quảng Ninh provincial centre: the province dials the
 * centre through a TCP proxy the test can cut; the centre has its session board and an agenda, the
 * province its own small room with its own session board.
 */
export async function startLinkedRooms(options: LinkedRoomsOptions = {}): Promise<LinkedRooms> {
  const cost = { N: 1024, r: 8, p: 1 };
  const grace = options.graceSeconds ?? 30;
  const centralRoom = await makeTestRoom({
    links: { rooms: [{ id: PROVINCE.id, name: PROVINCE.name, secretHash: await hashSecret(PROVINCE_LINK_SECRET.split(':')[1]!, cost) }], graceSeconds: grace, inviteSeconds: 60 },
    presenter: {
      sessionLayout: 'session',
      agendas: [
        {
          id: 'morning-briefing',
          name: 'Giao ban sáng',
          steps: [
            { title: 'Tình hình chung', layoutId: 'daily-briefing', area: null, notes: 'Số liệu trong ngày.' },
            { title: 'Quảng Ninh', layoutId: 'session', area: 'VN34-22', notes: 'Mưa lớn, sạt lở.' },
          ],
        },
      ],
    },
    ...options.central,
  });
  const logger = () => createLogger({ console: false });
  const hubOptions = { ...(options.rendererDir ? { rendererDir: options.rendererDir } : {}), linkOptions: { backoff: { firstMs: 200, mostMs: 1_000 }, pingEveryMs: 500 }, ...options.hubOptions };
  const centralConfig = loadRoomConfigFile(centralRoom.configFile);
  if (!centralConfig.ok) throw new Error(JSON.stringify(centralConfig.problems));
  const central = await startHub({ config: centralConfig.config, logger: logger(), ...hubOptions });
  const network = await startTcpProxy(Number(new URL(central.url).port));

  const secretFile = 'link-secret.txt';
  const provinceRoom = await makeTestRoom({
    room: PROVINCE,
    layouts: { dir: 'layouts/provincial', active: 'provincial-room' },
    displays: ['p-1', 'p-2'].map((display, index) => ({ display, monitor: { index } })),
    links: { rooms: [{ id: CENTRAL.id, name: CENTRAL.name, url: `http://127.0.0.1:${network.port}`, credential: { file: secretFile } }], graceSeconds: grace, inviteSeconds: 60 },
    presenter: { sessionLayout: 'provincial-session' },
  });
  writeFileSync(join(provinceRoom.dir, secretFile), options.provinceSecret ?? PROVINCE_LINK_SECRET);
  const provinceConfig = loadRoomConfigFile(provinceRoom.configFile);
  if (!provinceConfig.ok) throw new Error(JSON.stringify(provinceConfig.problems));
  const province = await startHub({ config: provinceConfig.config, logger: logger(), ...hubOptions });
  return {
    central,
    province,
    network,
    async stop() {
      await province.close();
      await network.close();
      await central.close();
      centralRoom.cleanup();
      provinceRoom.cleanup();
    },
  };
}
