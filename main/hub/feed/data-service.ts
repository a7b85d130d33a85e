import { REJECTION_REASONS } from '../../../src/protocol/feed/messages.js';
import type { UpstreamLinkStatus } from '../../../src/protocol/control/index.js';
import type { RoomConfig } from '../../config/load.js';
import { readSecret } from '../../config/load.js';
import type { Logger } from '../../log.js';
import type { UpstreamState } from '../../../src/protocol/wall/index.js';
import type { ApplyOutcome, FeedStore } from './feed-store.js';
import { UpstreamLink } from './upstream-link.js';

// The SQLite file is a cache of the backend's data: losing the last second in a crash costs only a re-snapshot.
const FLUSH_MS = 1_000;

/** Who hears what the data path takes in: the wall fan-out, in the hub. */
export interface DataListener {
  /** What actually changed on a channel (after dedupe and revision rules). */
  changed(channel: string, outcome: ApplyOutcome): void;
  upstreamChanged(state: UpstreamState): void;
}

/** The hub's data path: upstream link → store (SQLite). The fan-out to displays listens to it. */
export class DataService {
  private readonly upstream: UpstreamLink | null;
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly configuredSince = new Date().toISOString();
  private readonly listeners: DataListener[] = [];

  constructor(
    config: RoomConfig,
    readonly store: FeedStore,
    private readonly logger: Logger,
  ) {
    const credential = config.upstream ? this.upstreamCredential(config) : null;
    this.upstream =
      config.upstream && credential !== null
        ? new UpstreamLink({
            url: config.upstream.url,
            credential,
            room: config.room.id,
            store: this.store,
            logger: logger.child('upstream'),
            onData: (channel, outcome) => this.listeners.forEach((listener) => listener.changed(channel, outcome)),
            onStateChange: (state) => this.listeners.forEach((listener) => listener.upstreamChanged(state)),
          })
        : null;
  }

  listen(listener: DataListener): void {
    this.listeners.push(listener);
  }

  start(): void {
    this.upstream?.start();
    this.timers.push(setInterval(() => this.flushSafely(), FLUSH_MS));
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
