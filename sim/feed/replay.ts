import type { FeedMessage } from './message.js';

/**
 * The last batches of one channel, for hubs that come back after a drop: a hub resuming from seq s
 * gets s+1 … latest if they are all still here, otherwise a snapshot. Bounded by batch count and by
 * items (the load generator can produce hundreds of batches a second).
 */
export class ReplayBuffer {
  private readonly batches: FeedMessage[] = [];
  private items = 0;

  constructor(
    private readonly maxBatches = 2_000,
    private readonly maxItems = 200_000,
  ) {}

  push(batch: FeedMessage): void {
    this.batches.push(batch);
    this.items += size(batch);
    while (this.batches.length > 1 && (this.batches.length > this.maxBatches || this.items > this.maxItems)) {
      const dropped = this.batches.shift() as FeedMessage;
      this.items -= size(dropped);
    }
  }

  /** Batches fromSeq+1 … currentSeq, or null when the buffer no longer has all of them. */
  since(fromSeq: number, currentSeq: number): FeedMessage[] | null {
    if (fromSeq === currentSeq) return [];
    if (fromSeq > currentSeq) return null;
    const first = this.batches[0];
    if (!first || first.seq > fromSeq + 1) return null;
    const start = this.batches.findIndex((batch) => batch.seq === fromSeq + 1);
    if (start < 0) return null;
    const out = this.batches.slice(start);
    return out.length === currentSeq - fromSeq ? out : null;
  }

  get oldestSeq(): number | undefined {
    return this.batches[0]?.seq;
  }
}

function size(batch: FeedMessage): number {
  return batch.observations.length + batch.reports.length + batch.retracted.length;
}
