import type { RoomConfig } from '../config/load.js';
import { startHub, type RunningHub } from '../hub/hub.js';
import { flushLogs, type Logger } from '../log.js';

export interface PageAddresses {
  hub: RunningHub;
  lines: string[];
}

/**
 * Starts a hub and describes where its pages are. For the demo room it mints ephemeral credentials
 * and puts them in the URL fragment (never sent to the server, stripped by the page).
 */
export async function startHubWithAddresses(config: RoomConfig, logger: Logger, demo: boolean): Promise<PageAddresses> {
  const hub = await startHub({ config, logger });
  const lines: string[] = [];
  const wallKey = demo ? `#key=${encodeURIComponent(hub.addEphemeralCredential('demo-wall', ['wall']))}` : '';
  const consoleKey = demo ? `#key=${encodeURIComponent(hub.addEphemeralCredential('demo-console', ['viewer', 'operator', 'presenter', 'admin']))}` : '';
  lines.push(`OpsWall hub for "${config.room.name}" is listening at ${hub.url}`, `  health:   ${hub.url}/healthz`, `  console:  ${hub.consoleUrl}${consoleKey}`, `  presenter: ${hub.presenterUrl}${consoleKey}`);
  for (const { display } of config.library.layouts.get(config.layouts.active)?.layout.walls.flatMap((wall) => wall.displays.map((d) => ({ display: d }))) ?? []) {
    lines.push(`  display ${display.id.padEnd(12)} ${hub.wallUrl(display.id)}${wallKey}`);
  }
  if (!demo) lines.push('  (a display page asks for its wall credential: add #key=ID:SECRET to its address)');
  return { hub, lines };
}

/** Stops the hub on Ctrl+C / SIGTERM, once. */
export function closeOnSignals(close: () => Promise<void>): void {
  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      void close()
        .then(flushLogs)
        .finally(() => process.exit(0));
    });
  }
}
