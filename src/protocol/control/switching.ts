import { z } from 'zod';

/** Where a display stands in a two-phase switch. */
export const displaySwitchStateSchema = z.enum(['preparing', 'ready', 'not-ready', 'committed', 'kept']);
export type DisplaySwitchState = z.infer<typeof displaySwitchStateSchema>;

/** A switch as the console follows it: asked → preparing → committed (all, or some) or failed. */
export const switchProgressSchema = z.object({
  switchId: z.string(),
  /** What was asked, in words: "central-room → daily-briefing on wall main". */
  what: z.string(),
  by: z.string(),
  state: z.enum(['preparing', 'committing', 'done', 'partial', 'failed']),
  startedAt: z.number(),
  commitAt: z.number().nullable(),
  finishedAt: z.number().nullable(),
  displays: z.record(
    z.string(),
    z.object({
      state: displaySwitchStateSchema,
      reason: z.string().nullable(),
      /** How long after the commit time the display swapped, as it reports it (its frame on the hub's clock). */
      swappedAfterMs: z.number().nullable().optional(),
    }),
  ),
  /** Switches asked for while this one ran: they start when it ends. */
  queued: z.number().int().min(0),
});
export type SwitchProgress = z.infer<typeof switchProgressSchema>;
