import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes (at most 63)');
const name = z.string().trim().min(1, 'must not be empty').max(120);

/** What a playlist or schedule acts on: the whole room, one wall, or one display. */
export const switchTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('room') }),
  z.strictObject({ kind: z.literal('wall'), wallId: id }),
  z.strictObject({ kind: z.literal('display'), displayId: id }),
]);
export type SwitchTarget = z.infer<typeof switchTargetSchema>;

export const playlistSchema = z.strictObject({
  id,
  name,
  target: switchTargetSchema,
  items: z
    .array(z.strictObject({ layoutId: id, seconds: z.number().int().min(10, 'must be at least 10 seconds').max(86_400) }))
    .min(1, 'a playlist needs at least one board')
    .max(50),
});
export type Playlist = z.infer<typeof playlistSchema>;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM (00:00–23:59)');

/**
 * A schedule: in its time window on its days (the room's time zone), it puts a board or starts a
 * playlist on its target. Precedence: the window that began most recently wins; on the same start, the
 * higher priority. An operator's own switch holds until the next window begins.
 */
export const scheduleSchema = z
  .strictObject({
    id,
    name,
    target: switchTargetSchema,
    action: z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('layout'), layoutId: id }), z.strictObject({ kind: z.literal('playlist'), playlistId: id })]),
    /** ISO weekdays: 1 = Monday … 7 = Sunday. */
    days: z.array(z.number().int().min(1).max(7)).min(1, 'pick at least one day').max(7),
    from: time,
    /** Omitted: from `from` until the next window of another schedule. */
    until: time.optional(),
    priority: z.number().int().min(0).max(100).default(0),
    enabled: z.boolean().default(true),
  })
  .refine((schedule) => schedule.until === undefined || schedule.until > schedule.from, { message: 'must end after it begins (windows do not cross midnight)', path: ['until'] });
export type Schedule = z.infer<typeof scheduleSchema>;

/** A playlist that is running (or paused), as the hub keeps it across restarts. */
export const playlistRunSchema = z.strictObject({
  playlistId: id,
  index: z.number().int().min(0),
  state: z.enum(['running', 'paused']),
  /** When the current board's time ends (hub clock, ms); while paused, how much was left. */
  itemEndsAt: z.number().nullable(),
  remainingMs: z.number().nullable(),
  startedBy: z.string().max(80),
});
export type PlaylistRun = z.infer<typeof playlistRunSchema>;
