import { z } from 'zod';
import { roomConfigSchema } from './schema.js';

/** JSON Schema of the room config, for editors (`$schema`) and provisioning tools; generated from the zod schema. */
export function roomConfigJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(roomConfigSchema, { io: 'input', unrepresentable: 'any' }), title: 'OpsWall room config' };
}
