import { z } from 'zod';
import { definePanelKind } from './define.js';

/**
 * The other room's live picture and sound in a presenter session (DESIGN §5), relayed to the display by the
 * room's presenter page. Outside a session it says there is none. Sound plays on the display's speakers
 * unless `muted` (a room whose sound comes from one display only mutes the others).
 */
export const videoOptions = z.strictObject({
  source: z.literal('session-remote').default('session-remote'),
  muted: z.boolean().default(false),
  /** The room's name under the picture. */
  caption: z.boolean().default(true),
});
export type VideoOptions = z.output<typeof videoOptions>;

export const videoKind = definePanelKind({
  kind: 'video',
  title: { vi: 'Hình ảnh phòng họp trực tuyến', en: 'Remote room video' },
  optionsVersion: 1,
  options: videoOptions,
  migrations: {},
  channels: () => [],
  textNeeds: () => ({ lines: 1, smallPrintLines: 0 }),
});
