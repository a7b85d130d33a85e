import { z } from 'zod';
import { REJECTION_REASONS } from '../feed/messages.js';
import { roomLinkStatusSchema, sessionStatusSchema } from '../presenter/session.js';
import { roleSchema } from '../roles.js';
import { displayHealthSchema } from '../wall/health.js';
import { upstreamStateSchema } from '../wall/data.js';
import { alertProposalSchema } from './alerts.js';
import { playlistRunSchema } from './plans.js';
import { switchProgressSchema } from './switching.js';

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

const shownLayout = z.object({ id: z.string().max(64), name: z.string().max(200), version: z.string().max(64) });

export const displayStatusSchema = z.object({
  id: z.string().max(64),
  name: z.string().max(200),
  wallId: z.string().max(64),
  wallName: z.string().max(200),
  position: z.object({ column: z.number().int(), row: z.number().int() }).optional(),
  /** What the hub has this display show: a layout's part, or one panel spotlighted. */
  layout: shownLayout,
  spotlight: z.object({ layoutId: z.string(), panelId: z.string(), title: z.string() }).nullable(),
  /** The map panels it shows (ids), and the province the hub put in focus on them. */
  maps: z.array(z.string().max(64)).max(64),
  mapFocus: z.string().max(16).nullable(),
  /** Open connections for this display id (0 = dark; more than 1 = shown twice). */
  connections: count,
  /** dark: not connected; silent: connected but no health report for too long; ok. */
  state: z.enum(['ok', 'silent', 'dark']),
  connectedSince: instant.nullable(),
  lastSeen: instant.nullable(),
  health: displayHealthSchema.nullable(),
  healthAt: instant.nullable(),
  /** A picture of what it shows: from the Electron shell's capture; null for a display in a browser. */
  thumbnailAt: instant.nullable(),
});
export type DisplayStatus = z.infer<typeof displayStatusSchema>;

export const roomStatusSchema = z.object({
  /** `timeZone` is the room's, for showing times as the wall does. */
  room: z.object({ id: z.string().max(64), name: z.string().max(200), timeZone: z.string().max(64), locale: z.enum(['vi-VN', 'en-GB']) }),
  /** `now`: the hub's clock when it sent this (ms), for the console to age timestamps. */
  hub: z.object({ version: z.string().max(64), startedAt: instant, uptimeS: z.number().min(0), now: z.number() }),
  walls: z.array(
    z.object({
      id: z.string().max(64),
      name: z.string().max(200),
      arrangement: z.object({ columns: z.number().int(), rows: z.number().int() }).optional(),
      /** The layout all its displays show; null when they show different ones. */
      layout: shownLayout.nullable(),
    }),
  ),
  displays: z.array(displayStatusSchema),
  upstream: upstreamLinkStatusSchema,
  switching: switchProgressSchema.nullable(),
  playlists: z.array(playlistRunSchema.extend({ name: z.string(), target: z.string() })),
  alerts: z.array(alertProposalSchema),
  /** The room's own store (audit log, room state) was damaged at start: the hub runs on a fallback file. */
  storeDamaged: z.object({ file: z.string(), fallback: z.string() }).nullable(),
  /** The presenter session or briefing, and the links to other rooms with their quality. */
  session: sessionStatusSchema,
  links: z.array(roomLinkStatusSchema),
  you: z.object({ credentialId: z.string().max(64), roles: z.array(roleSchema), signInId: z.string().max(80), idleTimeoutS: z.number().nullable() }),
});
export type RoomStatus = z.infer<typeof roomStatusSchema>;

/** A console sign-in, as an administrator sees it. */
export const signInSchema = z.object({ id: z.string(), credentialId: z.string(), roles: z.array(roleSchema), address: z.string().nullable(), userAgent: z.string().nullable(), since: z.number(), lastActivity: z.number(), current: z.boolean() });
export type SignInInfo = z.infer<typeof signInSchema>;

/** A row of the audit log as the console shows it. */
export const auditRecordSchema = z.object({
  id: z.number(),
  at: z.string(),
  actorKind: z.string(),
  actorId: z.string().nullable(),
  roles: z.array(z.string()),
  signIn: z.string().nullable(),
  originRoom: z.string().nullable(),
  address: z.string().nullable(),
  userAgent: z.string().nullable(),
  action: z.string(),
  summary: z.string(),
  result: z.enum(['done', 'refused', 'failed']),
  reason: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});

/** `GET /healthz`. */
export interface HealthReport {
  status: 'ok';
  version: string;
  uptimeS: number;
  room: { id: string; name: string };
  walls: { id: string; layout: string | null }[];
  displays: { expected: number; connected: number; connectedIds: string[] };
  upstream: UpstreamLinkStatus;
}
