import { z } from 'zod';
import { viewEventSchema, viewStateSchema } from '../presenter/view.js';
import { rtcPayloadSchema } from '../presenter/rtc.js';

/** Where a display sits on its wall, as fractions of the wall: the part of a shared view it draws. */
export const viewportSchema = z.strictObject({ x: z.number().min(0).max(1), y: z.number().min(0).max(1), width: z.number().gt(0).max(1), height: z.number().gt(0).max(1) });
export type Viewport = z.infer<typeof viewportSchema>;

/**
 * hub → display `session:view`: the presenter session's or briefing's whole shared view (on connect, at
 * start and end, after a resume). `active: false` hides the layer. `rooms` names the rooms whose presenters
 * may appear on it, for the pointer's label.
 */
export const sessionViewSchema = z.strictObject({
  active: z.boolean(),
  viewport: viewportSchema,
  view: viewStateSchema,
  rooms: z.array(z.strictObject({ id: z.string().max(64), name: z.string().max(200) })).max(4),
  /** The session's link is down (suspended): the wall says so. */
  linkDown: z.boolean(),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

/** hub → display `session:event`, and hub → presenter page `view:event`: one change to the shared view, with the room it came from. */
export const roomViewEventSchema = z.strictObject({ room: z.string().max(64), event: viewEventSchema });
export type RoomViewEvent = z.infer<typeof roomViewEventSchema>;

/** display ↔ hub `rtc:signal`: the video panel's connection to the room's presenter page. */
export const wallSignalSchema = z.strictObject({ payload: rtcPayloadSchema });
