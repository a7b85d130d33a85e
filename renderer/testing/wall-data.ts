import type { HeldObservation } from '../../src/protocol/wall/index.js';
import { ChannelState } from '../state/wall/feed-data.js';
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
