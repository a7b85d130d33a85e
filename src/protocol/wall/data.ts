import { z } from 'zod';
import { instantSchema } from '../feed/provenance.js';
import { observationSchema, reportSchema } from '../feed/records.js';

/** A figure as the hub holds it: the observation and when it reached the hub. */
export const heldObservationSchema = observationSchema.extend({ receivedAt: instantSchema });
export type HeldObservation = z.infer<typeof heldObservationSchema>;

// safeExtend keeps the report's word-limit refinement.
export const heldReportSchema = reportSchema.safeExtend({ receivedAt: instantSchema });
export type HeldReport = z.infer<typeof heldReportSchema>;

const channel = z.string().min(1).max(64);
const epoch = z.string().min(1).max(64);
const seq = z.number().int().min(0);

/** Sequences are per hub run (`epoch`): after a hub restart a display gets fresh snapshots. */
export const dataResumeSchema = z.strictObject({ epoch, seqs: z.record(channel, seq) });
export type DataResume = z.infer<typeof dataResumeSchema>;

/**
 * The envelope of `data:snapshot` and `data:batch`. Items are parsed one by one afterwards (see
 * heldObservationSchema), so one bad item from a faulty hub is skipped, not the whole message.
 */
export const dataEnvelopeSchema = z.object({
  epoch,
  channel,
  seq,
  observations: z.array(z.unknown()).default([]),
  reports: z.array(z.unknown()).default([]),
  retracted: z.array(z.string().max(80)).default([]),
});
export type DataEnvelope = z.infer<typeof dataEnvelopeSchema>;

/** The whole of a channel as the hub holds it (latest values plus a bounded history), as of `seq`. */
export interface DataSnapshot {
  epoch: string;
  channel: string;
  seq: number;
  observations: HeldObservation[];
  reports: HeldReport[];
}

/** What changed on a channel from `seq - 1` to `seq`: new or revised figures and reports, withdrawn reports. */
export interface DataBatch extends DataSnapshot {
  retracted: string[];
}

export const UPSTREAM_STATES = ['connected', 'connecting', 'down', 'not-configured'] as const;
export const upstreamStateSchema = z.enum(UPSTREAM_STATES);
export type UpstreamState = z.infer<typeof upstreamStateSchema>;

/** How current the hub's data is: the upstream link and, per channel, when the backend last confirmed it. */
export const dataLinkSchema = z.object({
  upstream: z.object({ state: upstreamStateSchema, since: instantSchema }),
  channels: z.record(channel, z.object({ confirmedAt: instantSchema.nullable(), expectedIntervalS: z.number().positive().max(86_400 * 366) })),
});
export type DataLink = z.infer<typeof dataLinkSchema>;
