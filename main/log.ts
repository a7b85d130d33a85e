import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

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
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Structured logs: one JSON object per line in `<dir>/<name>.log`, and a readable line on stderr. */
export function createLogger(options: LoggerOptions = {}, component = 'opswall'): Logger {
  const file = options.dir ? join(options.dir, `${options.name ?? 'opswall'}.log`) : null;
  if (options.dir) mkdirSync(options.dir, { recursive: true });
  const minimum = ORDER[options.minLevel ?? (process.env.OPSWALL_LOG_LEVEL as LogLevel | undefined) ?? 'info'] ?? ORDER.info;
  const write = (level: LogLevel, event: string, fields: LogFields = {}) => {
    if (ORDER[level] < minimum) return;
    const time = new Date().toISOString();
    const record = { time, level, component, event, ...serialise(fields) };
    if (file) {
      try {
        appendFileSync(file, `${JSON.stringify(record)}\n`);
      } catch {
        // A full or read-only disk must never take a wall down; stderr still has the line.
      }
    }
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

function serialise(fields: LogFields): LogFields {
  const out: LogFields = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = value instanceof Error ? { message: value.message, name: value.name } : value;
  }
  return out;
}
