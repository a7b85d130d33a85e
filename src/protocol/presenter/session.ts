import { z } from 'zod';
import { provinceCodeSchema } from '../../layout/panel-kinds/map/views.js';
import { mediaQualitySchema } from './rtc.js';

export const sessionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 letters, digits, - or _');

const instant = z.string().max(40);
const roomRef = z.strictObject({ id: z.string().max(64), name: z.string().max(200) });

/**
 * A room's presenter session as its hub holds it. idle: none; inviting: this room asked another and waits;
 * invited: another room asks this one; active; suspended: the link dropped, kept for the grace period.
 * A local briefing (kind "local") has no remote room and is never invited or suspended.
 */
export const SESSION_STATES = ['idle', 'inviting', 'invited', 'active', 'suspended'] as const;

export const sessionStatusSchema = z.strictObject({
  state: z.enum(SESSION_STATES),
  id: sessionIdSchema.nullable(),
  kind: z.enum(['linked', 'local']).nullable(),
  /** The room that invited (it chairs: it can take the floor back). */
  chair: z.string().max(64).nullable(),
  remote: roomRef.nullable(),
  /** The room whose presenter points, draws and changes the focus. */
  floor: z.string().max(64).nullable(),
  area: provinceCodeSchema.nullable(),
  startedAt: instant.nullable(),
  /** Who started it: credential id and room. */
  startedBy: z.strictObject({ credentialId: z.string().max(64), room: z.string().max(64) }).nullable(),
  /** When an invitation times out, or a suspended session ends. */
  deadline: instant.nullable(),
  /** The agenda being stepped through (this room's, or the step the other room's presenter is on). */
  agenda: z
    .strictObject({
      id: z.string().max(64).nullable(),
      name: z.string().max(120),
      step: z.number().int().min(0),
      steps: z.array(z.strictObject({ title: z.string().max(120), layoutId: z.string().max(64).nullable(), area: z.string().max(16).nullable() })).max(50),
      notes: z.string().max(2_000),
    })
    .nullable(),
  media: z.strictObject({ local: mediaQualitySchema.nullable(), remote: mediaQualitySchema.nullable() }),
  /** The last way a session ended, for the consoles to say so. */
  ended: z.strictObject({ at: instant, reason: z.string().max(300) }).nullable(),
});
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

/** One known room's link, as this hub sees it. */
export const roomLinkStatusSchema = z.strictObject({
  room: roomRef,
  /** out: this hub dials it; in: it dials this hub. */
  direction: z.enum(['out', 'in']),
  state: z.enum(['up', 'connecting', 'down']),
  since: instant,
  rttMs: z.number().min(0).nullable(),
  /** Share of pings not answered within 2 s, over the last 30. */
  lossPct: z.number().min(0).max(100),
  reconnects: z.number().int().min(0),
  /** Why it is down (refused credential, unreachable), in words. */
  problem: z.string().max(300).nullable(),
});
export type RoomLinkStatus = z.infer<typeof roomLinkStatusSchema>;

export const presenterStatusSchema = z.strictObject({
  room: roomRef,
  session: sessionStatusSchema,
  links: z.array(roomLinkStatusSchema).max(200),
  agendas: z.array(z.strictObject({ id: z.string().max(64), name: z.string().max(120), steps: z.number().int() })).max(100),
});
export type PresenterStatus = z.infer<typeof presenterStatusSchema>;
