import type { LogFields, Logger, LogLevel } from '../log.js';

export interface LogEntry {
  level: LogLevel;
  component: string;
  event: string;
  fields: LogFields;
}

/** A Logger that keeps what it is told, for tests that assert an event was logged (and with which display). */
export interface RecordingLogger extends Logger {
  readonly entries: LogEntry[];
  events(level?: LogLevel): string[];
  find(event: string): LogEntry | undefined;
}

export function recordingLogger(component = 'test', entries: LogEntry[] = []): RecordingLogger {
  const write = (level: LogLevel) => (event: string, fields: LogFields = {}) => {
    entries.push({ level, component, event, fields });
  };
  return {
    entries,
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (name) => recordingLogger(`${component}/${name}`, entries),
    events: (level) => entries.filter((entry) => level === undefined || entry.level === level).map((entry) => entry.event),
    find: (event) => entries.find((entry) => entry.event === event),
  };
}
