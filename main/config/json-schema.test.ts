import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRoot } from './app-root.js';
import { roomConfigJsonSchema } from './json-schema.js';

describe('room config JSON Schema', () => {
  it('describes the config, its credentials and display mapping', () => {
    const text = JSON.stringify(roomConfigJsonSchema());
    for (const key of ['"credentials"', '"secretHash"', '"displays"', '"monitor"', '"allowedOrigins"']) expect(text).toContain(key);
  });

  it('docs/schemas/room-config.schema.json is up to date (regenerate: npm run schemas)', () => {
    const committed = readFileSync(join(appRoot, 'docs', 'schemas', 'room-config.schema.json'), 'utf8');
    expect(JSON.parse(committed)).toEqual(roomConfigJsonSchema());
  });
});
