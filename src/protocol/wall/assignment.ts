import { z } from 'zod';
import { displaySchema } from '../../layout/schema.js';
import { mapBaseSchema } from './map-base.js';

/** The display's part of the active layout, with every panel's options already resolved by the hub. */
export const displayAssignmentSchema = z.object({
  room: z.object({ id: z.string().min(1).max(64), name: z.string().max(200) }),
  layout: z.object({
    id: z.string().min(1).max(64),
    name: z.string().max(200),
    version: z.string().min(1).max(64),
    locale: z.enum(['vi-VN', 'en-GB']),
    timeZone: z.string().min(1).max(64),
  }),
  wall: z.object({ id: z.string().min(1).max(64), name: z.string().max(200) }),
  // The grid and placements drive the CSS grid: the layout's own schema. Panel options are checked
  // later, panel by panel, by each kind's schema, so one bad panel never blanks the display.
  display: displaySchema,
  /** Minimum text height for this display, % of its height. */
  minTextHeightVh: z.number().positive().max(20),
  /** Minimum height of provenance small print (source, cut-off, received), % of its height. */
  smallPrintHeightVh: z.number().positive().max(20),
  /** The room's own base map for its maps, if it has one (room config map.base). */
  mapBase: mapBaseSchema.optional(),
});
export type DisplayAssignment = z.infer<typeof displayAssignmentSchema>;
