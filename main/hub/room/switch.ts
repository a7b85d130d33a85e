import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io';
import { displayChannels } from '../../../src/layout/channels.js';
import type { SwitchProgress } from '../../../src/protocol/control/switching.js';
import { prepareAnswerSchema, type CommittedReport } from '../../../src/protocol/wall/switch.js';
import type { Logger } from '../../log.js';
import type { AuditActor } from '../audit/record.js';
import type { HubClock } from './clock.js';
import type { RoomState, Shown } from './room-state.js';

/** The display sockets of the wall namespace, by display id (a display open twice has two). */
export interface DisplaySockets {
  socketsOf(displayId: string): Socket[];
}

/** The fan-out's part in a switch: new channels join before prepare; old ones leave after commit. */
export interface SwitchData {
  addChannels(socket: Socket, channels: readonly string[]): void;
  retarget(socket: Socket, channels: readonly string[]): void;
}

export interface SwitchRequest {
  /** What each display is to show. */
  changes: ReadonlyMap<string, Shown>;
  /** In words, for the console and the audit log: "daily-briefing on wall main". */
  what: string;
  actor: AuditActor;
}

export interface SwitchResult {
  switchId: string;
  state: SwitchProgress['state'];
  committed: string[];
  kept: { displayId: string; reason: string }[];
}

export interface SwitchOptions {
  /** How long displays may take to render the new layout off-screen and answer ready. */
  prepareTimeoutMs: number;
  /** How far ahead of now the commit time is set: a few frames, so every display gets it in time. */
  commitLeadMs: number;
  /** Switches that may wait behind the one running; more are refused. */
  maxQueued: number;
}

export const DEFAULT_SWITCH: SwitchOptions = { prepareTimeoutMs: 5_000, commitLeadMs: 150, maxQueued: 5 };

interface Pending {
  request: SwitchRequest;
  switchId: string;
  resolve: (result: SwitchResult) => void;
}

/**
 * The two-phase switch (DESIGN §4): prepare on every display of the switch, wait for ready (or the time
 * limit), commit at a time T on the hub's clock a few frames ahead; a display that was not ready keeps
 * what it shows and is reported, and does not hold back the others. One switch runs at a time; those
 * asked for meanwhile wait their turn (up to maxQueued).
 */
export class SwitchCoordinator {
  private running: { progress: SwitchProgress; request: SwitchRequest } | null = null;
  private last: SwitchProgress | null = null;
  private readonly queue: Pending[] = [];
  private readonly listeners = new Set<(progress: SwitchProgress) => void>();
  private readonly options: SwitchOptions;

  constructor(
    private readonly room: RoomState,
    private readonly sockets: DisplaySockets,
    private readonly data: SwitchData,
    private readonly clock: HubClock,
    private readonly logger: Logger,
    private readonly onResult: (result: SwitchResult, request: SwitchRequest) => void,
    options: Partial<SwitchOptions> = {},
  ) {
    this.options = { ...DEFAULT_SWITCH, ...options };
  }

  /** A display's report of the frame it swapped on (display:committed). */
  committed(displayId: string, report: CommittedReport): void {
    const progress = this.running?.progress ?? this.last;
    const entry = progress?.switchId === report.switchId ? progress.displays[displayId] : undefined;
    if (!progress || !entry || progress.commitAt === null) return;
    entry.swappedAfterMs = Math.round((report.frameAtHub - progress.commitAt) * 10) / 10;
    this.emit(progress);
  }

  /** Whether a switch runs or waits. */
  get busy(): boolean {
    return this.running !== null || this.queue.length > 0;
  }

  /** The switch under way, or the last one. */
  progress(): SwitchProgress | null {
    return this.running?.progress ?? this.last;
  }

