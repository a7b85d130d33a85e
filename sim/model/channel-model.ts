import type { ChannelSpec, Observation, Report } from '../../src/protocol/feed/index.js';
import { observationKey } from '../../src/protocol/feed/index.js';
import type { Variant } from './items.js';

/**
 * A channel's data as a pure function of time. Time is cut into slots (hours, days, weeks, reporting
 * months, years, trading days …); everything a slot ever publishes — first figures, revisions, reports,
 * retractions — is built at once from the seed, each with its release time. Then:
 * - the batch for (from, to] is every release that falls in that interval;
 * - the snapshot at t is, for the slots of the window, the latest release ≤ t of every item.
 * So a snapshot at t equals the snapshot at s plus the batches of (s, t], across restarts.
 */
export interface Schedule {
  slotOf(t: number): number;
  /** A slot releases nothing earlier than `leadSlots` slots before it … */
  leadSlots: number;
  /** … and nothing later than `lagSlots` slots after it. */
  lagSlots: number;
  /** The slots a snapshot at t contains (inclusive). */
  window(t: number): { first: number; last: number };
  /** Everything the slot releases, sorted by release time. */
  build(slot: number): Variant[];
}

export interface ChannelData {
  observations: Observation[];
  reports: Report[];
  retracted: string[];
}

export class ChannelModel {
  private readonly caches: Map<number, Variant[]>[];

  constructor(
    readonly spec: ChannelSpec,
    private readonly schedules: readonly Schedule[],
    private readonly cacheSlots = 96,
  ) {
    this.caches = schedules.map(() => new Map());
  }

  /** Everything released in (from, to]. */
  delta(from: number, to: number): ChannelData {
    const out: ChannelData = { observations: [], reports: [], retracted: [] };
    if (to <= from) return out;
    this.schedules.forEach((schedule, index) => {
      const first = schedule.slotOf(from) - schedule.lagSlots;
      const last = schedule.slotOf(to) + schedule.leadSlots;
      for (let slot = first; slot <= last; slot++) {
        const variants = this.slot(index, slot);
        for (let i = firstAfter(variants, from); i < variants.length; i++) {
          const variant = variants[i] as Variant;
          if (variant.at > to) break;
          if (variant.kind === 'observation') out.observations.push(variant.item);
          else if (variant.kind === 'report') out.reports.push(variant.item);
          else out.retracted.push(variant.id);
        }
      }
    });
    return out;
  }

  /** The state at t: the latest release ≤ t of every item of the window; retracted reports left out. */
  snapshot(t: number): ChannelData {
    const observations = new Map<string, Observation>();
    const reports = new Map<string, Report>();
    this.schedules.forEach((schedule, index) => {
      const { first, last } = schedule.window(t);
      for (let slot = first; slot <= last; slot++) {
        for (const variant of this.slot(index, slot)) {
          if (variant.at > t) break;
          if (variant.kind === 'observation') observations.set(observationKey(variant.item), variant.item);
          else if (variant.kind === 'report') reports.set(variant.item.id, variant.item);
          else reports.delete(variant.id);
        }
      }
    });
    return { observations: [...observations.values()], reports: [...reports.values()], retracted: [] };
  }

  private slot(index: number, slot: number): Variant[] {
    const cache = this.caches[index] as Map<number, Variant[]>;
    const cached = cache.get(slot);
    if (cached) {
      cache.delete(slot);
      cache.set(slot, cached);
      return cached;
    }
    const built = (this.schedules[index] as Schedule).build(slot);
    cache.set(slot, built);
    if (cache.size > this.cacheSlots) cache.delete(cache.keys().next().value as number);
    return built;
  }
}

/** Index of the first variant released strictly after `t` (variants sorted by time). */
function firstAfter(variants: readonly Variant[], t: number): number {
  let low = 0;
  let high = variants.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((variants[mid] as Variant).at <= t) low = mid + 1;
    else high = mid;
  }
  return low;
}
