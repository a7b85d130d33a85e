import { dataEnvelopeSchema, heldObservationSchema, heldReportSchema, type DataResume } from '../../src/protocol/wall/index.js';
import { ChannelState, type ChannelData } from '../state/wall/feed-data.js';

/**
 * Calls `flush` once: on the next animation frame, or after `fallbackMs` when no frame comes (a hidden
 * page gets no frames). Returns a function that cancels it.
 */
export type FrameScheduler = (flush: () => void) => () => void;

export function frameScheduler(win: Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'>, fallbackMs = 250): FrameScheduler {
  return (flush) => {
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      win.cancelAnimationFrame(frame);
      clearTimeout(timer);
      flush();
    };
    const frame = win.requestAnimationFrame(run);
    const timer = setTimeout(run, fallbackMs);
    return () => {
      done = true;
      win.cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  };
}

export interface FeedIngestOptions {
  /** Receives the channels changed by one flush, in one call: make it one store update. */
  publish(changed: readonly ChannelData[]): void;
  schedule: FrameScheduler;
  /** Local wall clock (ms), for lastReceivedAt. */
  now?: () => number;
  /** Monotonic clock (ms), for the per-frame time budget. */
  clock?: () => number;
  /** Most time one flush spends applying items before it yields to the next frame. */
  budgetMs?: number;
  /** Something the hub sent that could not be used (reported as a page error; never thrown). */
  onProblem?(message: string): void;
}

/** One received message not yet fully applied; `cursor` says how far it got. */
interface Job {
  kind: 'snapshot' | 'batch';
  channel: string;
  epoch: string;
  seq: number;
  gap: boolean;
  receivedAt: number;
  observations: readonly unknown[];
  reports: readonly unknown[];
  retracted: readonly unknown[];
  cursor: number;
  /** A snapshot is built aside and swapped in whole once complete, so no frame shows half of it. */
  staging: ChannelState | null;
}

/** Items applied between two looks at the clock. */
const CHECK_EVERY = 256;

export interface IngestStats {
  /** Batches ignored: from another hub run, already applied, or for a channel without a snapshot. */
  ignored: number;
  /** Batches taken with a sequence gap. */
  gaps: number;
  /** Items skipped because they were malformed. */
  malformed: number;
}

/**
 * The display's data path. Socket handlers only queue what arrives (after the sequence checks); the
 * queue is applied at most once per animation frame, within a time budget, and every channel it changed
 * is published in one store update. Sequences are per channel and per hub run (epoch):
 * - a snapshot replaces the channel's content (and may start a new epoch);
 * - a batch of another epoch, or with seq ≤ the one held, is ignored; one with a gap (seq > held + 1)
 *   is taken and counted: the hub's stream to a display is ordered, so nothing needs re-asking;
 * - `resume()` gives the positions to send in the next handshake, so the hub replays only what was missed.
 */
export class FeedIngest {
  readonly stats: IngestStats = { ignored: 0, gaps: 0, malformed: 0 };
  private readonly channels = new Map<string, ChannelState>();
  /** Positions accepted so far (queued or applied): what the next batch is checked against. */
  private readonly positions = new Map<string, { epoch: string; seq: number }>();
  private epoch: string | null = null;
  private queue: Job[] = [];
  private cancel: (() => void) | null = null;
  private stopped = false;
  private readonly now: () => number;
  private readonly clock: () => number;
  private readonly budgetMs: number;

  constructor(private readonly options: FeedIngestOptions) {
    this.now = options.now ?? Date.now;
    this.clock = options.clock ?? (() => performance.now());
    this.budgetMs = options.budgetMs ?? 8;
  }

  receiveSnapshot(raw: unknown): void {
    if (this.stopped) return;
    const parsed = dataEnvelopeSchema.safeParse(raw);
    if (!parsed.success) return this.problem(`data:snapshot refused: ${describeIssue(parsed.error.issues[0])}`);
    const message = parsed.data;
    const { channel, epoch, seq } = message;
    // Whatever was still queued for the channel is superseded by this snapshot.
    this.queue = this.queue.filter((job) => job.channel !== channel);
    this.positions.set(channel, { epoch, seq });
    this.epoch = epoch;
    this.enqueue({
      kind: 'snapshot',
      channel,
      epoch,
      seq,
      gap: false,
      receivedAt: this.now(),
      observations: message.observations,
      reports: message.reports,
      retracted: [],
      cursor: 0,
      staging: null,
    });
  }