  onProgress(listener: (progress: SwitchProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts a switch, or queues it behind the one running. Refused (null) when the queue is full. */
  request(request: SwitchRequest): { switchId: string; queued: boolean; done: Promise<SwitchResult> } | null {
    if (this.running && this.queue.length >= this.options.maxQueued) return null;
    const switchId = randomUUID();
    let resolve!: (result: SwitchResult) => void;
    const done = new Promise<SwitchResult>((r) => (resolve = r));
    const pending: Pending = { request, switchId, resolve };
    const queued = this.running !== null;
    if (queued) {
      this.queue.push(pending);
      if (this.running) {
        this.running.progress.queued = this.queue.length;
        this.emit(this.running.progress);
      }
    } else void this.run(pending);
    return { switchId, queued, done };
  }

  private async run({ request, switchId, resolve }: Pending): Promise<void> {
    const progress: SwitchProgress = {
      switchId,
      what: request.what,
      by: request.actor.id ?? request.actor.kind,
      state: 'preparing',
      startedAt: this.clock.now(),
      commitAt: null,
      finishedAt: null,
      displays: Object.fromEntries([...request.changes.keys()].map((id) => [id, { state: 'preparing' as const, reason: null }])),
      queued: this.queue.length,
    };
    this.running = { progress, request };
    this.emit(progress);
    let result: SwitchResult;
    try {
      result = await this.prepareAndCommit(switchId, request, progress);
    } catch (error) {
      this.logger.error('switch.failed', { switchId, error });
      progress.state = 'failed';
      result = { switchId, state: 'failed', committed: [], kept: [...request.changes.keys()].map((displayId) => ({ displayId, reason: (error as Error).message })) };
    }
    progress.finishedAt = this.clock.now();
    this.last = progress;
    this.running = null;
    this.emit(progress);
    this.onResult(result, request);
    resolve(result);
    const next = this.queue.shift();
    if (next) void this.run(next);
  }

  private async prepareAndCommit(switchId: string, request: SwitchRequest, progress: SwitchProgress): Promise<SwitchResult> {
    const kept: SwitchResult['kept'] = [];
    const ready: { displayId: string; sockets: Socket[]; channels: string[] }[] = [];
    const committedDark: string[] = [];
    const answers: Promise<void>[] = [];
    const readyByDisplay = new Map<string, { sockets: Socket[]; channels: string[] }>();

    for (const [displayId, shown] of request.changes) {
      const assignment = this.room.assignmentOf(displayId, shown);
      if (!assignment) {
        kept.push({ displayId, reason: `layout "${shown.loaded.layout.id}" has no display "${displayId}"` });
        progress.displays[displayId] = { state: 'kept', reason: kept.at(-1)!.reason };
        continue;
      }
      const sockets = this.sockets.socketsOf(displayId);
      if (sockets.length === 0) {
        // A dark display shows the new layout when it connects again.
        committedDark.push(displayId);
        progress.displays[displayId] = { state: 'committed', reason: 'not connected: shows it when it reconnects' };
        continue;
      }
      const channels = displayChannels(assignment.display);
      for (const socket of sockets) this.data.addChannels(socket, channels);
      answers.push(
        Promise.all(sockets.map((socket) => this.askReady(socket, switchId, assignment))).then((results) => {
          const refusal = results.find((answer) => answer !== true);
          if (refusal === undefined) {
            readyByDisplay.set(displayId, { sockets, channels });
            progress.displays[displayId] = { state: 'ready', reason: null };
          } else {
            kept.push({ displayId, reason: refusal as string });
            progress.displays[displayId] = { state: 'not-ready', reason: refusal as string };
          }
          this.emit(progress);
        }),
      );
    }
    await Promise.all(answers);
    for (const [displayId, entry] of readyByDisplay) ready.push({ displayId, ...entry });

    // Those not ready keep what they show and leave the channels they joined for the switch.
    for (const { displayId } of kept) {
      const current = this.room.assignmentFor(displayId);
      for (const socket of this.sockets.socketsOf(displayId)) {
        socket.emit('display:abort', { switchId, reason: kept.find((k) => k.displayId === displayId)!.reason });
        if (current) this.data.retarget(socket, displayChannels(current.display));
      }
    }
    const changed = new Map<string, Shown>();
    for (const displayId of [...ready.map((r) => r.displayId), ...committedDark]) changed.set(displayId, request.changes.get(displayId)!);
    if (ready.length === 0 && committedDark.length === 0) {
      progress.state = 'failed';
      return { switchId, state: 'failed', committed: [], kept };
    }

    const commitAt = this.clock.now() + this.options.commitLeadMs;
    progress.state = 'committing';
    progress.commitAt = commitAt;
    for (const { sockets } of ready) for (const socket of sockets) socket.emit('display:commit', { switchId, at: commitAt });
    this.room.commit(changed);
    this.emit(progress);

    // Once swapped: old channels leave; a display that connected during the switch gets the new layout plainly.
    await new Promise<void>((resolve) => this.clock.setTimeout(resolve, this.options.commitLeadMs + 50));
    for (const { displayId, sockets, channels } of ready) {
      for (const socket of sockets) if (socket.connected) this.data.retarget(socket, channels);
      progress.displays[displayId] = { ...progress.displays[displayId], state: 'committed', reason: null };
      for (const socket of this.sockets.socketsOf(displayId)) {
        if (sockets.includes(socket)) continue;
        const assignment = this.room.assignmentFor(displayId);
        if (assignment) {
          socket.emit('display:assignment', assignment);
          this.data.retarget(socket, displayChannels(assignment.display));
        }
      }
    }
    progress.state = kept.length > 0 ? 'partial' : 'done';
    return { switchId, state: progress.state, committed: [...changed.keys()], kept };
  }

  /** true when the socket rendered it and is ready; else why not. */
  private askReady(socket: Socket, switchId: string, assignment: NonNullable<ReturnType<RoomState['assignmentFor']>>): Promise<true | string> {
    return new Promise((resolve) => {
      socket.timeout(this.options.prepareTimeoutMs).emit('display:prepare', { switchId, assignment }, (timedOut: Error | null, raw: unknown) => {
        if (timedOut) return resolve(`did not answer within ${this.options.prepareTimeoutMs / 1000} s`);
        const answer = prepareAnswerSchema.safeParse(raw);
        if (!answer.success || answer.data.switchId !== switchId) return resolve('answered something that is not a ready or not-ready');
        resolve(answer.data.ready ? true : `not ready: ${answer.data.reason}`);
      });
    });
  }

  private emit(progress: SwitchProgress): void {
    for (const listener of this.listeners) listener(progress);
  }
}
