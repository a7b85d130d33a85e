import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Credentials are stored as scrypt hashes: "scrypt$N$r$p$<salt base64>$<hash base64>".
const FORMAT = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9+/=]{16,})\$([A-Za-z0-9+/=]{32,})$/;
const DEFAULT_COST = { N: 16384, r: 8, p: 1 };
const KEY_LENGTH = 32;

function scrypt(secret: string, salt: Buffer, length: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(secret, salt, length, { ...options, maxmem: 64 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashSecret(secret: string, cost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(secret, salt, KEY_LENGTH, cost);
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export function isSecretHash(value: string): boolean {
  const match = FORMAT.exec(value);
  if (!match) return false;
  const N = Number(match[1]);
  return N >= 1024 && (N & (N - 1)) === 0 && Number(match[2]) >= 1 && Number(match[3]) >= 1;
}

/** Constant-time comparison of a presented secret against a stored hash. */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const match = FORMAT.exec(stored);
  if (!match) return false;
  const expected = Buffer.from(match[5] ?? '', 'base64');
  const key = await scrypt(secret, Buffer.from(match[4] ?? '', 'base64'), expected.length, {
    N: Number(match[1]),
    r: Number(match[2]),
    p: Number(match[3]),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

export function randomSecret(): string {
  return randomBytes(24).toString('base64url');
}