  receiveBatch(raw: unknown): void {
    if (this.stopped) return;
    const parsed = dataEnvelopeSchema.safeParse(raw);
    if (!parsed.success) return this.problem(`data:batch refused: ${describeIssue(parsed.error.issues[0])}`);
    const message = parsed.data;
    const { channel, epoch, seq } = message;
    const held = this.positions.get(channel);
    if (!held || held.epoch !== epoch || seq <= held.seq) {
      this.stats.ignored++;
      return;
    }
    const gap = seq > held.seq + 1;
    if (gap) this.stats.gaps++;
    held.seq = seq;
    this.enqueue({
      kind: 'batch',
      channel,
      epoch,
      seq,
      gap,
      receivedAt: this.now(),
      observations: message.observations,
      reports: message.reports,
      retracted: message.retracted,
      cursor: 0,
      staging: null,
    });
  }

  /** What to send as `resume` in the next handshake: the channels of the latest hub run and their sequences. */
  resume(): DataResume | undefined {
    if (this.epoch === null) return undefined;
    const seqs: Record<string, number> = {};
    for (const [channel, position] of this.positions) if (position.epoch === this.epoch) seqs[channel] = position.seq;
    return { epoch: this.epoch, seqs };
  }

  /** Messages received but not yet applied. */
  get pending(): number {
    return this.queue.length;
  }

  /** Applies queued work until done or out of budget, publishes, and schedules the rest. */
  flush(): void {
    this.cancel = null;
    if (this.stopped) return;
    const started = this.clock();
    const touched = new Map<string, ChannelState>();
    const replaced = new Map<string, ChannelData | undefined>();
    let first = true;
    while (this.queue.length > 0) {
      // Every job after the first starts only if time is left (the first always makes progress).
      if (!first && this.clock() - started >= this.budgetMs) break;
      first = false;
      const job = this.queue[0]!;
      const outcome = this.work(job, started);
      if (outcome === 'partial') {
        // A batch partly applied is published as far as it got (merges commute); a snapshot is not.
        if (job.kind === 'batch') touched.set(job.channel, this.channels.get(job.channel)!);
        break;
      }
      this.queue.shift();
      if (outcome === 'skipped') continue;
      if (job.kind === 'snapshot') {
        const previous = this.channels.get(job.channel);
        replaced.set(job.channel, previous?.view() ?? undefined);
        this.channels.set(job.channel, job.staging!);
      } else {
        this.channels.get(job.channel)!.advance(job.seq, job.receivedAt, job.gap);
      }
      touched.set(job.channel, this.channels.get(job.channel)!);
    }
    const changed: ChannelData[] = [];
    for (const [channel, state] of touched) {
      const view = replaced.has(channel) ? state.commit(replaced.get(channel)) : state.commit();
      if (view) changed.push(view);
    }
    if (changed.length > 0) this.options.publish(changed);
    if (this.queue.length > 0) this.request();
  }

  stop(): void {
    this.stopped = true;
    this.cancel?.();
    this.cancel = null;
    this.queue = [];
  }

  private enqueue(job: Job): void {
    this.queue.push(job);
    this.request();
  }

  private request(): void {
    if (this.cancel || this.stopped) return;
    this.cancel = this.options.schedule(() => this.flush());
  }

  /** Applies as much of `job` as the budget allows. */
  private work(job: Job, started: number): 'done' | 'partial' | 'skipped' {
    let target: ChannelState;
    if (job.kind === 'snapshot') {
      job.staging ??= new ChannelState(job.channel, job.epoch, job.seq, job.receivedAt);
      target = job.staging;
    } else {
      const state = this.channels.get(job.channel);
      // The snapshot this batch follows is still queued ahead of it, or was dropped: nothing to merge into.
      if (!state || state.epoch !== job.epoch) {
        this.stats.ignored++;
        return 'skipped';
      }
      target = state;
    }
    const { observations, reports, retracted } = job;
    const total = observations.length + reports.length + retracted.length;
    let sinceCheck = 0;
    while (job.cursor < total) {
      const i = job.cursor++;
      if (i < observations.length) {
        // The wall protocol's own schema, as the hub's: a bad item from a faulty hub is skipped, never merged.
        const item = heldObservationSchema.safeParse(observations[i]);
        if (item.success) target.upsert(item.data);
        else this.malformed();
      } else if (i < observations.length + reports.length) {
        const item = heldReportSchema.safeParse(reports[i - observations.length]);
        if (item.success) target.upsertReport(item.data);
        else this.malformed();
      } else {
        const id = retracted[i - observations.length - reports.length];
        if (typeof id === 'string') target.retract(id);
      }
      if (++sinceCheck >= CHECK_EVERY) {
        sinceCheck = 0;
        if (this.clock() - started >= this.budgetMs) return job.cursor >= total ? 'done' : 'partial';
      }
    }
    return 'done';
  }

  private malformed(): void {
    if (this.stats.malformed++ === 0) this.problem('the hub sent a malformed data item (skipped; further ones are counted, not reported)');
  }

  private problem(message: string): void {
    this.options.onProblem?.(message);
  }
}

function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  return issue ? `${issue.path.map(String).join('.') || '(message)'} ${issue.message}` : 'malformed';
}
