import type { UpstreamState } from '../../../src/protocol/wall/index.js';
import type { ChannelLink } from './feed-slice.js';

/** How current a channel's data is on this display (docs/protocol.md, "Freshness"). */
export type Freshness = 'fresh' | 'late' | 'stale';

export interface FreshnessInput {
  /** The hub's upstream link as last reported (null: no `data:link` yet). */
  upstream: { state: UpstreamState; since: number } | null | undefined;
  /** The channel's entry of the last `data:link` (undefined: the hub said nothing about it). */
  channel: ChannelLink | null | undefined;
  now: number;
}

export interface FreshnessResult {
  state: Freshness;
  /** When the backend last vouched for the channel (null: never). */
  confirmedAt: number | null;
  /** Seconds since then (null: never confirmed). */
  ageS: number | null;
  /** When the current state began, for late and stale (null: fresh, or stale with no known start). */
  since: number | null;
}

/**
 * The freshness of a channel at `now` — a pure function of what the hub last said:
 * - stale at once when the hub's upstream link is anything but 'connected': it knows its data can no
 *   longer be current;
 * - otherwise by the age of the last confirmation: ≤ expectedIntervalS fresh, ≤ 2× late, beyond stale;
 * - never confirmed: stale.
 * A display cut off from the hub keeps judging by the last link it had: the age keeps growing, so its
 * data goes late, then stale, on its own. (Confirmation times are on the hub's clock: a display whose
 * clock is far off the hub's misjudges the age by as much; keep the room's PCs on NTP.)
 */
export function freshnessOf({ upstream, channel, now }: FreshnessInput): FreshnessResult {
  const confirmedAt = channel?.confirmedAt ?? null;
  const ageS = confirmedAt === null ? null : Math.max(0, (now - confirmedAt) / 1000);
  if (!upstream || !channel) return { state: 'stale', confirmedAt, ageS, since: null };
  const intervalMs = channel.expectedIntervalS * 1000;
  if (upstream.state !== 'connected') {
    // Stale since the link went, or since the data aged out, whichever came first.
    const since = confirmedAt === null ? upstream.since : Math.min(upstream.since, confirmedAt + 2 * intervalMs);
    return { state: 'stale', confirmedAt, ageS, since };
  }
  if (confirmedAt === null || ageS === null) return { state: 'stale', confirmedAt, ageS, since: null };
  if (ageS <= channel.expectedIntervalS) return { state: 'fresh', confirmedAt, ageS, since: null };
  if (ageS <= 2 * channel.expectedIntervalS) return { state: 'late', confirmedAt, ageS, since: confirmedAt + intervalMs };
  return { state: 'stale', confirmedAt, ageS, since: confirmedAt + 2 * intervalMs };
}
