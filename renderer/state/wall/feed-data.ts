import { DEFAULT_HISTORY, HISTORY_BY_FREQUENCY, historyLimit } from '../../../src/protocol/feed/history.js';
import { periodKey, type Period } from '../../../src/protocol/feed/provenance.js';
import { seriesKey } from '../../../src/protocol/feed/records.js';
import type { HeldObservation, HeldReport } from '../../../src/protocol/wall/index.js';

/**
 * The data of one channel as a display holds it, built for cheap, frequent merges:
 * - `observations`: every held figure by its identity (observationKey: series + period);
 * - `series`: per series (seriesKey) an immutable index of its figures sorted by period end, at most
 *   historyLimit(frequency) per frequency (src/protocol/feed/history.ts), with the latest figure and the one it compares with precomputed;
 * - `reports`: narrative items by id.
 *
 * A ChannelData object and every SeriesIndex are replaced when (and only when) their content changes,
 * so narrow selectors (one series) re-render only their own panel. The three maps are updated in place
 * when a frame's data is applied (copying them per frame would cost O(channel)); select the ChannelData
 * (its `version`) or a SeriesIndex, never a map's contents, to follow changes.
 */
export interface ChannelData {
  readonly channel: string;
  /** Hub run the data belongs to, and the sequence it is current to. */
  readonly epoch: string;
  readonly seq: number;
  /** When the last snapshot or batch of this channel reached this page (local clock, ms). */
  readonly lastReceivedAt: number;
  /** Batches that arrived with a sequence gap (taken anyway: the hub's stream per display is ordered). */
  readonly gaps: number;
  /** Increases with every applied change. */
  readonly version: number;
  readonly observations: ReadonlyMap<string, HeldObservation>;
  readonly series: ReadonlyMap<string, SeriesIndex>;
  readonly reports: ReadonlyMap<string, HeldReport>;
  /** Increases whenever a report is added, revised or withdrawn. */
  readonly reportsVersion: number;
}

export interface SeriesIndex {
  readonly key: string;
  /** Oldest first by period end (then start); at most historyLimit(frequency) figures of each frequency. */
  readonly entries: readonly HeldObservation[];
  /** The figure with the latest period end (the shortest period on a tie). */
  readonly latest: HeldObservation;
  /**
   * What `latest` is compared with: the latest earlier figure of the same frequency; for an instant
   * (a market tick, a count at some moment), the last instant or day figure of an earlier day in Viet Nam
   * (the previous close), since the tick before is seconds old. Null when the series holds none.
   */
  readonly previous: HeldObservation | null;
  /** Internal to this module: the sort keys of `entries`, flattened [start0, end0, start1, end1, …] (ms), and their identities. */
  readonly bounds: readonly number[];
  readonly keys: readonly string[];
}

/** The fewest figures kept of any frequency (src/protocol/feed/history.ts): a series this short needs no eviction check. */
const FEWEST_KEPT = Math.min(DEFAULT_HISTORY, ...Object.values(HISTORY_BY_FREQUENCY));

/** Civil dates in the feed are dates in Viet Nam (UTC+7, no daylight saving). */
const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

const boundsCache = new Map<string, readonly [number, number]>();

/**
 * A period's [start, end) in ms. A date bound means the whole day in Viet Nam: "2026-11-21" starts at
 * 00:00 on the 21st and ends at 00:00 on the 22nd (+07:00). NaN where a bound does not parse.
 */
export function periodBounds(period: Period, key: string = periodKey(period)): readonly [number, number] {
  let bounds = boundsCache.get(key);
  if (!bounds) {
    // Periods repeat across areas and metrics: a small cache saves most of the parsing.
    if (boundsCache.size >= 4_096) boundsCache.clear();
    bounds = [instantOf(period.start, false), instantOf(period.end, true)];
    boundsCache.set(key, bounds);
  }
  return bounds;
}

function instantOf(text: string, endOfDay: boolean): number {
  if (text.length === 10 && text[4] === '-' && text[7] === '-') {
    const year = Number(text.slice(0, 4));
    const month = Number(text.slice(5, 7));
    const day = Number(text.slice(8, 10));
    return Date.UTC(year, month - 1, day + (endOfDay ? 1 : 0)) - VN_OFFSET_MS;
  }
  return Date.parse(text);
}

