import { createHash, timingSafeEqual } from 'node:crypto';
import type { Role } from '../../../src/protocol/roles.js';
import { randomSecret, verifySecret } from '../../config/secret-hash.js';

export interface Principal {
  credentialId: string;
  roles: Role[];
}

interface StoredCredential {
  id: string;
  roles: Role[];
  secretHash?: string;
  /** Ephemeral credentials (minted by the in-process shell) keep a digest of the secret, never the secret. */
  secretDigest?: Buffer;
}

// A well-formed hash that matches no secret, so an unknown id costs the same time as a wrong secret.
const DECOY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
const CACHE_LIMIT = 256;

/**
 * Checks presented credentials ("id:secret") against the room config's scrypt hashes and the
 * hub's ephemeral credentials. Successful checks are cached by digest so reconnect storms stay cheap.
 */
export class CredentialStore {
  private readonly credentials = new Map<string, StoredCredential>();
  private readonly verified = new Map<string, string>();

  constructor(configured: readonly { id: string; roles: Role[]; secretHash: string }[]) {
    for (const credential of configured) this.credentials.set(credential.id, { ...credential });
  }

  addEphemeral(id: string, roles: Role[]): string {
    const secret = randomSecret();
    this.credentials.set(id, { id, roles, secretDigest: digest(secret) });
    this.forget(id);
    return `${id}:${secret}`;
  }

  async verify(token: string): Promise<Principal | null> {
    const separator = token.indexOf(':');
    if (separator <= 0 || token.length > 512) return null;
    const id = token.slice(0, separator);
    const secret = token.slice(separator + 1);
    const tokenDigest = digest(token).toString('hex');
    const cachedId = this.verified.get(tokenDigest);
    const stored = this.credentials.get(id);
    if (cachedId === id && stored) return { credentialId: id, roles: [...stored.roles] };

    let ok: boolean;
    if (stored?.secretDigest) ok = timingSafeEqual(digest(secret), stored.secretDigest);
    else ok = await verifySecret(secret, stored?.secretHash ?? DECOY_HASH);
    if (!ok || !stored) return null;
    if (this.verified.size >= CACHE_LIMIT) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(tokenDigest, id);
    return { credentialId: id, roles: [...stored.roles] };
  }

  private forget(id: string): void {
    for (const [key, value] of this.verified) if (value === id) this.verified.delete(key);
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
