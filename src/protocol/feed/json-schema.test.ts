import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedJsonSchemas } from './json-schema.js';

describe('feed protocol JSON Schemas', () => {
  it.each(Object.keys(feedJsonSchemas()))('docs/schemas/%s.schema.json is up to date (regenerate: npm run schemas)', (name) => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'schemas', `${name}.schema.json`), 'utf8');
    expect(JSON.parse(committed)).toEqual(feedJsonSchemas()[name]);
  });

  it('requires provenance on every observation', () => {
    const required = (feedJsonSchemas()['feed-observation'] as { required: string[] }).required;
    expect(required).toEqual(expect.arrayContaining(['metric', 'area', 'unit', 'value', 'period', 'cutOff', 'source', 'reportedAt', 'status', 'revision']));
  });
});
