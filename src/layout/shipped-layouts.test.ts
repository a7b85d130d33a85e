import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonDocument } from '../document/json-document.js';
import { formatProblem } from '../document/problem.js';
import { validateLayout } from './validate.js';

const layoutsDir = join(import.meta.dirname, '..', '..', 'layouts');
// The central room's boards, and the provincial room's (a second room for the two-room demo and tests).
const files = [...readdirSync(layoutsDir).filter((name) => name.endsWith('.json')), ...readdirSync(join(layoutsDir, 'provincial')).map((name) => join('provincial', name))];

describe('shipped layouts', () => {
  it('has layouts to check', () => expect(files.length).toBeGreaterThanOrEqual(2));

  it.each(files)('%s is valid', (name) => {
    const file = join(layoutsDir, name);
    const parsed = parseJsonDocument(readFileSync(file, 'utf8'), file);
    const problems = parsed.ok ? (validateLayout(parsed.document) as { problems?: [] }).problems ?? [] : parsed.problems;
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it.each(files)('%s states how each wall is seen, and reads from its farthest seat', (name) => {
    const file = join(layoutsDir, name);
    const parsed = parseJsonDocument(readFileSync(file, 'utf8'), file);
    if (!parsed.ok) throw new Error(name);
    const result = validateLayout(parsed.document);
    if (!result.ok) throw new Error(name);
    for (const wall of result.layout.walls) expect(wall.viewing, wall.id).toBeDefined();
    expect(result.warnings.map(formatProblem)).toEqual([]);
  });

  it('has a board for each of the centre’s information categories, and the daily briefing, for the central room’s displays', () => {
    const central = new Set(['main-1', 'main-2', 'main-3', 'main-4', 'main-5', 'main-6', 'side-left', 'side-right']);
    for (const id of ['daily-information', 'focus-issues', 'international-indices', 'socio-economic', 'regional', 'daily-briefing', 'session']) {
      const file = join(layoutsDir, `${id}.json`);
      const parsed = parseJsonDocument(readFileSync(file, 'utf8'), file);
      const result = parsed.ok ? validateLayout(parsed.document) : null;
      if (!result?.ok) throw new Error(`${id}.json`);
      expect(result.layout.id).toBe(id);
      expect(new Set(result.layout.walls.flatMap((wall) => wall.displays.map((display) => display.id)))).toEqual(central);
    }
  });

  it('the central room is read from 10 m on 55-inch monitors', () => {
    const file = join(layoutsDir, 'central-room.json');
    const parsed = parseJsonDocument(readFileSync(file, 'utf8'), file);
    const result = parsed.ok ? validateLayout(parsed.document) : null;
    if (!result?.ok) throw new Error('central-room.json');
    for (const wall of result.layout.walls) expect(wall.viewing).toMatchObject({ farthestM: 10, monitor: { diagonalIn: 55 } });
  });
});
