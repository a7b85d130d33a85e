import { z } from 'zod';
import { provinceCodeSchema } from '../../layout/panel-kinds/map/views.js';

/**
 * hub → display `map:focus`: put one province in focus on the display's maps (zoom to it, highlight it, its
 * key figures beside it), or end the focus (`area: null`: each map returns to its layout's own view and
 * focus). Sent by the console's map.focus command and, later, by presenter sessions. `panelId` narrows it to
 * one map panel; `layoutVersion` is the layout it was meant for (a map of another layout ignores it, so a
 * focus never outlives a switch); `seq` orders focus changes (a display ignores one older than it holds).
 */
export const mapFocusSchema = z.strictObject({
  area: provinceCodeSchema.nullable(),
  panelId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/).optional(),
  layoutVersion: z.string().min(1).max(64),
  seq: z.number().int().min(0),
});
export type MapFocus = z.infer<typeof mapFocusSchema>;
