/**
 * Fault switches. The live path applies them to every batch, per channel, counting batches from the
 * moment the faults were set: "every N" means the N-th, 2N-th … batch of each channel.
 * - drop: "now" disconnects every client once; a number N disconnects them every N seconds;
 * - stall: send nothing at all (batches, snapshots, heartbeats, acks) while the sockets stay open;
 * - duplicate N: every N-th batch is sent twice with the same seq;
 * - reorder N: every N-th batch is held back and sent after the next one (a swapped pair);
 * - gap N: every N-th batch is not sent (its seq is skipped on the wire; it stays in the replay buffer
 *   and the snapshot, so a resync or a resume recovers it);
 * - malformed N: every N-th batch also carries `malformedItems` broken items (wrong types, missing
 *   fields, NaN as null, unknown area codes, unknown fields, bad dates) mixed with its good ones;
 * - oversized N: every N-th batch is padded past FEED_LIMITS.maxItemsPerMessage (the hub refuses it
 *   whole, so it is lost like a gap);
 * - unauthorised N: every N-th batch of a channel is also sent to the clients that did not subscribe to it;
 * - skewS: every timestamp the sim sends (sentAt, reportedAt) is shifted by this many seconds.
 */
export interface Faults {
  drop?: 'now' | number;
  stall?: boolean;
  duplicate?: number;
  reorder?: number;
  gap?: number;
  malformed?: number;
  malformedItems?: number;
  oversized?: number;
  unauthorised?: number;
  skewS?: number;
}

/** Values used when the CLI names a fault without one. */
export const FAULT_DEFAULTS = { drop: 30, duplicate: 5, reorder: 7, gap: 11, malformed: 3, oversized: 50, unauthorised: 13, skew: 600 } as const;

const NAMES = ['drop', 'stall', 'duplicate', 'reorder', 'gap', 'malformed', 'oversized', 'unauthorised', 'skew'] as const;

/** Parses the CLI list, e.g. "duplicate=5,gap,skew=-30,drop=now,stall". Throws with a readable message. */
export function parseFaults(list: string): Faults {
  const faults: Faults = {};
  for (const part of list.split(',').map((text) => text.trim()).filter(Boolean)) {
    const [name = '', raw] = part.split('=', 2).map((text) => text.trim());
    if (!(NAMES as readonly string[]).includes(name)) throw new Error(`--faults: unknown fault "${name}" (known: ${NAMES.join(', ')})`);
    if (name === 'stall') {
      if (raw !== undefined) throw new Error('--faults: "stall" takes no value');
      faults.stall = true;
      continue;
    }
    if (name === 'drop' && raw === 'now') {
      faults.drop = 'now';
      continue;
    }
    const value = raw === undefined ? FAULT_DEFAULTS[name as keyof typeof FAULT_DEFAULTS] : Number(raw);
    if (!Number.isFinite(value) || (name !== 'skew' && (value <= 0 || !Number.isInteger(value)))) {
      throw new Error(`--faults: "${name}" needs ${name === 'skew' ? 'a number of seconds' : 'a whole number above 0'}, not "${raw ?? ''}"`);
    }
    if (name === 'skew') faults.skewS = value;
    else if (name === 'drop') faults.drop = value;
    else faults[name as 'duplicate' | 'reorder' | 'gap' | 'malformed' | 'oversized' | 'unauthorised'] = value;
  }
  return faults;
}

/** Whether the n-th batch (1-based) is hit by a fault set to "every N". */
export const hits = (every: number | undefined, n: number): boolean => every !== undefined && every > 0 && n % every === 0;
