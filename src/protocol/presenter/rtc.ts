import { z } from 'zod';

/**
 * WebRTC signalling (DESIGN §5): offers, answers and ICE candidates between the two rooms' presenter pages
 * (over the hubs and their link), and between a presenter page and its own room's displays (which show the
 * other room's picture, relayed by the presenter page). The hub passes them on and never reads the SDP.
 */
export const MAX_SDP_CHARS = 32_000;

export const rtcDescriptionSchema = z.strictObject({ type: z.enum(['offer', 'answer']), sdp: z.string().min(1).max(MAX_SDP_CHARS) });
export const rtcCandidateSchema = z.strictObject({
  candidate: z.string().max(1_000),
  sdpMid: z.string().max(64).nullable().optional(),
  sdpMLineIndex: z.number().int().min(0).max(64).nullable().optional(),
  usernameFragment: z.string().max(256).nullable().optional(),
});

/** `ready`: the answering page is there (again): the offering page starts a fresh connection to it. */
export const rtcPayloadSchema = z.union([z.strictObject({ description: rtcDescriptionSchema }), z.strictObject({ candidate: rtcCandidateSchema }), z.strictObject({ ready: z.literal(true) })]);
export type RtcPayload = z.infer<typeof rtcPayloadSchema>;

const displayId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/);

/** presenter page ↔ hub: to the other room's presenter page (`peer`), or to/from one of this room's displays. */
export const presenterSignalSchema = z.strictObject({
  to: z.union([z.strictObject({ kind: z.literal('peer') }), z.strictObject({ kind: z.literal('display'), displayId })]),
  payload: rtcPayloadSchema,
});
export type PresenterSignal = z.infer<typeof presenterSignalSchema>;

/** A display ↔ hub: its video panel's connection to the room's presenter page. */
export const displaySignalSchema = z.strictObject({ payload: rtcPayloadSchema });

/** ICE servers for the rooms' peer connections (room config links.iceServers); none on a closed network. */
export const iceServerSchema = z.strictObject({
  urls: z.union([z.string().regex(/^(stun|stuns|turn|turns):/, 'must be a stun:, stuns:, turn: or turns: URL').max(500), z.array(z.string().regex(/^(stun|stuns|turn|turns):/).max(500)).min(1).max(8)]),
  username: z.string().max(200).optional(),
  credential: z.string().max(500).optional(),
});
export type IceServer = z.infer<typeof iceServerSchema>;

/** What a presenter page measures on its peer connection and reports to its hub (both consoles show it). */
export const mediaQualitySchema = z.strictObject({
  state: z.enum(['off', 'starting', 'connected', 'failed']),
  /** Why it failed (no camera, permission refused, the connection failed), in words. */
  problem: z.string().max(300).nullable(),
  video: z.strictObject({ kbps: z.number().min(0).max(1e6), packetsLost: z.number().int().min(0), lossPct: z.number().min(0).max(100), framesDecoded: z.number().int().min(0), freezes: z.number().int().min(0), width: z.number().int().min(0).max(10_000), height: z.number().int().min(0).max(10_000) }).nullable(),
  audio: z.strictObject({ kbps: z.number().min(0).max(1e5), packetsLost: z.number().int().min(0), lossPct: z.number().min(0).max(100), level: z.number().min(0).max(1) }).nullable(),
});
export type MediaQuality = z.infer<typeof mediaQualitySchema>;
