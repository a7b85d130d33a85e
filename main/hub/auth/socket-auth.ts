import type { ExtendedError, Socket } from 'socket.io';
import { CONNECT_REFUSALS, type ConnectRefusalCode } from '../../../src/protocol/errors.js';
import { allows, type Permission } from '../../../src/protocol/roles.js';
import type { Logger } from '../../log.js';
import type { CredentialStore, Principal } from './credentials.js';
import type { SignInThrottle } from './rate-limit.js';
import type { RefusalLog } from './refusal-log.js';

export interface SocketAuthDeps {
  credentials: CredentialStore;
  throttle: SignInThrottle;
  refusals: RefusalLog;
  logger: Logger;
}

export function refusal(code: ConnectRefusalCode, detail?: string): ExtendedError {
  const error: ExtendedError = new Error(CONNECT_REFUSALS[code]);
  error.data = { code, message: detail ? `${CONNECT_REFUSALS[code]} ${detail}` : CONNECT_REFUSALS[code] };
  return error;
}

/** The id part of a presented credential ("id:secret"), cut for logs; '' when none was given. */
export function presentedId(credential: unknown): string {
  if (typeof credential !== 'string') return '';
  return (credential.split(':', 1)[0] ?? '').slice(0, 64);
}

/**
 * Checks the handshake credential and the permission this namespace needs. Failed attempts are
 * throttled per (address, credential id), per credential id and per address (DESIGN §4); every refusal
 * is logged with its reason, credential id and address.
 */
export async function authenticate(socket: Socket, deps: SocketAuthDeps, permission: Permission): Promise<Principal> {
  const address = socket.handshake.address;
  const credential: unknown = (socket.handshake.auth as Record<string, unknown> | undefined)?.credential;
  const credentialId = presentedId(credential);
  const refuse = (code: ConnectRefusalCode, extra: Record<string, unknown> = {}, detail?: string) => {
    deps.refusals.refused('auth.refused', address, { reason: code, credentialId, address, namespace: socket.nsp.name, ...extra });
    return refusal(code, detail);
  };
  const lockedBy = deps.throttle.lockedBy(address, credentialId);
  if (lockedBy) throw refuse('auth.rate-limited', { limit: lockedBy });
  if (typeof credential !== 'string' || credential.length === 0) {
    deps.throttle.failed(address, '');
    throw refuse('auth.missing');
  }
  const principal = await deps.credentials.verify(credential);
  if (!principal) {
    deps.throttle.failed(address, credentialId);
    throw refuse('auth.invalid');
  }
  if (!allows(principal.roles, permission)) throw refuse('auth.forbidden', { roles: principal.roles, permission }, `It needs permission "${permission}".`);
  return principal;
}
