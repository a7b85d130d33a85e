import { describe, expect, it } from 'vitest';
import { parseShellArgs } from './args.js';

describe('parseShellArgs', () => {
  it('reads --config and --pc, in both spellings', () => {
    expect(parseShellArgs(['--config', 'room.json', '--pc=wall-2'])).toEqual({ ok: true, args: { configFile: 'room.json', pcName: 'wall-2' } });
    expect(parseShellArgs(['--config=/etc/opswall/room.json'])).toEqual({ ok: true, args: { configFile: '/etc/opswall/room.json' } });
    expect(parseShellArgs([])).toEqual({ ok: true, args: {} });
  });

  it('leaves Chromium and OS switches alone', () => {
    expect(parseShellArgs(['--no-sandbox', '--ozone-platform=x11', '--config', 'a.json', '--original-process-start-time=1', '.'])).toEqual({
      ok: true,
      args: { configFile: 'a.json' },
    });
  });

  it('refuses a missing value or a repeated option', () => {
    expect(parseShellArgs(['--config'])).toEqual({ ok: false, reason: '--config needs a value' });
    expect(parseShellArgs(['--config', '--pc', 'x'])).toEqual({ ok: false, reason: '--config needs a value' });
    expect(parseShellArgs(['--pc='])).toEqual({ ok: false, reason: '--pc needs a value' });
    expect(parseShellArgs(['--pc', 'a', '--pc', 'b'])).toEqual({ ok: false, reason: '--pc is given twice' });
  });
});
