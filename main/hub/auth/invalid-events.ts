import type { Socket } from 'socket.io';
import type { Logger } from '../../log.js';
import type { RefusalLog } from './refusal-log.js';

/** Invalid events a socket may send within a minute before the hub closes it. */
export const INVALID_EVENT_LIMIT = 20;
const WINDOW_MS = 60_000;

/**
 * Refuses invalid events from connected pages: each refusal is logged (throttled per socket and reason),
 * and a socket that keeps sending them (a broken or hostile page) is disconnected.
 */
export class InvalidEvents {
  private readonly recent = new WeakMap<Socket, number[]>();

  constructor(
    private readonly refusals: RefusalLog,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  refuse(socket: Socket, event: string, reason: string, fields: { credentialId?: string; [key: string]: unknown } = {}): void {
    const address = socket.handshake.address;
    this.refusals.refused('event.refused', socket.id, { event, reason, address, namespace: socket.nsp.name, ...fields });
    const now = this.now();
    const times = (this.recent.get(socket) ?? []).filter((t) => now - t < WINDOW_MS);
    times.push(now);
    this.recent.set(socket, times);
    if (times.length > INVALID_EVENT_LIMIT && socket.connected) {
      this.logger.warn('event.flood-disconnected', { reason: `more than ${INVALID_EVENT_LIMIT} invalid events in a minute`, credentialId: fields.credentialId ?? null, address, namespace: socket.nsp.name });
      socket.disconnect(true);
    }
  }
}
