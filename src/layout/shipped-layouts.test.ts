import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonDocument } from '../document/json-document.js';
import { formatProblem } from '../document/problem.js';
import { validateLayout } from './validate.js';

const layoutsDir = join(import.meta.dirname, '..', '..', 'layouts');
const files = readdirSync(layoutsDir).filter((name) => name.endsWith('.json'));

describe('shipped layouts', () => {
  it('has layouts to check', () => expect(files.length).toBeGreaterThanOrEqual(2));

  it.each(files)('%s is valid', (name) => {
    const file = join(layoutsDir, name);
    const parsed = parseJsonDocument(readFileSync(file, 'utf8'), file);
    const problems = parsed.ok ? (validateLayout(parsed.document) as { problems?: [] }).problems ?? [] : parsed.problems;
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
