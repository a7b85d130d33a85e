import { CHANNELS } from '../../../src/protocol/feed/channels.js';
import type { CheckedMessage, Rejection } from '../../../src/protocol/feed/check.js';
import { historyLimit } from '../../../src/protocol/feed/history.js';
import { observationKey, seriesKey } from '../../../src/protocol/feed/records.js';
import type { DataSnapshot, HeldObservation, HeldReport } from '../../../src/protocol/wall/index.js';
import type { SqliteDatabase } from '../db.js';
import { prepareFeedSchema } from './schema.sql.js';

export interface StoreLimits {
  /** Periods kept per series and frequency (a day's close is not evicted by the day's ticks): by default as a display holds them (src/protocol/feed/history.ts). */
  history: (frequency: string) => number;
  reportsPerChannel: number;
  quarantineRows: number;
}

const DEFAULT_LIMITS: StoreLimits = { history: historyLimit, reportsPerChannel: 500, quarantineRows: 10_000 };
const QUARANTINE_ITEM_BYTES = 4096;

export interface ApplyOutcome {
  observations: HeldObservation[];
  reports: HeldReport[];
  retracted: string[];
  duplicates: number;
  staleRevisions: number;
}

interface ChannelMemory {
  observations: Map<string, HeldObservation>;
  /** Per series and frequency ("series#frequency"), its period keys ordered oldest → newest, to bound history. */
  series: Map<string, { key: string; end: string }[]>;
  reports: Map<string, HeldReport>;
  upstreamSeq: number | null;
  confirmedAt: string | null;
  expectedIntervalS: number;
}

/**
 * The hub's data: the latest value of every series (and a bounded history), reports, and each
 * channel's upstream position, in memory for speed and written behind to SQLite (WAL) so a restarted
 * hub serves the last known data at once.
 */
export class FeedStore {
  private readonly channels = new Map<string, ChannelMemory>();
  private readonly limits: StoreLimits;
  // Pending writes are coalesced per key: a flush writes only the state that survives it, so a figure
  // that arrives and is evicted between two flushes (high-rate "instant" data) costs no disk work.
  // Keyed by rowKey(channel, key): the same figure key may exist in two channels.
  private pendingUpserts = new Map<string, { channel: string; key: string; held: HeldObservation }>();
  private pendingDeletes = new Map<string, { channel: string; key: string }>();
  /** Rows that are in the database, so an eviction knows whether there is a row to delete. */
  private readonly persisted = new Set<string>();
  private pendingReports: { channel: string; report: HeldReport | null; id: string }[] = [];
  private pendingQuarantine: { at: string; channel: string | null; rejection: Rejection }[] = [];
  private readonly dirtyChannels = new Set<string>();
  private readonly statements;

  /** Takes the hub's cache database (see db.ts, which owns and closes it); call prepareFeedSchema on it first. */
  constructor(
    private readonly db: SqliteDatabase,
    limits: Partial<StoreLimits> = {},
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    prepareFeedSchema(db);
    this.statements = {
      upsert: this.db.prepare('INSERT INTO observations (channel, key, series, period_end, revision, body) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(channel, key) DO UPDATE SET revision = excluded.revision, body = excluded.body'),
      remove: this.db.prepare('DELETE FROM observations WHERE channel = ? AND key = ?'),
      upsertReport: this.db.prepare('INSERT INTO reports (channel, id, revision, occurred_at, body) VALUES (?, ?, ?, ?, ?) ON CONFLICT(channel, id) DO UPDATE SET revision = excluded.revision, occurred_at = excluded.occurred_at, body = excluded.body'),
      removeReport: this.db.prepare('DELETE FROM reports WHERE channel = ? AND id = ?'),
      channelState: this.db.prepare('INSERT INTO channel_state (channel, upstream_seq, confirmed_at, expected_interval_s) VALUES (?, ?, ?, ?) ON CONFLICT(channel) DO UPDATE SET upstream_seq = excluded.upstream_seq, confirmed_at = excluded.confirmed_at, expected_interval_s = excluded.expected_interval_s'),
      quarantine: this.db.prepare('INSERT INTO quarantine (at, channel, reason, detail, item) VALUES (?, ?, ?, ?, ?)'),
      trimQuarantine: this.db.prepare('DELETE FROM quarantine WHERE id <= (SELECT MAX(id) FROM quarantine) - ?'),
    };
    this.load();
  }