/** Start of the day in Viet Nam that contains `at`. */
export function vnDayStart(at: number): number {
  return Math.floor((at + VN_OFFSET_MS) / DAY_MS) * DAY_MS - VN_OFFSET_MS;
}

/** Does `candidate` replace `held` (same identity)? A higher revision, or the same revision received later. */
export function supersedes(candidate: { revision: number; receivedAt: string }, held: { revision: number; receivedAt: string }): boolean {
  if (candidate.revision !== held.revision) return candidate.revision > held.revision;
  if (candidate.receivedAt === held.receivedAt) return false;
  return Date.parse(candidate.receivedAt) > Date.parse(held.receivedAt);
}

/** A series being changed during one apply: copies of the index's arrays, frozen into a new index at commit. */
class SeriesDraft {
  readonly entries: HeldObservation[];
  readonly keys: string[];
  readonly bounds: number[];

  constructor(
    readonly key: string,
    base: SeriesIndex | undefined,
  ) {
    // Copies of at most a few hundred references: the index the panels hold stays as it was.
    this.entries = base ? base.entries.slice() : [];
    this.bounds = base ? base.bounds.slice() : [];
    this.keys = base ? base.keys.slice() : [];
  }

  /** Where (start, end) sorts: after every entry that sorts before or equal to it. */
  private insertionPoint(start: number, end: number): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const midEnd = this.bounds[2 * mid + 1]!;
      if (midEnd < end || (midEnd === end && this.bounds[2 * mid]! <= start)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Index of the entry with this identity, searching the run of entries that sort equal to (start, end). */
  private find(key: string, start: number, end: number): number {
    for (let i = this.insertionPoint(start, end) - 1; i >= 0; i--) {
      if (this.bounds[2 * i + 1] !== end || this.bounds[2 * i] !== start) break;
      if (this.keys[i] === key) return i;
    }
    return -1;
  }

  /** Puts the figure in (replacing the one with its identity); returns the identities it evicted. */
  put(observation: HeldObservation, key: string, start: number, end: number, replaces: boolean, evicted: (key: string) => void): void {
    if (replaces) {
      const at = this.find(key, start, end);
      if (at >= 0) {
        this.entries[at] = observation;
        return;
      }
    }
    const at = this.insertionPoint(start, end);
    this.entries.splice(at, 0, observation);
    this.keys.splice(at, 0, key);
    this.bounds.splice(2 * at, 0, start, end);
    if (this.entries.length <= FEWEST_KEPT) return;
    const frequency = observation.period.frequency;
    let count = 0;
    let oldest = -1;
    for (let i = 0; i < this.entries.length; i++) {
      if (this.entries[i]!.period.frequency !== frequency) continue;
      if (oldest < 0) oldest = i;
      count++;
    }
    if (count > historyLimit(frequency)) {
      // Too many of this frequency: the oldest one goes (it may be the one just added, if it is a late old period).
      evicted(this.keys[oldest]!);
      this.entries.splice(oldest, 1);
      this.keys.splice(oldest, 1);
      this.bounds.splice(2 * oldest, 2);
    }
  }

  freeze(): SeriesIndex | null {
    const n = this.entries.length;
    if (n === 0) return null;
    const latest = this.entries[n - 1]!;
    return { key: this.key, entries: this.entries, latest, previous: previousOf(this.entries, this.bounds), bounds: this.bounds, keys: this.keys };
  }
}

function previousOf(entries: readonly HeldObservation[], bounds: readonly number[]): HeldObservation | null {
  const last = entries.length - 1;
  const latest = entries[last]!;
  const frequency = latest.period.frequency;
  if (frequency === 'instant') {
    const dayStart = vnDayStart(bounds[2 * last]!);
    for (let i = last - 1; i >= 0; i--) {
      // An instant at 00:00 already belongs to the day it starts; a day figure ends at that moment.
      const candidate = entries[i]!.period.frequency;
      const end = bounds[2 * i + 1]!;
      if ((candidate === 'instant' && end < dayStart) || (candidate === 'day' && end <= dayStart)) return entries[i]!;
    }
    return null;
  }
  const end = bounds[2 * last + 1]!;
  for (let i = last - 1; i >= 0; i--) {
    if (entries[i]!.period.frequency === frequency && bounds[2 * i + 1]! < end) return entries[i]!;
  }
  return null;
}

function sameEntries(a: SeriesIndex, b: SeriesIndex): boolean {
  if (a.entries.length !== b.entries.length) return false;
  for (let i = 0; i < a.entries.length; i++) {
    const x = a.entries[i]!;
    const y = b.entries[i]!;
    if (x !== y && (x.revision !== y.revision || x.receivedAt !== y.receivedAt || x.value !== y.value || x.status !== y.status || periodKey(x.period) !== periodKey(y.period))) return false;
  }
  return true;
}

/**
 * The mutable holder of one channel's data (see ChannelData). Changes go through `upsert`, `upsertReport`
 * and `retract`; `commit()` freezes the series changed since the last commit and returns a new
 * ChannelData view, or null when nothing changed.
 */
export class ChannelState {
  epoch: string;
  seq: number;
  lastReceivedAt: number;
  gaps = 0;
  private version = 0;
  private reportsVersion = 0;
  private readonly observations = new Map<string, HeldObservation>();
  private readonly series = new Map<string, SeriesIndex>();
  private readonly reports = new Map<string, HeldReport>();
  private readonly drafts = new Map<string, SeriesDraft>();
  private reportsChanged = false;
  private metaChanged = true;
  private current: ChannelData | null = null;
  private readonly forget = (key: string) => void this.observations.delete(key);

