import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** Runs a bench process (TypeScript, via tsx) and resolves with what it prints after "READY ". */
export function startProcess<T>(file: string, config: unknown): Promise<{ ready: T; child: ChildProcess; stop(): Promise<void> }> {
  // BENCH_PROFILE=hub-process.ts writes a CPU profile of that process to bench/results/profiles.
  const profile = process.env.BENCH_PROFILE === file ? ['--cpu-prof', `--cpu-prof-dir=${join(import.meta.dirname, '..', 'results', 'profiles')}`] : [];
  const flags = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...flags, ...profile, '--import', 'tsx', join(import.meta.dirname, file), JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => l.startsWith('READY '));
      if (line) {
        resolve({
          ready: JSON.parse(line.slice(6)) as T,
          child,
          stop: () =>
            new Promise<void>((done) => {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code} before it was ready`)));
  });
}

export function ready(value: unknown): void {
  process.stdout.write(`READY ${JSON.stringify(value)}\n`);
}
