import { z } from 'zod';
import type { DisplayLayout } from '../layout/schema.js';

/** Wall protocol (DESIGN §4): hub ↔ one display page, on socket.io namespace `/wall`. */
export const WALL_NAMESPACE = '/wall';

/** socket.io handshake `auth` of a display page. */
export interface WallAuth {
  credential: string;
  displayId: string;
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

export interface HubToWallEvents {
  'display:assignment': (assignment: DisplayAssignment) => void;
}

export interface WallToHubEvents {
  'display:health': (health: DisplayHealth) => void;
}
