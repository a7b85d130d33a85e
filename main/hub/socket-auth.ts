import type { ExtendedError, Socket } from 'socket.io';
import { CONNECT_REFUSALS, type ConnectRefusalCode } from '../../src/protocol/errors.js';
import { allows, type Permission } from '../../src/protocol/roles.js';
import type { Logger } from '../log.js';
import type { CredentialStore, Principal } from './credentials.js';
import type { FailureRateLimiter } from './rate-limit.js';

export interface SocketAuthDeps {
  credentials: CredentialStore;
  limiter: FailureRateLimiter;
  logger: Logger;
}

export function refusal(code: ConnectRefusalCode, detail?: string): ExtendedError {
  const error: ExtendedError = new Error(CONNECT_REFUSALS[code]);
  error.data = { code, message: detail ? `${CONNECT_REFUSALS[code]} ${detail}` : CONNECT_REFUSALS[code] };
  return error;
}

/**
 * Checks the handshake credential and the permission this namespace needs. Failed attempts are
 * counted per address and locked out when repeated (DESIGN §4).
 */
export async function authenticate(socket: Socket, deps: SocketAuthDeps, permission: Permission): Promise<Principal> {
  const address = socket.handshake.address;
  const credential: unknown = (socket.handshake.auth as Record<string, unknown> | undefined)?.credential;
  if (deps.limiter.isLocked(address)) {
    deps.logger.warn('auth.refused', { code: 'auth.rate-limited', address, namespace: socket.nsp.name });
    throw refusal('auth.rate-limited');
  }
  if (typeof credential !== 'string' || credential.length === 0) {
    deps.limiter.recordFailure(address);
    deps.logger.warn('auth.refused', { code: 'auth.missing', address, namespace: socket.nsp.name });
    throw refusal('auth.missing');
  }
  const principal = await deps.credentials.verify(credential);
  const credentialId = credential.split(':', 1)[0]?.slice(0, 64);
  if (!principal) {
    deps.limiter.recordFailure(address);
    deps.logger.warn('auth.refused', { code: 'auth.invalid', address, credentialId, namespace: socket.nsp.name });
    throw refusal('auth.invalid');
  }
  deps.limiter.recordSuccess(address);
  if (!allows(principal.roles, permission)) {
    deps.logger.warn('auth.refused', { code: 'auth.forbidden', address, credentialId, roles: principal.roles, permission });
    throw refusal('auth.forbidden', `It needs permission "${permission}".`);
  }
  return principal;
}
