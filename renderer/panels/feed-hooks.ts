import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ChannelData, SeriesIndex } from '../state/wall/feed-data.js';
import { freshnessOf, type Freshness } from '../state/wall/freshness.js';
import { useWall, type WallState } from '../state/wall/wall-store.js';
import { seriesOf } from './series-lookup.js';

/**
 * The hooks data panels read live data with. Each selects narrowly, so a panel re-renders only when
 * what it shows changes: its series (a new SeriesIndex), or its channel's freshness state.
 */


export function selectSeries(channel: string, metric: string, area: string): (state: WallState) => SeriesIndex | null {
  return (state) => seriesOf(state.feed.channels[channel] ?? null, metric, area);
}

/** The held figures of one series (metric + area on a channel), or null while none has arrived. */
export function useSeries(channel: string, metric: string, area: string): SeriesIndex | null {
  const selector = useMemo(() => selectSeries(channel, metric, area), [channel, metric, area]);
  return useWall(selector);
}

export interface FreshnessView {
  state: Freshness;
  /** When the state began (late, stale); null when fresh or unknown. */
  since: number | null;
  /** Last confirmation, given only when not fresh (so a fresh panel does not re-render on every heartbeat). */
  confirmedAt: number | null;
}

export function selectFreshness(channel: string): (state: WallState) => FreshnessView {
  return (state) => {
    const result = freshnessOf({ upstream: state.link?.upstream, channel: state.link?.channels[channel], now: state.tickAt });
    if (result.state === 'fresh') return { state: 'fresh', since: null, confirmedAt: null };
    return { state: result.state, since: result.since, confirmedAt: result.confirmedAt };
  };
}

/** The channel's freshness at the page's one-second tick. */
export function useFreshness(channel: string): FreshnessView {
  const selector = useMemo(() => selectFreshness(channel), [channel]);
  return useWall(useShallow(selector));
}

/** Everything held for one channel (a new object whenever its content changes), or null before any data. */
export function useChannelData(channel: string): ChannelData | null {
  const selector = useMemo(() => (state: WallState) => state.feed.channels[channel] ?? null, [channel]);
  return useWall(selector);
}

/** What is held for several channels, in the given order (re-renders when any of them changes). */
export function useChannelsData(channels: readonly string[]): (ChannelData | null)[] {
  const key = channels.join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the names' text, not the array's identity
  const selector = useMemo(() => (state: WallState) => channels.map((channel) => state.feed.channels[channel] ?? null), [key]);
  return useWall(useShallow(selector));
}
