import { z } from 'zod';
import { displayAssignmentSchema } from './assignment.js';

/**
 * The two-phase switch (DESIGN §4). The hub sends `display:prepare` with the new assignment; the display
 * renders it off-screen once the data of its channels is in, and answers (the ack) ready or not. The hub
 * then sends `display:commit` with a time T on its own clock, a few frames ahead; every display swaps on
 * its first frame at or after T (it knows its offset to the hub's clock, see clock sync). A display that
 * was not ready gets `display:abort` and keeps what it shows.
 */
export const switchIdSchema = z.string().min(1).max(64);

export const prepareSchema = z.strictObject({ switchId: switchIdSchema, assignment: displayAssignmentSchema });
export type PrepareMessage = z.infer<typeof prepareSchema>;

export const prepareAnswerSchema = z.union([
  z.strictObject({ ready: z.literal(true), switchId: switchIdSchema, preparedMs: z.number().min(0).max(600_000) }),
  z.strictObject({ ready: z.literal(false), switchId: switchIdSchema, reason: z.string().max(300) }),
]);
export type PrepareAnswer = z.infer<typeof prepareAnswerSchema>;

/** `at`: milliseconds since the epoch on the hub's clock. */
export const commitSchema = z.strictObject({ switchId: switchIdSchema, at: z.number() });
export type CommitMessage = z.infer<typeof commitSchema>;

export const abortSchema = z.strictObject({ switchId: switchIdSchema, reason: z.string().max(300) });
export type AbortMessage = z.infer<typeof abortSchema>;

/**
 * What a display reports after it swapped: the frame it swapped on, as an instant on its own clock and
 * as its estimate of the hub's clock (offset applied), and the layout version it now shows.
 */
export const committedSchema = z.strictObject({
  switchId: switchIdSchema,
  layoutVersion: z.string().max(64),
  frameAtLocal: z.number(),
  frameAtHub: z.number(),
  lateByMs: z.number(),
});
export type CommittedReport = z.infer<typeof committedSchema>;

/** NTP-style clock sync: the display sends its time; the hub answers with its own (the ack). */
export const clockPingSchema = z.strictObject({ sentAt: z.number() });
export const clockPongSchema = z.strictObject({ sentAt: z.number(), hubAt: z.number() });
export type ClockPong = z.infer<typeof clockPongSchema>;

/** The hub asks a display to reload its page (an operator, or the watchdog). */
export const reloadSchema = z.strictObject({ reason: z.string().max(200) });

/** A display tells the hub it is about to reload itself, and why (its watchdog: memory, frame rate). */
export const selfReloadSchema = z.strictObject({ reason: z.enum(['heap', 'fps', 'errors']), detail: z.string().max(200) });
export type SelfReload = z.infer<typeof selfReloadSchema>;

/** A picture of what a display shows, from the Electron shell's capture: a JPEG data URL, small. */
export const thumbnailSchema = z.strictObject({
  jpeg: z.string().max(400_000).regex(/^data:image\/jpeg;base64,[A-Za-z0-9+/=]+$/, 'must be a JPEG data URL'),
  width: z.number().int().min(1).max(4000),
  height: z.number().int().min(1).max(4000),
});
export type Thumbnail = z.infer<typeof thumbnailSchema>;
