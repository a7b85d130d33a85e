import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';

export interface LogFileOptions {
  /** Rotate when the file would grow past this many bytes. */
  maxBytes: number;
  /** Rotated files kept beside it: name.log.1 (newest) … name.log.N. */
  keep: number;
}

export const DEFAULT_LOG_FILE: LogFileOptions = { maxBytes: 10 * 1024 * 1024, keep: 5 };

/** Bytes waiting for a slow disk beyond which new lines are dropped (and counted) rather than held. */
const MAX_BUFFERED = 8 * 1024 * 1024;

/**
 * One log file, written through a stream (the event loop never waits for the disk) and rotated by size.
 * A full or read-only disk never stops the process: lines are dropped and counted, stderr still has them.
 */
export class LogFile {
  private stream: WriteStream | null = null;
  private size = 0;
  private rotating = false;
  private queue: string[] = [];
  private dropped = 0;
  private broken = false;

  constructor(
    readonly file: string,
    private readonly options: LogFileOptions = DEFAULT_LOG_FILE,
  ) {
    this.open();
  }

  write(line: string): void {
    if (this.broken) return;
    if (this.rotating) {
      this.queue.push(line);
      return;
    }
    const bytes = Buffer.byteLength(line);
    if (this.size > 0 && this.size + bytes > this.options.maxBytes) {
      this.queue.push(line);
      this.rotate();
      return;
    }
    if (!this.stream || this.stream.writableLength > MAX_BUFFERED) {
      this.dropped += 1;
      return;
    }
    if (this.dropped > 0) {
      const note = `${JSON.stringify({ time: new Date().toISOString(), level: 'warn', component: 'log', event: 'log.dropped', lines: this.dropped })}\n`;
      this.dropped = 0;
      this.size += Buffer.byteLength(note);
      this.stream.write(note);
    }
    this.size += bytes;
    this.stream.write(line);
  }

  /** Resolves once everything written so far is on disk. */
  flush(): Promise<void> {
    return new Promise((resolve) => {
      const wait = () => {
        if (this.rotating) return setTimeout(wait, 5);
        if (!this.stream) return resolve();
        // Chunks are written in order: once this empty one is through, so is everything before it.
        this.stream.write('', () => resolve());
      };
      wait();
    });
  }

  close(): Promise<void> {
    return this.flush().then(
      () =>
        new Promise<void>((resolve) => {
          const stream = this.stream;
          this.stream = null;
          this.broken = true;
          if (!stream) return resolve();
          stream.end(() => resolve());
        }),
    );
  }

  private open(): void {
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      this.size = existsSync(this.file) ? statSync(this.file).size : 0;
      const stream = createWriteStream(this.file, { flags: 'a' });
      stream.on('error', (error) => {
        if (this.stream !== stream) return;
        // Keep going on stderr; a broken disk must not take the room down.
        this.stream = null;
        this.broken = true;
        process.stderr.write(`opswall: cannot write the log ${this.file}: ${error.message}; logging to stderr only\n`);
      });
      this.stream = stream;
    } catch (error) {
      this.broken = true;
      process.stderr.write(`opswall: cannot open the log ${this.file}: ${(error as Error).message}; logging to stderr only\n`);
    }
  }

  /** Closes the file, shifts name.log → name.log.1 → … (dropping the oldest), and opens a fresh one. */
  private rotate(): void {
    this.rotating = true;
    const old = this.stream;
    const finish = () => {
      try {
        const { keep } = this.options;
        rmSync(`${this.file}.${keep}`, { force: true });
        for (let n = keep - 1; n >= 1; n--) if (existsSync(`${this.file}.${n}`)) renameSync(`${this.file}.${n}`, `${this.file}.${n + 1}`);
        if (keep >= 1) renameSync(this.file, `${this.file}.1`);
        else rmSync(this.file, { force: true });
      } catch (error) {
        process.stderr.write(`opswall: cannot rotate the log ${this.file}: ${(error as Error).message}\n`);
      }
      this.stream = null;
      this.open();
      this.rotating = false;
      const queued = this.queue;
      this.queue = [];
      for (const line of queued) this.write(line);
    };
    if (old) old.end(finish);
    else finish();
  }
}
