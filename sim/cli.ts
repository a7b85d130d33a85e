import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseFaults, type Faults } from './faults.js';
import { startSim, type RunningSim } from './server.js';

export const SIM_HELP = `opswall sim [--host H] [--port N] [--seed N] [--rate X] [--faults LIST]
            [--credential-file F] [--heartbeat-ms N]

Runs the reference national reporting backend: the feed protocol (socket.io, namespace /feed) with
realistic, deterministic data for every channel — the same seed gives the same figures.

Options:
  --host H              Address to listen on (default 127.0.0.1).
  --port N              Port (default 7401; 0: any free port).
  --seed N              Seed of all generated data (default 1).
  --rate X              Load multiplier: above 1, stream about X extra observations a second
                        (AQI and market readings, batched every 10 ms) for benchmarks.
  --faults LIST         Comma list of faults, NAME or NAME=VALUE:
                          drop=N|now   disconnect every client every N s (default 30), or once now
                          stall        send nothing, keep the sockets open
                          duplicate=N  send every N-th batch twice (default 5)
                          reorder=N    swap every N-th batch with the next (default 7)
                          gap=N        skip every N-th batch's seq on the wire (default 11)
                          malformed=N  broken items mixed into every N-th batch (default 3)
                          oversized=N  pad every N-th batch past the item limit (default 50)
                          unauthorised=N  send every N-th batch to clients not subscribed (default 13)
                          skew=S       shift every timestamp by S seconds (default 600; may be negative)
  --credential-file F   File holding the credential "id:secret" the hub must present.
                        Otherwise the environment variable OPSWALL_SIM_CREDENTIAL.
  --heartbeat-ms N      Heartbeat interval (default 2000).
  -h, --help            This help.`;

function fail(message: string, code = 2): number {
  process.stderr.write(`opswall sim: ${message}\n`);
  return code;
}

/** Parses a numeric option; throws a readable message. */
function numberOption(value: string | undefined, name: string, check: (n: number) => boolean, what: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || !check(n)) throw new Error(`--${name} must be ${what}, not "${value}"`);
  return n;
}

/** `opswall sim …`: runs until SIGINT/SIGTERM; resolves to the exit status. */
export async function runSimCommand(args: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        seed: { type: 'string' },
        rate: { type: 'string' },
        faults: { type: 'string' },
        'credential-file': { type: 'string' },
        'heartbeat-ms': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${SIM_HELP}`);
  }
  if (values.help) {
    process.stdout.write(`${SIM_HELP}\n`);
    return 0;
  }
  let port: number | undefined;
  let seed: number | undefined;
  let rate: number | undefined;
  let heartbeatMs: number | undefined;
  let faults: Faults;
  try {
    port = numberOption(values.port, 'port', (n) => Number.isInteger(n) && n >= 0 && n <= 65535, 'a port number (0–65535)');
    seed = numberOption(values.seed, 'seed', Number.isInteger, 'a whole number');
    rate = numberOption(values.rate, 'rate', (n) => n >= 0, 'a number ≥ 0');
    heartbeatMs = numberOption(values['heartbeat-ms'], 'heartbeat-ms', (n) => Number.isInteger(n) && n > 0, 'a whole number above 0');
    faults = values.faults ? parseFaults(values.faults) : {};
  } catch (error) {
    return fail((error as Error).message);
  }
  let credential = process.env.OPSWALL_SIM_CREDENTIAL ?? '';
  if (values['credential-file']) {
    try {
      credential = readFileSync(values['credential-file'], 'utf8').trim();
    } catch (error) {
      return fail(`cannot read the credential file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  if (!/^[^:\s]+:\S+$/.test(credential)) return fail('no credential: give --credential-file F or set OPSWALL_SIM_CREDENTIAL to "id:secret"');

  const host = values.host ?? '127.0.0.1';
  let sim: RunningSim;
  try {
    sim = await startSim({ host, port, seed, rate, heartbeatMs, credential, faults });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') return fail(`port ${String(port ?? 7401)} on ${host} is already in use; choose another with --port`, 1);
    if (code === 'EADDRNOTAVAIL') return fail(`cannot listen on ${host}: no such address on this machine`, 1);
    if (code === 'EACCES') return fail(`not allowed to listen on ${host}:${String(port ?? 7401)}`, 1);
    return fail((error as Error).message, 1);
  }
  const active = Object.entries(sim.faults()).map(([name, value]) => (value === true ? name : `${name}=${String(value)}`));
  process.stdout.write(`OpsWall simulator on ${sim.url} (namespace /feed) — seed ${sim.seed}${rate && rate > 1 ? `, rate ${rate}/s` : ''}${active.length ? `, faults: ${active.join(', ')}` : ''}\n`);
  return new Promise<number>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void sim.close().then(() => resolve(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
