import { LAYOUT_VERSION } from './schema.js';

type Json = Record<string, unknown>;
/** formatMigrations[n] turns a layout of format version n into version n + 1. */
export type FormatMigrations = Readonly<Record<number, (layout: Json) => Json>>;

/** Format 1 is the first released format; future format changes add their step here. */
export const layoutFormatMigrations: FormatMigrations = {};

export type MigrationResult = { ok: true; layout: Json; from: number } | { ok: false; reason: string };

/** Brings a layout document of any released format version up to `target`, one step at a time. */
export function migrateLayoutFormat(layout: Json, migrations: FormatMigrations = layoutFormatMigrations, target = LAYOUT_VERSION): MigrationResult {
  const from = layout.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    return { ok: false, reason: `"version" must be a whole number from 1 to ${target}` };
  }
  if (from > target) {
    return { ok: false, reason: `format version ${from} is newer than this OpsWall understands (${target}); upgrade OpsWall` };
  }
  let current = layout;
  for (let version = from; version < target; version++) {
    const step = migrations[version];
    if (!step) return { ok: false, reason: `no migration from format version ${version} to ${version + 1}` };
    current = { ...step(current), version: version + 1 };
  }
  return { ok: true, layout: current, from };
}

/** Brings a panel's options up to its kind's current version using the kind's own migrations. */
export function migratePanelOptions(
  options: Json,
  from: number,
  target: number,
  migrations: Readonly<Record<number, (options: Json) => Json>>,
): { ok: true; options: Json } | { ok: false; reason: string } {
  if (from > target) return { ok: false, reason: `options version ${from} is newer than this panel kind understands (${target})` };
  let current = options;
  for (let version = from; version < target; version++) {
    const step = migrations[version];
    if (!step) return { ok: false, reason: `no options migration from version ${version} to ${version + 1}` };
    current = step(current);
  }
  return { ok: true, options: current };
}
