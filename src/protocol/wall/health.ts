import { z } from 'zod';

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
