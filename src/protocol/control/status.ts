import { z } from 'zod';
import { REJECTION_REASONS } from '../feed/messages.js';
import { roleSchema } from '../roles.js';
import { displayHealthSchema } from '../wall/health.js';
import { upstreamStateSchema } from '../wall/data.js';

const instant = z.string().max(40);
const count = z.number().int().min(0);

/** The room's link to the national backend, as the hub sees it. */
export const upstreamLinkStatusSchema = z.object({
  state: upstreamStateSchema,
  since: instant,
  url: z.string().max(2000).nullable(),
  lastMessageAt: instant.nullable(),
  messagesPerS: z.number().min(0),
  observationsPerS: z.number().min(0),
  rejections: z.record(z.enum(REJECTION_REASONS), count),
  duplicateItems: count,
  staleRevisions: count,
  duplicateBatches: count,
  gaps: count,
  resyncs: count,
});
export type UpstreamLinkStatus = z.infer<typeof upstreamLinkStatusSchema>;

export const displayStatusSchema = z.object({
  id: z.string().max(64),
  name: z.string().max(200),
  wallId: z.string().max(64),
  wallName: z.string().max(200),
  position: z.object({ column: z.number().int(), row: z.number().int() }).optional(),
  /** Open connections for this display id (0 = dark; more than 1 = shown twice). */
  connections: count,
  connectedSince: instant.nullable(),
  lastSeen: instant.nullable(),
  health: displayHealthSchema.nullable(),
  healthAt: instant.nullable(),
});
export type DisplayStatus = z.infer<typeof displayStatusSchema>;

export const roomStatusSchema = z.object({
  room: z.object({ id: z.string().max(64), name: z.string().max(200) }),
  hub: z.object({ version: z.string().max(64), startedAt: instant, uptimeS: z.number().min(0) }),
  /** The active layout; `timeZone` is the room's, for showing times as the wall does. */
  layout: z.object({ id: z.string().max(64), name: z.string().max(200), version: z.string().max(64), timeZone: z.string().max(64) }),
  walls: z.array(z.object({ id: z.string().max(64), name: z.string().max(200), arrangement: z.object({ columns: z.number().int(), rows: z.number().int() }).optional() })),
  displays: z.array(displayStatusSchema),
  upstream: upstreamLinkStatusSchema,
  you: z.object({ credentialId: z.string().max(64), roles: z.array(roleSchema) }),
});
export type RoomStatus = z.infer<typeof roomStatusSchema>;

/** `GET /healthz`. */
export interface HealthReport {
  status: 'ok';
  version: string;
  uptimeS: number;
  room: { id: string; name: string };
  layout: { id: string; version: string };
  displays: { expected: number; connected: number; connectedIds: string[] };
  upstream: UpstreamLinkStatus;
}
