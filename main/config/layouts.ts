import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseJsonDocument } from '../../src/document/json-document.js';
import type { Problem } from '../../src/document/problem.js';
import { validateLayout } from '../../src/layout/validate.js';
import type { Layout } from '../../src/layout/schema.js';

export interface LoadedLayout {
  layout: Layout;
  file: string;
  /** Content hash of the validated layout: what a display reports it is showing. */
  version: string;
}

export interface LayoutLibrary {
  layouts: Map<string, LoadedLayout>;
  problems: Problem[];
}

export function loadLayoutFile(file: string): { ok: true; loaded: LoadedLayout } | { ok: false; problems: Problem[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, problems: [{ file, path: '$', reason: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` }] };
  }
  const parsed = parseJsonDocument(text, file);
  if (!parsed.ok) return parsed;
  const result = validateLayout(parsed.document);
  if (!result.ok) return result;
  return { ok: true, loaded: { layout: result.layout, file, version: contentVersion(result.layout) } };
}

/** Loads every *.json layout in a folder; a bad file is reported and skipped, never fatal to the others. */
export function loadLayoutLibrary(dir: string): LayoutLibrary {
  const layouts = new Map<string, LoadedLayout>();
  const problems: Problem[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    return { layouts, problems: [{ file: dir, path: '$', reason: `cannot read the layouts folder: ${(error as NodeJS.ErrnoException).code ?? String(error)}` }] };
  }
  for (const name of names) {
    const file = join(dir, name);
    const result = loadLayoutFile(file);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const { id } = result.loaded.layout;
    const earlier = layouts.get(id);
    if (earlier) problems.push({ file, path: '$.id', reason: `layout id "${id}" is also used by ${basename(earlier.file)}` });
    else layouts.set(id, result.loaded);
  }
  return { layouts, problems };
}

function contentVersion(layout: Layout): string {
  return createHash('sha256').update(JSON.stringify(layout)).digest('hex').slice(0, 12);
}
