import { z } from 'zod';
import { instantSchema } from './provenance.js';

/** Feed protocol (DESIGN §3): national backend → room hub, socket.io namespace `/feed`. */
export const FEED_NAMESPACE = '/feed';
export const FEED_PROTOCOL_VERSION = 1;

export const FEED_LIMITS = {
  /** Items (observations + reports) in one snapshot or batch; more is "oversized". */
  maxItemsPerMessage: 20_000,
  /** How far in the future a timestamp may lie (clock skew) before it is refused. */
  maxClockSkewMs: 5 * 60_000,
} as const;

/** Handshake `auth` the hub presents to the backend. */
export interface FeedAuth {
  credential: string;
  room: string;
  protocol: typeof FEED_PROTOCOL_VERSION;
}

/** hub → backend `feed:subscribe`, acknowledged with SubscribeAck. */
export const subscribeRequestSchema = z.strictObject({
  channels: z.array(z.strictObject({ channel: z.string().max(64), fromSeq: z.number().int().min(0).nullable() })).max(256),
});
export type SubscribeRequest = z.infer<typeof subscribeRequestSchema>;

/** backend → hub: the acknowledgement of `feed:subscribe`. Parsed like every other message from the backend. */
export const subscribeAckSchema = z.strictObject({
  accepted: z.array(z.string().max(64)).max(256),
  refused: z.array(z.strictObject({ channel: z.string().max(64), reason: z.string().max(500) })).max(256),
});
export type SubscribeAck = z.infer<typeof subscribeAckSchema>;

/**
 * The envelope of `feed:snapshot` and `feed:batch`. Items are checked one by one afterwards, so one
 * bad item never stops the rest. A snapshot is the whole state of a channel as of `seq`; a batch is
 * the change from `seq - 1` to `seq`.
 */
export const envelopeSchema = z.object({
  channel: z.string().max(64),
  seq: z.number().int().min(0),
  sentAt: instantSchema,
  observations: z.array(z.unknown()).default([]),
  reports: z.array(z.unknown()).default([]),
  /** Report ids withdrawn by the source (a warning lifted, an item filed by mistake). */
  retracted: z.array(z.string().max(80)).max(1000).default([]),
  /** Snapshot only: the backend may tighten the channel's expected interval. */
  expectedIntervalS: z.number().int().min(1).max(86_400).optional(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

/** backend → hub `feed:heartbeat`: the latest sequence of every channel, at least every few seconds. */
export const heartbeatSchema = z.strictObject({
  sentAt: instantSchema,
  channels: z.record(z.string().max(64), z.number().int().min(0)),
});
export type Heartbeat = z.infer<typeof heartbeatSchema>;

/** hub → backend `feed:resync` { channel }: please send a fresh snapshot (after a sequence gap). */
export interface ResyncRequest {
  channel: string;
}

export interface BackendToHubEvents {
  'feed:snapshot': (message: unknown) => void;
  'feed:batch': (message: unknown) => void;
  'feed:heartbeat': (message: unknown) => void;
}

export interface HubToBackendEvents {
  // The answer is whatever the backend sends: the hub parses it with subscribeAckSchema.
  'feed:subscribe': (request: SubscribeRequest, ack: (ack: unknown) => void) => void;
  'feed:resync': (request: ResyncRequest) => void;
}

/** Why a message or an item was refused; the hub counts and quarantines each. */
export const REJECTION_REASONS = [
  'malformed',
  'oversized',
  'unauthorised',
  'unknown-channel',
  'unknown-metric',
  'unit-mismatch',
  'area-not-allowed',
  'future-timestamp',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];