  /**
   * Applies a checked snapshot or batch: new keys and higher revisions land; duplicates and older
   * revisions do not. The store takes ownership of the message's observations (the checker made them).
   */
  apply(message: CheckedMessage, receivedAt: string): ApplyOutcome {
    const memory = this.channel(message.channel);
    const outcome: ApplyOutcome = { observations: [], reports: [], retracted: [], duplicates: 0, staleRevisions: 0 };
    for (const observation of message.observations) {
      const key = observationKey(observation);
      const existing = memory.observations.get(key);
      if (existing && existing.revision >= observation.revision) {
        if (existing.revision === observation.revision) outcome.duplicates += 1;
        else outcome.staleRevisions += 1;
        continue;
      }
      const held = observation as HeldObservation;
      held.receivedAt = receivedAt;
      memory.observations.set(key, held);
      const row = rowKey(message.channel, key);
      this.pendingUpserts.set(row, { channel: message.channel, key, held });
      this.pendingDeletes.delete(row);
      if (!existing) this.track(message.channel, memory, seriesKey(observation), observation.period.frequency, key, observation.period.end);
      outcome.observations.push(held);
    }
    for (const report of message.reports) {
      const existing = memory.reports.get(report.id);
      if (existing && existing.revision >= report.revision) {
        if (existing.revision === report.revision) outcome.duplicates += 1;
        else outcome.staleRevisions += 1;
        continue;
      }
      const held: HeldReport = { ...report, receivedAt };
      memory.reports.set(report.id, held);
      this.pendingReports.push({ channel: message.channel, id: report.id, report: held });
      outcome.reports.push(held);
    }
    for (const id of message.retracted) {
      if (memory.reports.delete(id)) {
        this.pendingReports.push({ channel: message.channel, id, report: null });
        outcome.retracted.push(id);
      }
    }
    this.trimReports(message.channel, memory);
    if (message.expectedIntervalS !== undefined) memory.expectedIntervalS = message.expectedIntervalS;
    return outcome;
  }

  /** Records the backend's position on a channel and that it vouched for the channel just now. */
  setPosition(channel: string, upstreamSeq: number | null, confirmedAt: string): void {
    const memory = this.channel(channel);
    memory.upstreamSeq = upstreamSeq;
    memory.confirmedAt = confirmedAt;
    this.dirtyChannels.add(channel);
  }

  confirm(channel: string, at: string): void {
    this.channel(channel).confirmedAt = at;
    this.dirtyChannels.add(channel);
  }

  position(channel: string): { upstreamSeq: number | null; confirmedAt: string | null; expectedIntervalS: number } {
    const { upstreamSeq, confirmedAt, expectedIntervalS } = this.channel(channel);
    return { upstreamSeq, confirmedAt, expectedIntervalS };
  }

  quarantine(rejection: Rejection, channel: string | null, at: string): void {
    this.pendingQuarantine.push({ at, channel, rejection });
  }

  snapshot(epoch: string, channel: string, seq: number): DataSnapshot {
    const memory = this.channel(channel);
    return { epoch, channel, seq, observations: [...memory.observations.values()], reports: [...memory.reports.values()] };
  }

  /** Writes everything pending in one transaction. Called on a timer and on close. */
  flush(): void {
    if (this.pendingUpserts.size + this.pendingDeletes.size + this.pendingReports.length + this.pendingQuarantine.length + this.dirtyChannels.size === 0) return;
    const upserts = this.pendingUpserts;
    const deletes = this.pendingDeletes;
    const reports = this.pendingReports;
    const quarantined = this.pendingQuarantine;
    this.pendingUpserts = new Map();
    this.pendingDeletes = new Map();
    this.pendingReports = [];
    this.pendingQuarantine = [];
    const s = this.statements;
    const write = this.db.transaction(() => {
      for (const { channel, key, held } of upserts.values()) s.upsert.run(channel, key, seriesKey(held), held.period.end, held.revision, JSON.stringify(held));
      for (const { channel, key } of deletes.values()) s.remove.run(channel, key);
      for (const { channel, id, report } of reports) {
        if (report) s.upsertReport.run(channel, id, report.revision, report.occurredAt, JSON.stringify(report));
        else s.removeReport.run(channel, id);
      }
      for (const channel of this.dirtyChannels) {
        const memory = this.channel(channel);
        s.channelState.run(channel, memory.upstreamSeq, memory.confirmedAt, memory.expectedIntervalS);
      }
      for (const { at, channel, rejection } of quarantined) {
        s.quarantine.run(at, channel, rejection.reason, rejection.detail, truncatedJson(rejection.item));
      }
      if (quarantined.length > 0) s.trimQuarantine.run(this.limits.quarantineRows);
    });
    try {
      write();
      for (const row of upserts.keys()) this.persisted.add(row);
      for (const row of deletes.keys()) this.persisted.delete(row);
    } catch (error) {
      // Keep what could not be written for the next flush; memory stays the source of truth meanwhile.
      for (const [row, value] of upserts) if (!this.pendingUpserts.has(row) && this.channels.get(value.channel)?.observations.has(value.key)) this.pendingUpserts.set(row, value);
      for (const [row, value] of deletes) if (!this.pendingUpserts.has(row)) this.pendingDeletes.set(row, value);
      this.pendingReports = reports.concat(this.pendingReports);
      this.pendingQuarantine = quarantined.concat(this.pendingQuarantine);
      throw error;
    }
    this.dirtyChannels.clear();
  }

