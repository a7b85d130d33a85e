import { z } from 'zod';

const panelOutline = z.object({ id: z.string(), kind: z.string(), title: z.string().nullable(), cell: z.object({ column: z.number(), row: z.number(), columnSpan: z.number(), rowSpan: z.number() }) });
const displayOutline = z.object({ id: z.string(), name: z.string(), grid: z.object({ columns: z.number(), rows: z.number() }), panels: z.array(panelOutline) });

/** A layout of the room's layouts folder, as the console lists it (with an outline for its preview). */
export const libraryEntrySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  file: z.string(),
  version: z.string(),
  walls: z.array(z.object({ id: z.string(), name: z.string(), displays: z.array(displayOutline) })),
  /** Where it can be shown in this room: the walls whose displays it all defines, and its displays. */
  fits: z.object({ room: z.boolean(), walls: z.array(z.string()), displays: z.array(z.string()) }),
});
export type LibraryEntry = z.infer<typeof libraryEntrySchema>;

export const librarySchema = z.object({
  layouts: z.array(libraryEntrySchema),
  /** Files that did not validate: listed with their problems, never activated. */
  broken: z.array(z.object({ file: z.string(), problems: z.array(z.string()) })),
  loadedAt: z.string(),
});
export type Library = z.infer<typeof librarySchema>;
