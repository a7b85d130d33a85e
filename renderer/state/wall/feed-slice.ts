import type { StateCreator } from 'zustand/vanilla';
import { dataLinkSchema, type UpstreamState } from '../../../src/protocol/wall/index.js';
import type { ChannelData } from './feed-data.js';

/** What `data:link` said, with times as ms: how current the hub's data is, per channel. */
export interface LinkState {
  upstream: { state: UpstreamState; since: number };
  channels: Readonly<Record<string, ChannelLink>>;
  /** When this page received it (local clock). */
  receivedAt: number;
}

export interface ChannelLink {
  /** When the backend last vouched for the channel (a batch or a heartbeat), hub clock; null: never. */
  confirmedAt: number | null;
  expectedIntervalS: number;
}

/**
 * Live data of the display: each channel's figures and reports (see feed-data.ts), the hub's word on
 * how current they are (`link`), when this display lost the hub (null while connected), and the shared
 * one-second tick that freshness is judged at — one timer for the whole page, not one per panel.
 */
export interface FeedSlice {
  feed: { channels: Readonly<Record<string, ChannelData>> };
  link: LinkState | null;
  hubLostAt: number | null;
  /** The freshness clock: advanced once a second (local ms). */
  tickAt: number;
  /** One store update for everything a frame applied. */
  feedApplied(changed: readonly ChannelData[]): void;
  /** Takes a `data:link`; returns false (and keeps the previous one) when it is malformed. */
  linkReceived(link: unknown, now: number): boolean;
  hubConnected(): void;
  /** Keeps the first moment: a string of failed attempts is one outage. */
  hubLost(now: number): void;
  tick(now: number): void;
}

export const createFeedSlice: StateCreator<FeedSlice> = (set, get) => ({
  feed: { channels: {} },
  link: null,
  hubLostAt: null,
  tickAt: Date.now(),
  feedApplied: (changed) => {
    if (changed.length === 0) return;
    set(({ feed }) => {
      const channels = { ...feed.channels };
      for (const view of changed) channels[view.channel] = view;
      return { feed: { channels } };
    });
  },
  linkReceived: (value, now) => {
    const link = parseLink(value, get().link, now);
    if (!link) return false;
    // A link can turn data stale at once (upstream down): judge freshness at the current time.
    set({ link, tickAt: now });
    return true;
  },
  hubConnected: () => {
    if (get().hubLostAt !== null) set({ hubLostAt: null });
  },
  hubLost: (now) => {
    if (get().hubLostAt === null) set({ hubLostAt: now });
  },
  tick: (now) => set({ tickAt: now }),
});

/**
 * Checks and converts a `data:link`. Channel entries that did not change keep their previous object,
 * so a panel that selects its channel's entry does not re-render every 2 s for nothing.
 */
export function parseLink(value: unknown, previous: LinkState | null, now: number): LinkState | null {
  const result = dataLinkSchema.safeParse(value);
  if (!result.success) return null;
  const { upstream, channels } = result.data;
  const since = Date.parse(upstream.since);
  const parsed: Record<string, ChannelLink> = {};
  for (const [channel, entry] of Object.entries(channels)) {
    const confirmedAt = entry.confirmedAt === null ? null : Date.parse(entry.confirmedAt);
    const before = previous?.channels[channel];
    parsed[channel] = before && before.confirmedAt === confirmedAt && before.expectedIntervalS === entry.expectedIntervalS ? before : { confirmedAt, expectedIntervalS: entry.expectedIntervalS };
  }
  const sameUpstream = previous && previous.upstream.state === upstream.state && previous.upstream.since === since;
  return { upstream: sameUpstream ? previous.upstream : { state: upstream.state, since }, channels: parsed, receivedAt: now };
}
