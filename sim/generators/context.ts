import type { ChannelSpec } from '../../src/protocol/feed/index.js';
import { CHANNELS } from '../../src/protocol/feed/index.js';
import type { ChannelModel } from '../model/channel-model.js';

/** What every generator gets: the seed and its channel's spec (source agency, units, report kinds). */
export interface GeneratorContext {
  seed: number;
  spec: ChannelSpec;
}

export type ChannelFactory = (context: GeneratorContext) => ChannelModel;

export function channelSpec(channel: string): ChannelSpec {
  const spec = CHANNELS.get(channel);
  if (!spec) throw new Error(`sim: no channel ${channel} in the feed protocol`);
  return spec;
}
