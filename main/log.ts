import { join } from 'node:path';
import { DEFAULT_LOG_FILE, LogFile, type LogFileOptions } from './log-file.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  child(component: string): Logger;
}

export interface LoggerOptions {
  /** Folder for `<name>.log` (JSON lines); omitted = console only. */
  dir?: string;
  name?: string;
  /** Echo to stderr in a human-readable line (default true). */
  console?: boolean;
  minLevel?: LogLevel;
  /** Size-based rotation of the file (default: 10 MB, 5 files kept). */
  rotation?: LogFileOptions;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

// One writer per file, shared by a logger and its children, so rotation counts every line once.
const files = new Map<string, LogFile>();

function logFile(path: string, rotation: LogFileOptions): LogFile {
  let file = files.get(path);
  if (!file) files.set(path, (file = new LogFile(path, rotation)));
  return file;
}

/** Structured logs: one JSON object per line in `<dir>/<name>.log` (written without blocking, rotated by size), and a readable line on stderr. */
export function createLogger(options: LoggerOptions = {}, component = 'opswall'): Logger {
  const file = options.dir ? logFile(join(options.dir, `${options.name ?? 'opswall'}.log`), options.rotation ?? DEFAULT_LOG_FILE) : null;
  const minimum = ORDER[options.minLevel ?? (process.env.OPSWALL_LOG_LEVEL as LogLevel | undefined) ?? 'info'] ?? ORDER.info;
  const write = (level: LogLevel, event: string, fields: LogFields = {}) => {
    if (ORDER[level] < minimum) return;
    const time = new Date().toISOString();
    const record = { time, level, component, event, ...serialise(fields) };
    file?.write(`${JSON.stringify(record)}\n`);
    if (options.console !== false) {
      const details = Object.keys(fields).length > 0 ? ` ${JSON.stringify(serialise(fields))}` : '';
      process.stderr.write(`${time} ${level.toUpperCase().padEnd(5)} [${component}] ${event}${details}\n`);
    }
  };
  return {
    debug: (event, fields) => write('debug', event, fields),
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
    child: (name) => createLogger(options, `${component}/${name}`),
  };
}

/** Waits until every log file has written what it was given (before a planned exit). */
export async function flushLogs(): Promise<void> {
  await Promise.all([...files.values()].map((file) => file.flush()));
}

function serialise(fields: LogFields): LogFields {
  const out: LogFields = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = value instanceof Error ? { message: value.message, name: value.name } : value;
  }
  return out;
}
