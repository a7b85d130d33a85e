import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadRoomConfigFile } from '../../config/load.js';
import { createLogger } from '../../log.js';
import { installLastResortGuard } from '../../process-guard.js';
import { help, portOption, reportConfigProblems, usageError, withPort } from '../output.js';

export async function hubCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { config: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return help('hub');
  if (!values.config) return usageError('hub', 'opswall hub needs --config FILE');
  const port = portOption(values.port, '--port');
  if (typeof port === 'string') return usageError('hub', port);
  const loaded = withPort(loadRoomConfigFile(values.config), port);
  if (!loaded.ok) return reportConfigProblems(loaded);
  const logger = createLogger({ dir: join(loaded.config.dataDir, 'logs'), name: 'hub' }, 'hub');
  const { closeOnSignals, startHubWithAddresses } = await import('../room-runner.js');
  const { hub, lines } = await startHubWithAddresses(loaded.config, logger, false);
  installLastResortGuard(logger);
  console.log(lines.join('\n'));
  closeOnSignals(() => hub.close());
  return new Promise<number>(() => {});
}
