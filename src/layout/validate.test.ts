import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseJsonDocument } from '../document/json-document.js';
import type { Problem } from '../document/problem.js';
import { definePanelKind } from './panel-kinds/define.js';
import { panelKinds } from './panel-kinds/index.js';
import { validateLayout } from './validate.js';

const layout = (displays: unknown[], extra: Record<string, unknown> = {}) => ({
  schema: 'opswall.layout',
  version: 1,
  id: 'test-room',
  name: 'Test room',
  walls: [{ id: 'main', name: 'Main', arrangement: { columns: 2, rows: 1 }, displays }],
  ...extra,
});
const display = (id: string, panels: unknown[], extra: Record<string, unknown> = {}) => ({ id, name: id, grid: { columns: 2, rows: 2 }, panels, ...extra });
const panel = (id: string, column: number, row: number, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'text',
  cell: { column, row },
  options: { text: 'Xin chào' },
  ...extra,
});

function validate(value: unknown) {
  const text = JSON.stringify(value, null, 2);
  const parsed = parseJsonDocument(text, 'layouts/test.json');
  if (!parsed.ok) throw new Error('test document must parse');
  return validateLayout(parsed.document);
}

function problemsOf(value: unknown): Problem[] {
  const result = validate(value);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('validateLayout', () => {
  it('accepts a valid layout and fills in defaults from each panel kind', () => {
    const result = validate(layout([display('main-1', [panel('a', 1, 1), { id: 'c', kind: 'clock', cell: { column: 2, row: 1, rowSpan: 2 } }])]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [text, clock] = result.layout.walls[0]!.displays[0]!.panels;
    expect(text!.options).toEqual({ text: 'Xin chào', size: 'large', align: 'start', tone: 'neutral' });
    expect(clock!.options).toEqual({ showSeconds: true, showDate: true, periods: ['month', 'quarter', 'year'] });
    expect(clock!.cell).toEqual({ column: 2, row: 1, columnSpan: 1, rowSpan: 2 });
    expect(result.layout.minTextHeightVh).toBe(2);
    expect(result.layout.locale).toBe('vi-VN');
  });

  it('reports every problem at once, each with its JSON path, line and reason', () => {
    const problems = problemsOf(
      layout([
        display('main-1', [
          panel('a', 1, 1, { cell: { column: 1, row: 1, columnSpan: 2 } }),
          panel('b', 2, 1), // overlaps a
          panel('c', 2, 2, { cell: { column: 2, row: 2, columnSpan: 2 } }), // out of the 2×2 grid
          panel('d', 1, 2, { kind: 'radar' }), // unknown kind
        ]),
        display('main-1', [
          panel('a', 1, 1), // duplicate panel id, in a duplicate display
          panel('e', 2, 1, { options: { text: 'x', colour: 'red' } }), // unknown option
          panel('f', 1, 2, { options: { text: 'x', size: 'gigantic' } }), // bad value
        ]),
      ]),
    );
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p.reason]));
    expect(byPath['$.walls[0].displays[0].panels[1].cell']).toBe('panel "b" overlaps panel "a" on display "main-1"');
    expect(byPath['$.walls[0].displays[0].panels[2].cell']).toBe('panel "c" covers columns 2-3, rows 2-2, outside the 2 × 2 grid of display "main-1"');
    expect(byPath['$.walls[0].displays[0].panels[3].kind']).toMatch(/^unknown panel kind "radar" \(known kinds: air-quality, clock, .*kpi, map, .*text.*\)$/);
    expect(byPath['$.walls[0].displays[1].id']).toBe('duplicate display id "main-1" (first used at $.walls[0].displays[0].id)');
    expect(byPath['$.walls[0].displays[1].panels[0].id']).toBe('duplicate panel id "a" (first used at $.walls[0].displays[0].panels[0].id)');
    expect(byPath['$.walls[0].displays[1].panels[1].options.colour']).toBe('unknown option "colour"');
    expect(byPath['$.walls[0].displays[1].panels[2].options.size']).toBe('must be one of "normal", "large", "huge"');
    expect(problems).toHaveLength(7);
    for (const problem of problems) {
      expect(problem.file).toBe('layouts/test.json');
      expect(problem.line).toBeGreaterThan(1);
    }
  });

  it('points the line at the offending value in the file', () => {
    const text = '{\n  "schema": "opswall.layout",\n  "version": 1,\n  "id": "Bad Id",\n  "name": "x",\n  "walls": []\n}';
    const parsed = parseJsonDocument(text, 'f.json');
    if (!parsed.ok) throw new Error('must parse');
    const result = validateLayout(parsed.document);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.find((p) => p.path === '$.id')).toMatchObject({ line: 4, column: 3 });
    expect(result.problems.find((p) => p.path === '$.walls')?.reason).toBe('a layout needs at least one wall');
  });

  it('still checks panels and grids when another part of the layout is structurally broken', () => {
    const problems = problemsOf(layout([display('main-1', [panel('a', 1, 1), panel('b', 1, 1)])], { name: 42 }));
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['$.name', '$.walls[0].displays[0].panels[1].cell']));
  });

  it('reports a required option that is missing, and a missing cell', () => {
    const problems = problemsOf(layout([display('main-1', [{ id: 'a', kind: 'text', cell: { column: 1, row: 1 } }, { id: 'b', kind: 'clock' }])]));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: '$.walls[0].displays[0].panels[0].options.text', reason: 'required string is missing' }),
        expect.objectContaining({ path: '$.walls[0].displays[0].panels[1].cell', reason: 'required object is missing' }),
      ]),
    );
  });

  it('refuses non-plain text and bad time zones', () => {
    const problems = problemsOf(
      layout([display('main-1', [panel('a', 1, 1, { options: { text: 'bell\u0007' } }), { id: 'c', kind: 'clock', cell: { column: 2, row: 1 }, options: { timeZone: 'Mars/Olympus' } }])], {
        timeZone: 'Nowhere/City',
      }),
    );
    expect(problems.map((p) => [p.path, p.reason])).toEqual(
      expect.arrayContaining([
        ['$.walls[0].displays[0].panels[0].options.text', 'must be plain text (no control characters)'],
        ['$.walls[0].displays[0].panels[1].options.timeZone', 'is not an IANA time zone (e.g. "Asia/Ho_Chi_Minh")'],
        ['$.timeZone', 'is not an IANA time zone (e.g. "Asia/Ho_Chi_Minh")'],
      ]),
    );
  });

  it('checks a kpi panel against the feed channel catalogue', () => {
    const kpi = (id: string, column: number, options: Record<string, unknown>) => ({ id, kind: 'kpi', cell: { column, row: 1 }, options });
    const problems = problemsOf(
      layout([
        display('main-1', [
          kpi('a', 1, { channel: 'traffic/accidents', metric: 'deaths', area: 'VN34-01' }),
          kpi('b', 2, { channel: 'traffic/accidents', metric: 'rainfall' }),
          kpi('c', 1, { channel: 'weather/tomorrow', metric: 'rain' }),
        ]),
      ]),
    );
    expect(problems.map((p) => [p.path, p.reason])).toEqual(
      expect.arrayContaining([
        ['$.walls[0].displays[0].panels[1].options.metric', expect.stringMatching(/^"rainfall" is not a metric of traffic\/accidents \(metrics: accidents, deaths, /)],
        ['$.walls[0].displays[0].panels[2].options.channel', expect.stringContaining('must be one of "environment/aqi", "environment/weather"')],
      ]),
    );
    expect(problems.some((p) => p.path.startsWith('$.walls[0].displays[0].panels[0]'))).toBe(false);
  });

  it('checks display positions against the wall arrangement', () => {
    const problems = problemsOf(layout([display('main-1', [], { position: { column: 3, row: 1 } }), display('main-2', [], { position: { column: 3, row: 1 } })]));
    expect(problems.map((p) => p.reason)).toEqual([
      'display "main-1" sits at column 3, row 1, outside wall "main" (2 × 1)',
      'display "main-2" sits at column 3, row 1, outside wall "main" (2 × 1)',
      'display "main-2" takes the same wall position as "main-1"',
    ]);
  });

  it('refuses a file of a newer format, or that is not a layout', () => {
    expect(problemsOf({ ...layout([]), version: 7 })[0]).toMatchObject({ path: '$.version', reason: expect.stringContaining('newer than this OpsWall understands') });
    expect(problemsOf({ schema: 'opswall.room-config' })[0]).toMatchObject({ path: '$.schema' });
    expect(problemsOf([1, 2])[0]!.reason).toBe('a layout must be a JSON object');
  });

  it("migrates a panel's older options with its kind's own migrations before validating them", () => {
    const banner = definePanelKind({
      kind: 'banner',
      title: { vi: 'Biểu ngữ', en: 'Banner' },
      optionsVersion: 2,
      options: z.strictObject({ message: z.string(), size: z.enum(['large', 'huge']).default('large') }),
      migrations: { 1: ({ text, ...rest }) => ({ ...rest, message: text }) },
      channels: () => [],
    });
    const kinds = new Map([...panelKinds, ['banner', banner]]);
    const parsed = parseJsonDocument(
      JSON.stringify(layout([display('main-1', [panel('b', 1, 1, { kind: 'banner', optionsVersion: 1, options: { text: 'Chào' } }), panel('n', 2, 1, { kind: 'banner', optionsVersion: 3, options: {} })])])),
      'old.json',
    );
    if (!parsed.ok) throw new Error('must parse');
    const result = validateLayout(parsed.document, { panelKinds: kinds });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({ path: '$.walls[0].displays[0].panels[1].optionsVersion', reason: 'options version 3 is newer than this panel kind understands (2)' }),
    ]);
    const fixed = parseJsonDocument(JSON.stringify(layout([display('main-1', [panel('b', 1, 1, { kind: 'banner', optionsVersion: 1, options: { text: 'Chào' } })])])), 'old.json');
    if (!fixed.ok) throw new Error('must parse');
    const migrated = validateLayout(fixed.document, { panelKinds: kinds });
    expect(migrated.ok && migrated.layout.walls[0]!.displays[0]!.panels[0]).toMatchObject({ optionsVersion: 2, options: { message: 'Chào', size: 'large' } });
  });
});