  constructor(
    readonly channel: string,
    epoch: string,
    seq: number,
    receivedAt: number,
  ) {
    this.epoch = epoch;
    this.seq = seq;
    this.lastReceivedAt = receivedAt;
  }

  /** The sequence position moved (a batch was applied, even an empty one). */
  advance(seq: number, receivedAt: number, gap: boolean): void {
    this.seq = seq;
    this.lastReceivedAt = receivedAt;
    if (gap) this.gaps++;
    this.metaChanged = true;
  }

  /** Takes a figure unless the one held with its identity is as new. Returns whether it landed. */
  upsert(observation: HeldObservation): boolean {
    const sKey = seriesKey(observation);
    const pKey = periodKey(observation.period);
    // observationKey(observation), without building the series key twice.
    const key = `${sKey}|${pKey}`;
    const held = this.observations.get(key);
    if (held && !supersedes(observation, held)) return false;
    const [start, end] = periodBounds(observation.period, pKey);
    if (Number.isNaN(start) || Number.isNaN(end)) return false;
    let draft = this.drafts.get(sKey);
    if (!draft) {
      draft = new SeriesDraft(sKey, this.series.get(sKey));
      this.drafts.set(sKey, draft);
    }
    this.observations.set(key, observation);
    draft.put(observation, key, start, end, held !== undefined, this.forget);
    return true;
  }

  upsertReport(report: HeldReport): boolean {
    const held = this.reports.get(report.id);
    if (held && !supersedes(report, held)) return false;
    this.reports.set(report.id, report);
    this.reportsChanged = true;
    return true;
  }

  retract(id: string): boolean {
    const removed = this.reports.delete(id);
    if (removed) this.reportsChanged = true;
    return removed;
  }

  get pendingChanges(): boolean {
    return this.metaChanged || this.reportsChanged || this.drafts.size > 0;
  }

  /**
   * Freezes what changed into a new view. `reuse`: the view this state replaces (after a snapshot), whose
   * unchanged series are kept as they were, so panels showing them do not re-render.
   */
  commit(reuse?: ChannelData): ChannelData | null {
    if (!this.pendingChanges && this.current) return null;
    for (const [key, draft] of this.drafts) {
      const frozen = draft.freeze();
      if (!frozen) {
        this.series.delete(key);
        continue;
      }
      const before = reuse?.series.get(key);
      this.series.set(key, before && sameEntries(before, frozen) ? before : frozen);
    }
    this.drafts.clear();
    if (reuse) {
      // Continue the replaced view's counters, so "version changed" still means "content changed".
      this.version = Math.max(this.version, reuse.version);
      this.reportsVersion = Math.max(this.reportsVersion, reuse.reportsVersion + 1);
    } else if (this.reportsChanged) this.reportsVersion++;
    this.reportsChanged = false;
    this.metaChanged = false;
    this.version++;
    this.current = {
      channel: this.channel,
      epoch: this.epoch,
      seq: this.seq,
      lastReceivedAt: this.lastReceivedAt,
      gaps: this.gaps,
      version: this.version,
      observations: this.observations,
      series: this.series,
      reports: this.reports,
      reportsVersion: this.reportsVersion,
    };
    return this.current;
  }

  view(): ChannelData | null {
    return this.current;
  }
}
