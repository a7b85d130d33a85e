import { loadRoomConfigFile } from '../../main/config/load.js';
import { startHub, type RunningHub } from '../../main/hub/hub.js';
import { createLogger } from '../../main/log.js';
import { makeTestRoom, TEST_SECRETS } from '../../main/testing/room-fixture.js';

export { TEST_SECRETS };

/** A real hub on a free loopback port, serving the built renderer (dist/renderer). */
export async function startTestHub(): Promise<{ hub: RunningHub; configFile: string; stop(): Promise<void> }> {
  const room = await makeTestRoom();
  const loaded = loadRoomConfigFile(room.configFile);
  if (!loaded.ok) throw new Error('the e2e room config must be valid');
  const hub = await startHub({ config: loaded.config, logger: createLogger({ console: false }) });
  return {
    hub,
    configFile: room.configFile,
    async stop() {
      await hub.close();
      room.cleanup();
    },
  };
}
