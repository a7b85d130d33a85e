import { CHANNEL_NAMES } from '../../src/protocol/feed/index.js';

/** A total and its split per channel. */
export interface Count {
  total: number;
  byChannel: Record<string, number>;
}

/**
 * What the sim did, so tests can compare it with what the hub accepted and rejected. Messages and
 * items are counted per recipient socket. "goodItems" are the valid items of messages the hub should
 * accept (snapshots, live and replayed batches); the other item counts are what faults sent instead.
 */
export interface SimStats {
  connections: { current: number; total: number; refused: number; dropped: number };
  received: { subscribes: number; resyncs: number };
  sent: {
    snapshots: Count;
    batches: Count;
    replayed: Count;
    heartbeats: number;
    goodItems: Count;
    malformedItems: Count;
    oversizedItems: Count;
    unauthorisedItems: Count;
    duplicateItems: Count;
    futureItems: Count;
  };
  faults: {
    drops: number;
    stalled: number;
    duplicates: number;
    reorders: number;
    gaps: number;
    malformed: number;
    oversized: number;
    unauthorised: number;
    skewed: number;
  };
  /** The latest sequence number of every channel. */
  seq: Record<string, number>;
  /** The load generator (--rate): what it sent, and the 10 ms ticks skipped because a client lagged. */
  load: { observations: number; batches: number; skipped: number };
  /** Pictures served (GET /media/…): what the hub's media cache fetched. */
  media: number;
}

const count = (): Count => ({ total: 0, byChannel: Object.fromEntries(CHANNEL_NAMES.map((channel) => [channel, 0])) });

export function emptyStats(): SimStats {
  return {
    connections: { current: 0, total: 0, refused: 0, dropped: 0 },
    received: { subscribes: 0, resyncs: 0 },
    sent: {
      snapshots: count(),
      batches: count(),
      replayed: count(),
      heartbeats: 0,
      goodItems: count(),
      malformedItems: count(),
      oversizedItems: count(),
      unauthorisedItems: count(),
      duplicateItems: count(),
      futureItems: count(),
    },
    faults: { drops: 0, stalled: 0, duplicates: 0, reorders: 0, gaps: 0, malformed: 0, oversized: 0, unauthorised: 0, skewed: 0 },
    seq: {},
    load: { observations: 0, batches: 0, skipped: 0 },
    media: 0,
  };
}

export function add(target: Count, channel: string, amount: number): void {
  if (amount === 0) return;
  target.total += amount;
  target.byChannel[channel] = (target.byChannel[channel] ?? 0) + amount;
}
