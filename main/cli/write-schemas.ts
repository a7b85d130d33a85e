import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutJsonSchema } from '../../src/layout/json-schema.js';
import { appRoot } from '../config/app-root.js';

// `npm run schemas`: regenerates the JSON Schemas published in docs/schemas.
const file = join(appRoot, 'docs', 'schemas', 'layout.schema.json');
writeFileSync(file, `${JSON.stringify(layoutJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file}`);
