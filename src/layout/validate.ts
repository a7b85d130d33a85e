import type { JsonDocument } from '../document/json-document.js';
import type { PathSegment, Problem } from '../document/problem.js';
import { zodProblems } from '../document/zod-problems.js';
import { layoutFormatMigrations, migrateLayoutFormat, migratePanelOptions, type FormatMigrations } from './migrate.js';
import { panelKinds as builtInPanelKinds, type PanelKindDefinition } from './panel-kinds/index.js';
import { isTimeZone } from './panel-kinds/time-zone.js';
import { textFitWarnings } from './text-fit.js';
import { LAYOUT_FORMAT, cellSchema, displaySchema, layoutSchema, wallSchema, type Cell, type Layout } from './schema.js';

/** A valid layout may still carry warnings: it will work, but not read well (text-fit.ts). */
export type LayoutValidation = { ok: true; layout: Layout; migratedFrom: number; warnings: Problem[] } | { ok: false; problems: Problem[] };

export interface ValidateOptions {
  panelKinds?: ReadonlyMap<string, PanelKindDefinition>;
  migrations?: FormatMigrations;
}

type Json = Record<string, unknown>;
type ResolvedOptions = Map<string, { options: Json; version: number }>;

/**
 * Validates a layout document and returns it migrated, with every panel's options parsed by its
 * kind's own schema (defaults filled in). Reports every problem at once: structural problems from the
 * schema, and grid, id and panel-option problems for every part that can be read.
 */
export function validateLayout(document: JsonDocument, options: ValidateOptions = {}): LayoutValidation {
  const kinds = options.panelKinds ?? builtInPanelKinds;
  const raw = document.value;
  if (!isRecord(raw)) return { ok: false, problems: [document.problemAt([], 'a layout must be a JSON object')] };
  if (raw.schema !== LAYOUT_FORMAT) {
    return { ok: false, problems: [document.problemAt(['schema'], `must be "${LAYOUT_FORMAT}" (is this a layout file?)`)] };
  }
  const migrated = migrateLayoutFormat(raw, options.migrations ?? layoutFormatMigrations);
  if (!migrated.ok) return { ok: false, problems: [document.problemAt(['version'], migrated.reason)] };

  const parsed = layoutSchema.safeParse(migrated.layout, { reportInput: true });
  const problems: Problem[] = parsed.success ? [] : zodProblems(document, parsed.error);
  const resolved: ResolvedOptions = new Map();
  problems.push(...semanticProblems(document, migrated.layout, kinds, resolved));
  if (typeof migrated.layout.timeZone === 'string' && !isTimeZone(migrated.layout.timeZone)) {
    problems.push(document.problemAt(['timeZone'], 'is not an IANA time zone (e.g. "Asia/Ho_Chi_Minh")'));
  }
  if (!parsed.success || problems.length > 0) return { ok: false, problems };

  const layout = parsed.data;
  for (const wall of layout.walls) {
    for (const display of wall.displays) {
      for (const panel of display.panels) {
        const panelOptions = resolved.get(panel.id);
        if (panelOptions) Object.assign(panel, { options: panelOptions.options, optionsVersion: panelOptions.version });
      }
    }
  }
  return { ok: true, layout, migratedFrom: migrated.from, warnings: textFitWarnings(document, layout, kinds) };
}

