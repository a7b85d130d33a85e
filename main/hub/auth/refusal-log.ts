import type { LogFields, Logger } from '../../log.js';

const QUIET_MS = 10_000;
const MAX_KEYS = 10_000;

/**
 * Logs refusals without letting a flood flood the log: at most one line per key (a socket or an address,
 * with the reason) every 10 s; the next line says how many were held back meanwhile. Every line names
 * the reason, the credential id (when one was given) and the address.
 */
export class RefusalLog {
  private readonly last = new Map<string, { at: number; suppressed: number }>();

  constructor(
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  refused(event: string, key: string, fields: LogFields & { reason: string; address: string; credentialId?: string | undefined }): void {
    const id = `${event}\u0000${key}\u0000${fields.reason}`;
    const now = this.now();
    const entry = this.last.get(id);
    if (entry && now - entry.at < QUIET_MS) {
      entry.suppressed += 1;
      return;
    }
    if (this.last.size >= MAX_KEYS) this.last.clear();
    this.last.set(id, { at: now, suppressed: 0 });
    const { credentialId, ...rest } = fields;
    this.logger.warn(event, { ...rest, credentialId: credentialId || null, ...(entry?.suppressed ? { suppressed: entry.suppressed } : {}) });
  }
}
