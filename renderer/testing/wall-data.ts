import type { HeldObservation, HeldReport } from '../../src/protocol/wall/index.js';
import { ChannelState, type ChannelData } from '../state/wall/feed-data.js';
import type { WallStore } from '../state/wall/wall-store.js';

/** Puts figures into a wall store the way a frame of the data path does (one store update). */
export function createDataFeeder(store: WallStore) {
  const channels = new Map<string, ChannelState>();
  return (channel: string, observations: readonly HeldObservation[]) => {
    let state = channels.get(channel);
    if (!state) channels.set(channel, (state = new ChannelState(channel, 'run-1', 0, Date.now())));
    for (const observation of observations) state.upsert(observation);
    state.advance(state.seq + 1, Date.now(), false);
    const view = state.commit();
    if (view) store.getState().feedApplied([view]);
  };
}

/** What a display holds of one channel after taking these figures and reports (one commit). */
export function channelWith(channel: string, observations: readonly HeldObservation[], reports: readonly HeldReport[] = []): ChannelData {
  const state = new ChannelState(channel, 'run-1', 0, 0);
  for (const observation of observations) state.upsert(observation);
  for (const report of reports) state.upsertReport(report);
  return state.commit()!;
}
