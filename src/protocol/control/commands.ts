import { z } from 'zod';
import type { Permission } from '../roles.js';
import { provinceCodeSchema } from '../../layout/panel-kinds/map/views.js';
import { sessionIdSchema } from '../presenter/session.js';
import { playlistSchema, scheduleSchema, switchTargetSchema } from './plans.js';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes');
const token = z.string().min(1).max(80);

/**
 * Every command a console may send (DESIGN §4): its payload schema and the permission it needs. The
 * hub pairs each with its handler (main/hub/control/commands), so the role check and the audit record
 * cannot be forgotten; the console reads the permissions to offer only what the signed-in roles allow.
 */
export const CONTROL_COMMANDS = {
  'layout.switch': { permission: 'layout.switch', payload: z.strictObject({ target: switchTargetSchema, layoutId: id }) },
  'spotlight.show': { permission: 'layout.switch', payload: z.strictObject({ displayId: id, layoutId: id, panelId: id }) },
  'spotlight.clear': { permission: 'layout.switch', payload: z.strictObject({ displayId: id }) },
  /** Puts a province in focus on the maps of the target (area null: ends it). */
  'map.focus': { permission: 'layout.switch', payload: z.strictObject({ target: switchTargetSchema, area: provinceCodeSchema.nullable(), panelId: id.optional() }) },
  'display.reload': { permission: 'layout.switch', payload: z.strictObject({ displayId: id }) },
  'playlist.start': { permission: 'layout.switch', payload: z.strictObject({ playlistId: id }) },
  'playlist.pause': { permission: 'layout.switch', payload: z.strictObject({ playlistId: id }) },
  'playlist.resume': { permission: 'layout.switch', payload: z.strictObject({ playlistId: id }) },
  'playlist.next': { permission: 'layout.switch', payload: z.strictObject({ playlistId: id }) },
  'playlist.previous': { permission: 'layout.switch', payload: z.strictObject({ playlistId: id }) },
  'playlist.stop': { permission: 'layout.switch', payload: z.strictObject({ playlistId: id }) },
  'playlist.save': { permission: 'schedule.edit', payload: playlistSchema },
  'playlist.delete': { permission: 'schedule.edit', payload: z.strictObject({ playlistId: id }) },
  'schedule.save': { permission: 'schedule.edit', payload: scheduleSchema },
  'schedule.delete': { permission: 'schedule.edit', payload: z.strictObject({ scheduleId: id }) },
  'alert.accept': { permission: 'alert.respond', payload: z.strictObject({ alertId: token }) },
  'alert.dismiss': { permission: 'alert.respond', payload: z.strictObject({ alertId: token }) },
  'audit.search': {
    permission: 'audit.read',
    payload: z.strictObject({
      text: z.string().max(200).optional(),
      from: z.string().max(40).optional(),
      to: z.string().max(40).optional(),
      result: z.enum(['done', 'refused', 'failed']).optional(),
      before: z.number().int().min(1).optional(),
      limit: z.number().int().min(1).max(500).optional(),
    }),
  },
  'library.reload': { permission: 'config.change', payload: z.strictObject({}) },
  'signin.list': { permission: 'config.change', payload: z.strictObject({}) },
  'signin.revoke': { permission: 'config.change', payload: z.strictObject({ signInId: token }) },
  'credential.bar': { permission: 'config.change', payload: z.strictObject({ credentialId: id }) },
  'credential.unbar': { permission: 'config.change', payload: z.strictObject({ credentialId: id }) },
  /** Presenter sessions (DESIGN §5): invite a linked room, answer an invitation, hand over the floor, end. */
  'session.invite': { permission: 'session.run', payload: z.strictObject({ room: id, area: provinceCodeSchema.nullable().default(null) }) },
  'session.accept': { permission: 'session.run', payload: z.strictObject({ sessionId: sessionIdSchema }) },
  'session.decline': { permission: 'session.run', payload: z.strictObject({ sessionId: sessionIdSchema, reason: z.string().trim().max(300).default('declined') }) },
  'session.end': { permission: 'session.run', payload: z.strictObject({ reason: z.string().trim().max(300).default('the presenter ended it') }) },
  'session.floor': { permission: 'session.run', payload: z.strictObject({ to: id }) },
  /** A briefing in this room alone, with an agenda of the room config or none. */
  'briefing.start': { permission: 'session.run', payload: z.strictObject({ agendaId: id.nullable().default(null), area: provinceCodeSchema.nullable().default(null) }) },
  'agenda.step': { permission: 'session.run', payload: z.strictObject({ move: z.union([z.enum(['next', 'previous']), z.number().int().min(0).max(49)]) }) },
  /** Keeps a sign-in from expiring while the operator works the console (no audit row). */
  'signin.activity': { permission: 'room.view', payload: z.strictObject({}) },
} as const satisfies Record<string, { permission: Permission; payload: z.ZodType }>;

export type CommandName = keyof typeof CONTROL_COMMANDS;
export type CommandPayload<Name extends CommandName> = z.infer<(typeof CONTROL_COMMANDS)[Name]['payload']>;
export const COMMAND_NAMES = Object.keys(CONTROL_COMMANDS) as CommandName[];

/** Largest command accepted, as JSON. */
export const MAX_COMMAND_BYTES = 64 * 1024;

/** console → hub `command`, answered (ack) with a CommandAnswer. */
export const commandEnvelopeSchema = z.strictObject({
  /** Unique per command: a command sent twice with the same id is refused as replayed. */
  requestId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 letters, digits, - or _'),
  name: z.string().min(1).max(64),
  payload: z.unknown(),
});
export type CommandEnvelope = z.infer<typeof commandEnvelopeSchema>;

export const COMMAND_REFUSALS = ['malformed', 'oversized', 'unknown-command', 'replayed', 'forbidden', 'invalid', 'conflict', 'not-found', 'failed', 'expired'] as const;
export type CommandRefusal = (typeof COMMAND_REFUSALS)[number];

export const commandAnswerSchema = z.union([
  z.strictObject({ ok: z.literal(true), result: z.unknown().optional() }),
  z.strictObject({ ok: z.literal(false), code: z.enum(COMMAND_REFUSALS), reason: z.string().max(1000) }),
]);
export type CommandAnswer = z.infer<typeof commandAnswerSchema>;
