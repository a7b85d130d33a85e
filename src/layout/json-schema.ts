import { z } from 'zod';
import { panelKinds } from './panel-kinds/index.js';
import { displaySchema, layoutSchema, panelSchema, wallSchema } from './schema.js';

/**
 * JSON Schema of the layout format with each panel kind's own options, for editors ($schema) and
 * for other teams' tools. Generated from the zod schemas, so it cannot drift from the validator.
 */
export function layoutJsonSchema(): Record<string, unknown> {
  const kinds = [...panelKinds.values()].map((definition) =>
    panelSchema.extend({ kind: z.literal(definition.kind), options: definition.options.optional() }).describe(definition.title.en),
  );
  const [firstKind, ...otherKinds] = kinds;
  if (!firstKind) throw new Error('no panel kinds are registered');
  const panel = z.discriminatedUnion('kind', [firstKind, ...otherKinds]);
  const display = displaySchema.extend({ panels: z.array(panel) });
  const wall = wallSchema.extend({ displays: z.array(display).min(1) });
  const layout = layoutSchema.extend({ walls: z.array(wall).min(1) });
  return { ...z.toJSONSchema(layout, { io: 'input', unrepresentable: 'any' }), title: 'OpsWall room layout' };
}
