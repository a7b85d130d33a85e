import { z } from 'zod';
import { envelopeSchema, heartbeatSchema, subscribeRequestSchema } from './messages.js';
import { observationSchema, reportSchema } from './records.js';

/**
 * JSON Schemas of the feed protocol, generated from the zod schemas the hub validates with, so a
 * backend team can implement it and the documentation cannot drift from the code.
 */
export function feedJsonSchemas(): Record<string, Record<string, unknown>> {
  const make = (title: string, schema: z.ZodType) => ({ ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title });
  return {
    'feed-observation': make('OpsWall feed: observation', observationSchema),
    'feed-report': make('OpsWall feed: report', reportSchema),
    'feed-message': make('OpsWall feed: feed:snapshot / feed:batch envelope (items per feed-observation / feed-report)', envelopeSchema),
    'feed-heartbeat': make('OpsWall feed: feed:heartbeat', heartbeatSchema),
    'feed-subscribe': make('OpsWall feed: feed:subscribe request', subscribeRequestSchema),
  };
}
