import type { Namespace } from 'socket.io';
import { REJECTION_REASONS } from '../../../src/protocol/feed/messages.js';
import type { UpstreamLinkStatus } from '../../../src/protocol/control/index.js';
import type { RoomConfig } from '../../config/load.js';
import { readSecret } from '../../config/load.js';
import type { Logger } from '../../log.js';
import type { SqliteDatabase } from '../db.js';
import { FeedStore } from './feed-store.js';
import { UpstreamLink } from './upstream-link.js';
import { WallFanout } from './wall-fanout.js';

// The SQLite file is a cache of the backend's data: losing the last second in a crash costs only a re-snapshot.
const FLUSH_MS = 1_000;
const LINK_BROADCAST_MS = 2_000;

/** The hub's data path: upstream link → store (SQLite) → fan-out to displays. */
export class DataService {
  readonly store: FeedStore;
  readonly fanout: WallFanout;
  private readonly upstream: UpstreamLink | null;
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly configuredSince = new Date().toISOString();

  constructor(config: RoomConfig, cache: SqliteDatabase, walls: Namespace, private readonly logger: Logger) {
    this.store = new FeedStore(cache);
    const credential = config.upstream ? this.upstreamCredential(config) : null;
    this.fanout = new WallFanout(walls, this.store, config.upstream && credential !== null ? 'connecting' : 'not-configured', undefined, (socket, lagging) =>
      logger.warn(lagging ? 'wall.lagging' : 'wall.caught-up', { displayId: (socket.data as { displayId?: string }).displayId }),
    );
    this.upstream =
      config.upstream && credential !== null
        ? new UpstreamLink({
            url: config.upstream.url,
            credential,
            room: config.room.id,
            store: this.store,
            logger: logger.child('upstream'),
            onData: (channel, outcome) => this.fanout.publish(channel, outcome),
            onStateChange: (state) => this.fanout.upstreamChanged(state),
          })
        : null;
  }

  start(): void {
    this.upstream?.start();
    this.timers.push(setInterval(() => this.flushSafely(), FLUSH_MS));
    this.timers.push(setInterval(() => this.fanout.broadcastLink(), LINK_BROADCAST_MS));
  }

  status(): UpstreamLinkStatus {
    return (
      this.upstream?.status() ?? {
        state: 'not-configured',
        since: this.configuredSince,
        url: null,
        lastMessageAt: null,
        messagesPerS: 0,
        observationsPerS: 0,
        rejections: Object.fromEntries(REJECTION_REASONS.map((reason) => [reason, 0])) as UpstreamLinkStatus['rejections'],
        duplicateItems: 0,
        staleRevisions: 0,
        duplicateBatches: 0,
        gaps: 0,
        resyncs: 0,
      }
    );
  }

  close(): void {
    for (const timer of this.timers) clearInterval(timer);
    this.upstream?.stop();
    this.store.close();
  }

  private flushSafely(): void {
    try {
      this.store.flush();
    } catch (error) {
      // A full disk must not stop the wall: data stays in memory and the next flush retries.
      this.logger.error('store.flush-failed', { error });
    }
  }

  private upstreamCredential(config: RoomConfig): string | null {
    if (!config.upstream?.credential) return '';
    try {
      return readSecret(config.upstream.credential);
    } catch (error) {
      this.logger.error('upstream.credential-missing', { reason: (error as Error).message });
      return null;
    }
  }
}
