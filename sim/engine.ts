import { CHANNELS, FEED_LIMITS } from '../src/protocol/feed/index.js';
import { createChannelModels } from './generators/index.js';
import type { FeedMessage } from './feed/message.js';
import { ReplayBuffer } from './feed/replay.js';
import type { ChannelModel } from './model/channel-model.js';
import { isoInstant } from './time.js';

interface ChannelState {
  model: ChannelModel;
  expectedIntervalS: number;
  seq: number;
  /** Everything released up to this instant has been put into batches. */
  stateTime: number;
  replay: ReplayBuffer;
  /** Bumped with every batch of the model's own data (not the load generator's). */
  version: number;
  /** The model's state, cached until the next batch of its own data. */
  cached: { version: number; observations: unknown[]; reports: unknown[] } | null;
}

/**
 * The backend's data plane, independent of the transport: per channel, the generator model, the
 * sequence number, the time up to which batches were cut, the replay buffer and a cached snapshot.
 * Sequence numbers start at the start time in milliseconds. Every channel sends far fewer than one
 * batch a millisecond, so a restarted sim never reuses the numbers of an earlier run for other data: a hub
 * resuming from an earlier run's seq is either past the current seq or before the replay buffer, and
 * gets a snapshot.
 */
export class FeedEngine {
  private readonly channels = new Map<string, ChannelState>();

  /** `simUrl`: where the simulator is reached, for the pictures its reports carry (known once it listens). */
  constructor(seed: number, start: number, replay: { batches?: number; items?: number } = {}, simUrl?: () => string) {
    const base = Math.floor(start);
    for (const [channel, model] of createChannelModels(seed, simUrl)) {
      this.channels.set(channel, {
        model,
        expectedIntervalS: CHANNELS.get(channel)?.expectedIntervalS ?? 60,
        seq: base,
        stateTime: start,
        replay: new ReplayBuffer(replay.batches, replay.items),
        version: 0,
        cached: null,
      });
    }
  }

  has(channel: string): boolean {
    return this.channels.has(channel);
  }

  names(): string[] {
    return [...this.channels.keys()];
  }

  seqOf(channel: string): number {
    return this.state(channel).seq;
  }

  /** Cuts the batches of (stateTime, now] for every channel (large ones split at the item limit). */
  pump(now: number): FeedMessage[] {
    const out: FeedMessage[] = [];
    for (const [channel, state] of this.channels) {
      if (now <= state.stateTime) continue;
      const delta = state.model.delta(state.stateTime, now);
      state.stateTime = now;
      const items = delta.observations.length + delta.reports.length;
      if (items === 0 && delta.retracted.length === 0) continue;
      state.version += 1;
      if (items <= FEED_LIMITS.maxItemsPerMessage) {
        out.push(this.append(channel, now, delta.observations, delta.reports, delta.retracted));
        continue;
      }
      const limit = FEED_LIMITS.maxItemsPerMessage;
      for (let i = 0; i < delta.observations.length; i += limit) out.push(this.append(channel, now, delta.observations.slice(i, i + limit), [], i === 0 ? delta.retracted : []));
      for (let i = 0; i < delta.reports.length; i += limit) out.push(this.append(channel, now, [], delta.reports.slice(i, i + limit)));
    }
    return out;
  }

  /** A batch of extra items (the load generator), in the channel's sequence. */
  append(channel: string, now: number, observations: unknown[], reports: unknown[], retracted: string[] = []): FeedMessage {
    const state = this.state(channel);
    state.seq += 1;
    const batch: FeedMessage = { channel, seq: state.seq, sentAt: isoInstant(now), observations, reports, retracted };
    state.replay.push(batch);
    return batch;
  }

  /**
   * The channel's state as of its latest seq: the latest value per series plus the recent history.
   * Items of the load generator (--rate) are not part of it: they are extra readings, not state.
   */
  snapshot(channel: string, now: number): FeedMessage {
    const state = this.state(channel);
    let cached = state.cached;
    if (cached?.version !== state.version) {
      const data = state.model.snapshot(state.stateTime);
      cached = { version: state.version, observations: data.observations, reports: data.reports };
      state.cached = cached;
    }
    const { observations, reports } = cached;
    return { channel, seq: state.seq, sentAt: isoInstant(now), observations, reports, retracted: [], expectedIntervalS: state.expectedIntervalS };
  }

  /** Batches after fromSeq, or null when a snapshot is needed instead. */
  replaySince(channel: string, fromSeq: number): FeedMessage[] | null {
    const state = this.state(channel);
    return state.replay.since(fromSeq, state.seq);
  }

  seqs(): Record<string, number> {
    return Object.fromEntries([...this.channels].map(([channel, state]) => [channel, state.seq]));
  }

  private state(channel: string): ChannelState {
    const state = this.channels.get(channel);
    if (!state) throw new Error(`sim: unknown channel ${channel}`);
    return state;
  }
}
