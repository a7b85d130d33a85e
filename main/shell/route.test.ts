import { describe, expect, it } from 'vitest';
import { ADMIN_COMMANDS } from '../cli/words.js';
import { CLI_COMMANDS } from '../cli/run.js';
import { routeShellArgs } from './route.js';

describe('what the packaged app is asked to do', () => {
  it('starts the room with no word, with "start", and with only switches (its own and Chromium\'s)', () => {
    expect(routeShellArgs([])).toEqual({ kind: 'shell', args: [] });
    expect(routeShellArgs(['--no-sandbox', '--config', 'room.json', '--pc', 'wall-1'])).toEqual({ kind: 'shell', args: ['--no-sandbox', '--config', 'room.json', '--pc', 'wall-1'] });
    expect(routeShellArgs(['start', '--config', 'room.json'])).toEqual({ kind: 'shell', args: ['--config', 'room.json'] });
  });

  it('hands the administrator\'s commands to the CLI, with their words', () => {
    expect(routeShellArgs(['validate', 'room.json'])).toEqual({ kind: 'cli', args: ['validate', 'room.json'] });
    expect(routeShellArgs(['--no-sandbox', 'credential', 'new', 'ops-1', '--role', 'viewer'])).toEqual({ kind: 'cli', args: ['credential', 'new', 'ops-1', '--role', 'viewer'] });
    expect(routeShellArgs(['hub', '--config', 'room.json'])).toEqual({ kind: 'cli', args: ['hub', '--config', 'room.json'] });
    expect(routeShellArgs(['--help'])).toEqual({ kind: 'cli', args: ['--help'] });
    expect(routeShellArgs(['--version'])).toEqual({ kind: 'cli', args: ['--version'] });
    expect(routeShellArgs(['monitors'])).toEqual({ kind: 'monitors' });
  });

  it('refuses a word it does not know instead of starting the room', () => {
    expect(routeShellArgs(['frobnicate'])).toEqual({ kind: 'usage', message: 'unknown command "frobnicate"' });
    expect(routeShellArgs(['room.json'])).toEqual({ kind: 'usage', message: 'unknown command "room.json"' });
  });

  it('every administrator\'s command is a command of the CLI', () => {
    for (const word of ADMIN_COMMANDS) expect(CLI_COMMANDS).toContain(word);
  });
});
