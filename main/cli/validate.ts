import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseJsonDocument } from '../../src/document/json-document.js';
import { formatProblem, type Problem } from '../../src/document/problem.js';
import { layoutDisplays } from '../../src/layout/displays.js';
import { validateLayout } from '../../src/layout/validate.js';
import { validateRoomConfig } from '../config/load.js';

export interface ValidateOutput {
  ok: boolean;
  lines: string[];
}

/** Validates layout and room-config files; detects which is which by their "schema" field. */
export function validateFiles(files: readonly string[]): ValidateOutput {
  const lines: string[] = [];
  let ok = true;
  for (const file of files) {
    const problems = validateOne(resolve(file), lines);
    if (problems.length > 0) {
      ok = false;
      lines.push(`✗ ${file}: ${count(problems.length, 'problem')}`);
      for (const problem of problems) lines.push(`  ${formatProblem(problem)}`);
    }
  }
  return { ok, lines };
}

function validateOne(file: string, lines: string[]): Problem[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return [{ file, path: '$', reason: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` }];
  }
  const parsed = parseJsonDocument(text, file);
  if (!parsed.ok) return parsed.problems;
  const schema = (parsed.document.value as { schema?: unknown } | null)?.schema;
  if (schema === 'opswall.room-config') {
    const result = validateRoomConfig(parsed.document, dirname(file));
    if (!result.ok) return result.problems;
    const { config } = result;
    lines.push(`✓ ${file}: room config "${config.room.id}", active layout "${config.layouts.active}", ${count(config.displays.length, 'display')} mapped, ${count(config.credentials.length, 'credential')}`);
    return [];
  }
  if (schema !== 'opswall.layout') {
    return [parsed.document.problemAt(['schema'], 'must be "opswall.layout" (a layout) or "opswall.room-config" (a room config)')];
  }
  const result = validateLayout(parsed.document);
  if (!result.ok) return result.problems;
  const displays = layoutDisplays(result.layout);
  const panels = displays.reduce((sum, { display }) => sum + display.panels.length, 0);
  lines.push(`✓ ${file}: layout "${result.layout.id}", ${count(result.layout.walls.length, 'wall')}, ${count(displays.length, 'display')}, ${count(panels, 'panel')}`);
  if (result.warnings.length > 0) {
    lines.push(`⚠ ${file}: ${count(result.warnings.length, 'warning')} (it works, but will not read well)`);
    for (const warning of result.warnings) lines.push(`  ${formatProblem(warning)}`);
  }
  return [];
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