  quarantineCount(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM quarantine').get() as { n: number }).n + this.pendingQuarantine.length;
  }

  quarantined(limit = 100): { at: string; channel: string | null; reason: string; detail: string; item: string }[] {
    this.flush();
    return this.db.prepare('SELECT at, channel, reason, detail, item FROM quarantine ORDER BY id DESC LIMIT ?').all(limit) as never;
  }

  /** Writes what is pending; the database itself is closed by its owner. */
  close(): void {
    this.flush();
  }

  private channel(name: string): ChannelMemory {
    let memory = this.channels.get(name);
    if (!memory) {
      memory = {
        observations: new Map(),
        series: new Map(),
        reports: new Map(),
        upstreamSeq: null,
        confirmedAt: null,
        expectedIntervalS: CHANNELS.get(name)?.expectedIntervalS ?? 60,
      };
      this.channels.set(name, memory);
    }
    return memory;
  }

  /** Every held report that carries a media entry with this URL, with its channel. */
  *reportsNaming(url: string): Iterable<[string, HeldReport]> {
    for (const [channel, memory] of this.channels) {
      for (const report of memory.reports.values()) if (report.media?.some((entry) => entry.url === url)) yield [channel, report];
    }
  }

  /** Adds a period to its series, evicting the oldest of its frequency beyond the history limit. */
  private track(channel: string, memory: ChannelMemory, series: string, frequency: string, key: string, end: string): void {
    const bucket = `${series}#${frequency}`;
    let periods = memory.series.get(bucket);
    if (!periods) memory.series.set(bucket, (periods = []));
    const limit = this.limits.history(frequency);
    const last = periods[periods.length - 1];
    if (!last || last.end <= end) periods.push({ key, end });
    else {
      let index = periods.length - 1;
      while (index > 0 && periods[index - 1]!.end > end) index -= 1;
      periods.splice(index, 0, { key, end });
    }
    while (periods.length > limit) {
      const evicted = periods.shift()!;
      const row = rowKey(channel, evicted.key);
      memory.observations.delete(evicted.key);
      this.pendingUpserts.delete(row);
      if (this.persisted.has(row)) this.pendingDeletes.set(row, { channel, key: evicted.key });
    }
  }

  private trimReports(channel: string, memory: ChannelMemory): void {
    if (memory.reports.size <= this.limits.reportsPerChannel) return;
    const oldest = [...memory.reports.values()].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt)).slice(0, memory.reports.size - this.limits.reportsPerChannel);
    for (const report of oldest) {
      memory.reports.delete(report.id);
      this.pendingReports.push({ channel, id: report.id, report: null });
    }
  }

  private load(): void {
    for (const row of this.db.prepare('SELECT channel, upstream_seq, confirmed_at, expected_interval_s FROM channel_state').all() as {
      channel: string;
      upstream_seq: number | null;
      confirmed_at: string | null;
      expected_interval_s: number | null;
    }[]) {
      const memory = this.channel(row.channel);
      memory.upstreamSeq = row.upstream_seq;
      memory.confirmedAt = row.confirmed_at;
      if (row.expected_interval_s) memory.expectedIntervalS = row.expected_interval_s;
    }
    for (const row of this.db.prepare('SELECT key, channel, series, period_end, body FROM observations ORDER BY series, period_end').iterate() as Iterable<{
      key: string;
      channel: string;
      series: string;
      period_end: string;
      body: string;
    }>) {
      const observation = parseRow<HeldObservation>(row.body);
      // A row that does not read back is skipped: the backend sends the figure again.
      if (!observation) continue;
      const memory = this.channel(row.channel);
      memory.observations.set(row.key, observation);
      this.persisted.add(rowKey(row.channel, row.key));
      this.track(row.channel, memory, row.series, observation.period.frequency, row.key, row.period_end);
    }
    for (const row of this.db.prepare('SELECT channel, body FROM reports').iterate() as Iterable<{ channel: string; body: string }>) {
      const report = parseRow<HeldReport>(row.body);
      if (report && typeof report.id === 'string') this.channel(row.channel).reports.set(report.id, report);
    }
  }
}

function parseRow<T>(body: string): T | null {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null ? (value as T) : null;
  } catch {
    return null;
  }
}

function rowKey(channel: string, key: string): string {
  return `${channel}\u0000${key}`;
}

function truncatedJson(item: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(item) ?? String(item);
  } catch {
    text = String(item);
  }
  return text.length > QUARANTINE_ITEM_BYTES ? `${text.slice(0, QUARANTINE_ITEM_BYTES)}…` : text;
}
