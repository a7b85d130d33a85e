import { z } from 'zod';
import { provinceCodeSchema } from '../../layout/panel-kinds/map/views.js';
import { mediaQualitySchema, rtcPayloadSchema } from '../presenter/rtc.js';
import { sessionIdSchema } from '../presenter/session.js';
import { viewEventSchema, viewStateSchema } from '../presenter/view.js';

/**
 * Room link (DESIGN §5): one hub dials another on namespace `/link`, signed in as its room with the secret the
 * other room's directory holds hashed. Both ends then speak the same messages; each is validated and
 * size-limited on arrival, and only ever acts inside the session the two rooms share.
 */
export const LINK_NAMESPACE = '/link';
export const LINK_PROTOCOL_VERSION = 1;
/** Largest link message, as JSON (a resumed view with its strokes is the largest). */
export const MAX_LINK_MESSAGE_BYTES = 256 * 1024;

const roomId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a room id');

export const linkAuthSchema = z.strictObject({
  room: roomId,
  /** "<room id>:<secret>", like every credential the hub takes. */
  credential: z.string().min(3).max(400),
  version: z.literal(LINK_PROTOCOL_VERSION),
  name: z.string().max(200),
});
export type LinkAuth = z.infer<typeof linkAuthSchema>;

/** Who in the sending room did it (for the receiving room's audit). */
const by = z.strictObject({ credentialId: z.string().max(64) });

export const linkMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('session.invite'), sessionId: sessionIdSchema, area: provinceCodeSchema.nullable(), by, title: z.string().max(120).nullable() }),
  z.strictObject({ type: z.literal('session.accept'), sessionId: sessionIdSchema, by }),
  z.strictObject({ type: z.literal('session.decline'), sessionId: sessionIdSchema, by, reason: z.string().max(300) }),
  z.strictObject({ type: z.literal('session.end'), sessionId: sessionIdSchema, by, reason: z.string().max(300) }),
  z.strictObject({ type: z.literal('session.floor'), sessionId: sessionIdSchema, by, holder: roomId }),
  /** After a cut: each side sends what it holds; the two are merged (strokes by id, from the latest clear). */
  z.strictObject({ type: z.literal('session.resume'), sessionId: sessionIdSchema, floor: roomId, view: viewStateSchema, focusSeq: z.number().int().min(0) }),
  z.strictObject({ type: z.literal('view'), sessionId: sessionIdSchema, event: viewEventSchema }),
  /** The sender's presenter moved to an agenda step: the receiver follows its focus and shows its title. */
  z.strictObject({ type: z.literal('agenda.step'), sessionId: sessionIdSchema, name: z.string().max(120), step: z.number().int().min(0), steps: z.array(z.string().max(120)).max(50), area: provinceCodeSchema.nullable() }),
  z.strictObject({ type: z.literal('rtc'), sessionId: sessionIdSchema, payload: rtcPayloadSchema }),
  z.strictObject({ type: z.literal('media'), sessionId: sessionIdSchema, quality: mediaQualitySchema }),
]);
export type LinkMessage = z.infer<typeof linkMessageSchema>;

/** Both directions, on one socket: `link:message` (no answer) and `link:ping` (answered with the same). */
export interface LinkEvents {
  'link:message': (message: unknown) => void;
  'link:ping': (ping: { n: number }, answer: (pong: unknown) => void) => void;
}
