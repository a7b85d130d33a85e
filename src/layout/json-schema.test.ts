import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutJsonSchema } from './json-schema.js';

describe('layout JSON Schema', () => {
  it('describes every panel kind with its options', () => {
    const text = JSON.stringify(layoutJsonSchema());
    expect(text).toContain('"const":"clock"');
    expect(text).toContain('"const":"text"');
    expect(text).toContain('"showSeconds"');
  });

  it('docs/schemas/layout.schema.json is up to date (regenerate: npm run schemas)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'schemas', 'layout.schema.json'), 'utf8');
    expect(JSON.parse(committed)).toEqual(layoutJsonSchema());
  });
});
