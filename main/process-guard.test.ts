import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { recordingLogger } from './testing/recording-logger.js';
import { installLastResortGuard } from './process-guard.js';

describe('the last-resort guard', () => {
  it('logs an escaped exception and a forgotten rejection, and the process carries on', () => {
    const target = new EventEmitter();
    const logger = recordingLogger();
    const remove = installLastResortGuard(logger, target as never);
    target.emit('uncaughtException', new TypeError("Cannot read properties of undefined (reading 'accepted')"));
    target.emit('unhandledRejection', 'backend went away');
    expect(logger.entries.map((e) => [e.level, e.event, e.fields.error])).toEqual([
      ['error', 'process.uncaught-exception', "TypeError: Cannot read properties of undefined (reading 'accepted')"],
      ['error', 'process.unhandled-rejection', 'backend went away'],
    ]);
    expect(logger.entries[0]?.fields.stack).toMatch(/TypeError/);
    remove();
    expect(target.listenerCount('uncaughtException')).toBe(0);
    expect(target.listenerCount('unhandledRejection')).toBe(0);
  });
});
