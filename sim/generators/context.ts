import type { ChannelSpec } from '../../src/protocol/feed/index.js';
import { CHANNELS } from '../../src/protocol/feed/index.js';
import type { ChannelModel } from '../model/channel-model.js';

/** What every generator gets: the seed, its channel's spec (source agency, units, report kinds), and where its pictures are served. */
export interface GeneratorContext {
  seed: number;
  spec: ChannelSpec;
  /** The absolute URL of a picture the simulator serves (GET /media/<name>), as a report's media carries it. */
  mediaUrl: (name: string) => string;
}

/** Where the simulator is reached by default (its pictures included). */
export const DEFAULT_SIM_URL = 'http://127.0.0.1:7401';

export type ChannelFactory = (context: GeneratorContext) => ChannelModel;

export function channelSpec(channel: string): ChannelSpec {
  const spec = CHANNELS.get(channel);
  if (!spec) throw new Error(`sim: no channel ${channel} in the feed protocol`);
  return spec;
}
