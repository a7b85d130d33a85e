import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger, flushLogs } from './log.js';

describe('log files', () => {
  it('write without making the caller wait for the disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opswall-log-'));
    const logger = createLogger({ dir, name: 'hub', console: false }, 'hub');
    logger.info('hub.listening', { url: 'http://127.0.0.1:7400' });
    // Nothing has reached the file when the call returns: the line is on its way through a stream.
    const file = join(dir, 'hub.log');
    expect(existsSync(file) ? readFileSync(file, 'utf8') : '').toBe('');
    await flushLogs();
    expect(JSON.parse(readFileSync(join(dir, 'hub.log'), 'utf8'))).toMatchObject({ level: 'info', component: 'hub', event: 'hub.listening' });
  });

  it('rotate by size, keep a bounded number of files, and lose no line in between', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opswall-log-'));
    const logger = createLogger({ dir, name: 'hub', console: false, rotation: { maxBytes: 20_000, keep: 3 } }, 'hub');
    const child = logger.child('upstream');
    for (let i = 0; i < 600; i++) (i % 2 ? child : logger).warn('upstream.rejected', { n: i, detail: 'x'.repeat(40) });
    await flushLogs();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await flushLogs();
    const names = readdirSync(dir).sort();
    expect(names).toEqual(['hub.log', 'hub.log.1', 'hub.log.2', 'hub.log.3']);
    for (const name of names) expect(statSync(join(dir, name)).size).toBeLessThanOrEqual(20_000);
    // The newest lines are all there, in order, across the files.
    const lines = ['hub.log.3', 'hub.log.2', 'hub.log.1', 'hub.log'].flatMap((name) => readFileSync(join(dir, name), 'utf8').split('\n').filter(Boolean));
    const numbers = lines.map((line) => (JSON.parse(line) as { n: number }).n);
    expect(numbers.at(-1)).toBe(599);
    expect(numbers).toEqual(numbers.map((_, i) => numbers[0]! + i));
  });
});