function semanticProblems(document: JsonDocument, layout: Json, kinds: ReadonlyMap<string, PanelKindDefinition>, resolved: ResolvedOptions): Problem[] {
  const problems: Problem[] = [];
  const firstUse = new Map<string, string>();
  const claim = (what: string, id: unknown, path: PathSegment[]) => {
    if (typeof id !== 'string') return;
    const earlier = firstUse.get(`${what}:${id}`);
    if (earlier) problems.push(document.problemAt(path, `duplicate ${what} id "${id}" (first used at ${earlier})`));
    else firstUse.set(`${what}:${id}`, document.problemAt(path, '').path);
  };

  records(layout.walls).forEach(([wall, w]) => {
    claim('wall', wall.id, ['walls', w, 'id']);
    const arrangement = wallSchema.shape.arrangement.safeParse(wall.arrangement);
    const seats = new Map<string, unknown>();
    records(wall.displays).forEach(([display, d]) => {
      const base: PathSegment[] = ['walls', w, 'displays', d];
      claim('display', display.id, [...base, 'id']);
      const position = displaySchema.shape.position.safeParse(display.position);
      if (position.success && position.data && arrangement.success && arrangement.data) {
        const { column, row } = position.data;
        const { columns, rows } = arrangement.data;
        if (column > columns || row > rows) {
          problems.push(document.problemAt([...base, 'position'], `display "${String(display.id)}" sits at column ${column}, row ${row}, outside wall "${String(wall.id)}" (${columns} × ${rows})`));
        }
        const other = seats.get(`${column},${row}`);
        if (other !== undefined) problems.push(document.problemAt([...base, 'position'], `display "${String(display.id)}" takes the same wall position as "${String(other)}"`));
        else seats.set(`${column},${row}`, display.id);
      }
      const grid = displaySchema.shape.grid.safeParse(display.grid);
      const placed: { id: unknown; cell: Cell }[] = [];
      records(display.panels).forEach(([panel, p]) => {
        const panelPath: PathSegment[] = [...base, 'panels', p];
        claim('panel', panel.id, [...panelPath, 'id']);
        const cell = cellSchema.safeParse(panel.cell);
        if (cell.success && grid.success) {
          problems.push(...cellProblems(document, [...panelPath, 'cell'], panel.id, cell.data, placed, display.id, grid.data));
          placed.push({ id: panel.id, cell: cell.data });
        }
        if (typeof panel.kind !== 'string') return;
        const version = typeof panel.optionsVersion === 'number' ? panel.optionsVersion : undefined;
        const result = resolvePanelOptions(document, panel.kind, isRecord(panel.options) ? panel.options : {}, version, panelPath, kinds);
        if (result.ok) {
          if (typeof panel.id === 'string') resolved.set(panel.id, { options: result.options, version: result.version });
        } else problems.push(...result.problems);
      });
    });
  });
  return problems;
}

function cellProblems(
  document: JsonDocument,
  path: PathSegment[],
  panelId: unknown,
  cell: Cell,
  placed: readonly { id: unknown; cell: Cell }[],
  displayId: unknown,
  grid: { columns: number; rows: number },
): Problem[] {
  const problems: Problem[] = [];
  const lastColumn = cell.column + cell.columnSpan - 1;
  const lastRow = cell.row + cell.rowSpan - 1;
  if (lastColumn > grid.columns || lastRow > grid.rows) {
    problems.push(
      document.problemAt(
        path,
        `panel "${String(panelId)}" covers columns ${cell.column}-${lastColumn}, rows ${cell.row}-${lastRow}, outside the ${grid.columns} × ${grid.rows} grid of display "${String(displayId)}"`,
      ),
    );
  }
  for (const other of placed) {
    if (overlaps(cell, other.cell)) problems.push(document.problemAt(path, `panel "${String(panelId)}" overlaps panel "${String(other.id)}" on display "${String(displayId)}"`));
  }
  return problems;
}

function resolvePanelOptions(
  document: JsonDocument,
  kind: string,
  options: Json,
  optionsVersion: number | undefined,
  panelPath: PathSegment[],
  kinds: ReadonlyMap<string, PanelKindDefinition>,
): { ok: true; options: Json; version: number } | { ok: false; problems: Problem[] } {
  const definition = kinds.get(kind);
  if (!definition) {
    const known = [...kinds.keys()].sort().join(', ');
    return { ok: false, problems: [document.problemAt([...panelPath, 'kind'], `unknown panel kind "${kind}" (known kinds: ${known})`)] };
  }
  const migrated = migratePanelOptions(options, optionsVersion ?? definition.optionsVersion, definition.optionsVersion, definition.migrations);
  if (!migrated.ok) return { ok: false, problems: [document.problemAt([...panelPath, 'optionsVersion'], migrated.reason)] };
  const parsed = definition.options.safeParse(migrated.options, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: zodProblems(document, parsed.error, [...panelPath, 'options']) };
  return { ok: true, options: parsed.data, version: definition.optionsVersion };
}

function overlaps(a: Cell, b: Cell): boolean {
  return a.column < b.column + b.columnSpan && b.column < a.column + a.columnSpan && a.row < b.row + b.rowSpan && b.row < a.row + a.rowSpan;
}

function records(value: unknown): [Json, number][] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown, index) => (isRecord(item) ? [[item, index] as [Json, number]] : []));
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
