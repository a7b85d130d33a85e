import { describe, expect, it } from 'vitest';
import { migrateLayoutFormat } from './migrate.js';

// Format 1 is the first released format, so the chain is exercised with a test registry.
const migrations = {
  1: (layout: Record<string, unknown>) => ({ ...layout, walls: [{ id: 'main', displays: layout.displays }], displays: undefined }),
  2: (layout: Record<string, unknown>) => ({ ...layout, locale: layout.language ?? 'vi-VN', language: undefined }),
};

describe('migrateLayoutFormat', () => {
  it('applies each step from the file version up to the target, in order', () => {
    const result = migrateLayoutFormat({ version: 1, displays: [{ id: 'd' }], language: 'en-GB' }, migrations, 3);
    expect(result).toEqual({ ok: true, from: 1, layout: { version: 3, walls: [{ id: 'main', displays: [{ id: 'd' }] }], displays: undefined, locale: 'en-GB', language: undefined } });
  });

  it('leaves a current layout untouched', () => {
    const layout = { version: 3, walls: [] };
    expect(migrateLayoutFormat(layout, migrations, 3)).toEqual({ ok: true, from: 3, layout });
  });

  it('refuses newer, missing and malformed versions with a reason', () => {
    expect(migrateLayoutFormat({ version: 4 }, migrations, 3)).toEqual({ ok: false, reason: 'format version 4 is newer than this OpsWall understands (3); upgrade OpsWall' });
    expect(migrateLayoutFormat({ version: 1 }, { 2: migrations[2] }, 3)).toEqual({ ok: false, reason: 'no migration from format version 1 to 2' });
    expect(migrateLayoutFormat({ version: '1' }, migrations, 3)).toEqual({ ok: false, reason: '"version" must be a whole number from 1 to 3' });
  });
});
