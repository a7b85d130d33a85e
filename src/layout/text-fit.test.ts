import { describe, expect, it } from 'vitest';
import { parseJsonDocument } from '../document/json-document.js';
import { validateLayout } from './validate.js';

const viewing = { monitor: { diagonalIn: 55, resolution: { width: 1920, height: 1080 } }, farthestM: 10 };
const kpi = (id: string, column: number, row: number) => ({ id, kind: 'kpi', cell: { column, row }, options: { channel: 'traffic/accidents', metric: 'deaths' } });

function validate(layout: Record<string, unknown>) {
  const document = { schema: 'opswall.layout', version: 1, id: 'test', name: 'Test', ...layout };
  const parsed = parseJsonDocument(JSON.stringify(document, null, 2), 'test.json');
  if (!parsed.ok) throw new Error('bad JSON');
  const result = validateLayout(parsed.document);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

const wall = (panels: unknown[], grid: { columns: number; rows: number }, extra: Record<string, unknown> = {}) => ({
  walls: [{ id: 'main', name: 'Main', viewing, displays: [{ id: 'main-1', name: 'Main 1', grid, panels, ...extra }] }],
});

describe('text fit from the farthest seat', () => {
  it('warns when four key figures share a 55-inch monitor read from 10 m, naming the panel, its need and its cell', () => {
    const result = validate({ minTextHeightVh: 6.4, ...wall([kpi('a', 1, 1), kpi('b', 2, 1), kpi('c', 1, 2), kpi('d', 2, 2)], { columns: 2, rows: 2 }) });
    expect(result.warnings).toHaveLength(4);
    expect(result.warnings[0]).toMatchObject({ path: '$.walls[0].displays[0].panels[0].cell' });
    expect(result.warnings[0]!.reason).toMatch(/panel "a" on display "main-1" needs about \d+ % of the display's height \(7 lines at 6\.4 % and 3 of small print at 3\.2 % \(55-inch monitors read from 10 m\)\); its cell is 4\d % high/);
  });

  it('passes two key figures side by side on the same monitor', () => {
    expect(validate({ minTextHeightVh: 6.4, ...wall([kpi('a', 1, 1), kpi('b', 2, 1)], { columns: 2, rows: 1 }) }).warnings).toEqual([]);
  });

  it('counts the lines a text wraps to in its cell', () => {
    const long = { id: 't', kind: 'text', cell: { column: 1, row: 1 }, options: { text: 'Số liệu trên màn hình luôn kèm kỳ báo cáo, nguồn và thời điểm chốt số liệu. '.repeat(4) } };
    expect(validate({ minTextHeightVh: 6.4, ...wall([long], { columns: 2, rows: 3 }) }).warnings).toHaveLength(1);
    expect(validate({ minTextHeightVh: 6.4, ...wall([long], { columns: 1, rows: 1 }) }).warnings).toEqual([]);
  });

  it('warns once when the layout sets a smaller minimum than the wall needs, and the wall uses the rule', () => {
    const result = validate({ minTextHeightVh: 2, ...wall([kpi('a', 1, 1)], { columns: 1, rows: 1 }) });
    expect(result.warnings.map((warning) => warning.reason)).toEqual(['2 % is below the 6.4 % that wall "main" needs (55-inch monitors read from 10 m); its displays use 6.4 %']);
    expect(result.warnings[0]!.path).toBe('$.minTextHeightVh');
  });

  it('checks a wall that states no viewing against the minimum it is given', () => {
    const result = validate({ minTextHeightVh: 10, walls: [{ id: 'main', name: 'Main', displays: [{ id: 'main-1', name: 'Main 1', grid: { columns: 2, rows: 2 }, panels: [kpi('a', 1, 1)] }] }] });
    expect(result.warnings).toHaveLength(1);
  });
});
