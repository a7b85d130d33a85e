import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_PROVINCE, DEMO_UPSTREAM, demoProvinceConfig, demoRoomConfig, loadRoomConfigFile } from '../../config/load.js';
import { hashSecret, randomSecret } from '../../config/secret-hash.js';
import { createLogger } from '../../log.js';
import { installLastResortGuard } from '../../process-guard.js';
import { help, portOption, reportConfigProblems, usageError, withPort } from '../output.js';

export async function startCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      config: { type: 'string' },
      pc: { type: 'string' },
      port: { type: 'string' },
      'sim-port': { type: 'string' },
      'no-shell': { type: 'boolean' },
      'with-province': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return help('start');
  const demo = values.config === undefined;
  const port = portOption(values.port, '--port');
  const simPort = portOption(values['sim-port'], '--sim-port');
  if (typeof port === 'string') return usageError('start', port);
  if (typeof simPort === 'string') return usageError('start', simPort);
  if (values['with-province'] && !demo) return usageError('start', '--with-province goes with the demo room (no --config)');
  if (values['with-province'] && port === 0) return usageError('start', '--with-province needs the demo room on a known port (not --port 0)');
  // The demo room is fed by the reference backend, started here; the shell (a child) inherits its address and credential.
  const sim = demo ? await startDemoBackend(simPort) : null;
  // A second room to hold presenter sessions with: its link secret made now, handed over in the environment.
  if (values['with-province']) {
    const secret = randomSecret();
    process.env[DEMO_PROVINCE.credentialEnv] = `${DEMO_PROVINCE.room.id}:${secret}`;
    process.env[DEMO_PROVINCE.hashEnv] = await hashSecret(secret);
  }
  const province = values['with-province'] ? await startDemoProvince(`http://127.0.0.1:${port ?? 7400}`) : null;
  const loaded = withPort(demo ? demoRoomConfig() : loadRoomConfigFile(values.config!), port);
  if (!loaded.ok) {
    await sim?.close();
    return reportConfigProblems(loaded);
  }
  const { findElectronBinary, launchShell } = await import('../../shell/launch.js');
  const electron = values['no-shell'] ? { ok: false as const, reason: '--no-shell was given' } : findElectronBinary();
  if (electron.ok) {
    const shellArgs = [...(values.config ? ['--config', values.config] : []), ...(values.pc ? ['--pc', values.pc] : []), ...(values.port ? ['--port', values.port] : [])];
    const code = await launchShell(electron.path, shellArgs);
    await province?.hub.close();
    await sim?.close();
    return code;
  }
  const logger = createLogger({ dir: join(loaded.config.dataDir, 'logs'), name: 'hub' }, 'hub');
  const { closeOnSignals, startHubWithAddresses } = await import('../room-runner.js');
  let started: Awaited<ReturnType<typeof startHubWithAddresses>>;
  try {
    started = await startHubWithAddresses(loaded.config, logger, demo);
  } catch (error) {
    await province?.hub.close();
    await sim?.close();
    throw error;
  }
  const { hub, lines } = started;
  installLastResortGuard(logger);
  const simLine = sim ? [`  national backend (simulator): ${sim.url}`] : [];
  console.log([`No kiosk windows: ${electron.reason}. Serving the pages only — open them in a browser.`, ...lines, ...simLine, ...(province?.lines ?? [])].join('\n'));
  closeOnSignals(async () => {
    await province?.hub.close();
    await hub.close();
    await sim?.close();
  });
  return new Promise<number>(() => {});
}

/** Starts the demo's provincial room (its hub and pages only), dialling the demo room at `centralUrl`. */
async function startDemoProvince(centralUrl: string): Promise<{ hub: { close(): Promise<void> }; lines: string[] }> {
  const loaded = demoProvinceConfig(centralUrl);
  if (!loaded.ok) throw new Error(`the demo province's config is invalid: ${loaded.problems.map((problem) => problem.reason).join('; ')}`);
  const { startHubWithAddresses } = await import('../room-runner.js');
  const started = await startHubWithAddresses(loaded.config, createLogger({ dir: join(loaded.config.dataDir, 'logs'), name: 'hub' }, 'hub'), true);
  return { hub: started.hub, lines: ['', 'Linked for presenter sessions:', ...started.lines] };
}

/** Starts the simulated national backend for the demo room and points the demo config at it. */
async function startDemoBackend(port: number | undefined): Promise<{ url: string; close(): Promise<void> }> {
  const credential = (process.env[DEMO_UPSTREAM.credentialEnv] ??= `demo-room:${randomSecret()}`);
  const { startSim } = await import('../../../sim/server.js');
  const simPort = port ?? Number(new URL(DEMO_UPSTREAM.url).port);
  try {
    const sim = await startSim({ host: '127.0.0.1', port: simPort, seed: 2020, credential });
    process.env.OPSWALL_DEMO_UPSTREAM_URL = sim.url;
    return sim;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`the demo room's simulator cannot listen: port ${simPort} on 127.0.0.1 is already in use (choose another with --sim-port N)`, { cause: error });
    }
    throw error;
  }
}

