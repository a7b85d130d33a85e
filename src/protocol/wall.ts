import { z } from 'zod';
import type { DisplayLayout } from '../layout/schema.js';
import type { Observation, Report } from './feed/records.js';

/** Wall protocol (DESIGN §4): hub ↔ one display page, on socket.io namespace `/wall`. */
export const WALL_NAMESPACE = '/wall';

/** socket.io handshake `auth` of a display page. */
export interface WallAuth {
  credential: string;
  displayId: string;
  /** After a reconnect: the last data sequence seen per channel, so the hub sends only what was missed. */
  resume?: DataResume;
}

/** The display's part of the active layout, with every panel's options already resolved. */
export interface DisplayAssignment {
  room: { id: string; name: string };
  layout: { id: string; name: string; version: string; locale: 'vi-VN' | 'en-GB'; timeZone: string };
  wall: { id: string; name: string };
  display: DisplayLayout;
  /** Minimum text height for this display, % of its height. */
  minTextHeightVh: number;
}

/** Sent by each display every few seconds. */
export const displayHealthSchema = z.strictObject({
  layoutVersion: z.string().max(64).nullable(),
  fps: z.number().min(0).max(1000),
  jsHeapMB: z.number().min(0).max(1_000_000).nullable(),
  errors: z.number().int().min(0),
  lastError: z.string().max(500).optional(),
  oldestDataAgeS: z.number().min(0).nullable(),
  viewport: z.strictObject({ width: z.number().min(0), height: z.number().min(0), devicePixelRatio: z.number().min(0) }),
});
export type DisplayHealth = z.infer<typeof displayHealthSchema>;

export const HEALTH_INTERVAL_MS = 5_000;

/** A figure as the hub holds it: the observation and when it reached the hub. */
export interface HeldObservation extends Observation {
  receivedAt: string;
}

export interface HeldReport extends Report {
  receivedAt: string;
}

/** Sequences are per hub run (`epoch`): after a hub restart a display gets fresh snapshots. */
export interface DataResume {
  epoch: string;
  seqs: Record<string, number>;
}

/** The whole of a channel as the hub holds it (latest values plus a bounded history), as of `seq`. */
export interface DataSnapshot {
  epoch: string;
  channel: string;
  seq: number;
  observations: HeldObservation[];
  reports: HeldReport[];
}

/** What changed on a channel from `seq - 1` to `seq`: new or revised figures and reports, withdrawn reports. */
export interface DataBatch {
  epoch: string;
  channel: string;
  seq: number;
  observations: HeldObservation[];
  reports: HeldReport[];
  retracted: string[];
}

export type UpstreamState = 'connected' | 'connecting' | 'down' | 'not-configured';

/** How current the hub's data is: the upstream link and, per channel, when the backend last confirmed it. */
export interface DataLink {
  upstream: { state: UpstreamState; since: string };
  channels: Record<string, { confirmedAt: string | null; expectedIntervalS: number }>;
}

export interface HubToWallEvents {
  'display:assignment': (assignment: DisplayAssignment) => void;
  'data:snapshot': (snapshot: DataSnapshot) => void;
  'data:batch': (batch: DataBatch) => void;
  'data:link': (link: DataLink) => void;
}

export interface WallToHubEvents {
  'display:health': (health: DisplayHealth) => void;
}
