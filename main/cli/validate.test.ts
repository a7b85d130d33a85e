import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRoot } from '../config/app-root.js';
import { makeTestRoom } from '../testing/room-fixture.js';
import { validateFiles } from './validate.js';

describe('opswall validate', () => {
  it('passes every shipped layout', () => {
    const result = validateFiles([join(appRoot, 'layouts', 'central-room.json'), join(appRoot, 'layouts', 'desk.json'), join(appRoot, 'layouts', 'daily-briefing.json')]);
    expect(result.ok).toBe(true);
    expect(result.lines).toEqual([
      expect.stringMatching(/central-room\.json: layout "central-room", 2 walls, 8 displays, 15 panels$/),
      expect.stringMatching(/desk\.json: layout "desk", 1 wall, 1 display, 9 panels$/),
      expect.stringMatching(/daily-briefing\.json: layout "daily-briefing", 2 walls, 8 displays, 9 panels$/),
    ]);
  });

  it('warns, and still passes, when a panel will not read from the farthest seat', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opswall-validate-'));
    const layout = JSON.parse(readFileSync(join(appRoot, 'layouts', 'central-room.json'), 'utf8')) as { walls: { displays: { id: string; grid: { columns: number; rows: number }; panels: { cell: unknown }[] }[] }[] };
    const main3 = layout.walls[0]!.displays.find((display) => display.id === 'main-3')!;
    // Two key figures stacked instead of side by side: each gets half the height.
    main3.grid = { columns: 1, rows: 2 };
    main3.panels.forEach((panel, i) => (panel.cell = { column: 1, row: i + 1 }));
    const file = join(dir, 'crowded.json');
    writeFileSync(file, JSON.stringify(layout, null, 2));
    const result = validateFiles([file]);
    expect(result.ok).toBe(true);
    expect(result.lines[1]).toMatch(/⚠ .*crowded\.json: 2 warnings \(it works, but will not read well\)/);
    expect(result.lines[2]).toMatch(/panel "vnindex" on display "main-3" needs about \d+ % of the display's height .*55-inch monitors read from 10 m.*its cell is 4\d % high/);
  });

  it('checks a room config with its layouts and mapping', async () => {
    const room = await makeTestRoom();
    const result = validateFiles([room.configFile]);
    expect(result).toEqual({ ok: true, lines: [expect.stringContaining('room config "test-central", active layout "central-room", 8 displays mapped, 5 credentials')] });
    room.cleanup();
  });

  it('prints every problem of every file as FILE:LINE:COLUMN  PATH  REASON and fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opswall-validate-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(
      broken,
      JSON.stringify(
        {
          schema: 'opswall.layout',
          version: 1,
          id: 'broken',
          name: 'Broken',
          walls: [{ id: 'w', name: 'W', displays: [{ id: 'd', name: 'D', grid: { columns: 1, rows: 1 }, panels: [{ id: 'p', kind: 'radar', cell: { column: 2, row: 1 } }] }] }],
        },
        null,
        2,
      ),
    );
    const notJson = join(dir, 'not-json.json');
    writeFileSync(notJson, '{ "schema": "opswall.layout" ');
    const unknown = join(dir, 'unknown.json');
    writeFileSync(unknown, '{}');
    const result = validateFiles([broken, notJson, unknown, join(dir, 'missing.json')]);
    expect(result.ok).toBe(false);
    expect(result.lines).toEqual([
      `✗ ${broken}: 2 problems`,
      `  ${broken}:22:15  $.walls[0].displays[0].panels[0].cell  panel "p" covers columns 2-2, rows 1-1, outside the 1 × 1 grid of display "d"`,
      `  ${broken}:21:15  $.walls[0].displays[0].panels[0].kind  unknown panel kind "radar" (known kinds: air-quality, clock, disaster, energy, epidemics, finance, indicator-board, kpi, map, markets, reports, text, timeseries, traffic-accidents, video, weather)`,
      `✗ ${notJson}: 1 problem`,
      `  ${notJson}:1:30  $  not valid JSON: a closing } was expected`,
      `✗ ${unknown}: 1 problem`,
      `  ${unknown}:1:1  $.schema  must be "opswall.layout" (a layout) or "opswall.room-config" (a room config)`,
      `✗ ${join(dir, 'missing.json')}: 1 problem`,
      `  ${join(dir, 'missing.json')}  $  cannot read the file: ENOENT`,
    ]);
  });
});
