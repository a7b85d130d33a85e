import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutJsonSchema } from '../../src/layout/json-schema.js';
import { channelsMarkdown } from '../../src/protocol/feed/channels-doc.js';
import { feedJsonSchemas } from '../../src/protocol/feed/json-schema.js';
import { appRoot } from '../config/app-root.js';
import { roomConfigJsonSchema } from '../config/json-schema.js';

// `npm run schemas`: regenerates the JSON Schemas published in docs/schemas.
const schemas: Record<string, unknown> = { layout: layoutJsonSchema(), 'room-config': roomConfigJsonSchema(), ...feedJsonSchemas() };
for (const [name, schema] of Object.entries(schemas)) {
  const file = join(appRoot, 'docs', 'schemas', `${name}.schema.json`);
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
writeFileSync(join(appRoot, 'docs', 'protocol-channels.md'), channelsMarkdown());
console.log('wrote docs/protocol-channels.md');
