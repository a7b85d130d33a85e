import { describe, expect, it } from 'vitest';
import { hashSecret, isSecretHash, verifySecret } from './secret-hash.js';

describe('secret hashes', () => {
  it('verifies the right secret and refuses others', async () => {
    const hash = await hashSecret('Mật khẩu-123', { N: 1024, r: 8, p: 1 });
    expect(isSecretHash(hash)).toBe(true);
    expect(hash).not.toContain('Mật khẩu');
    expect(await verifySecret('Mật khẩu-123', hash)).toBe(true);
    expect(await verifySecret('Mật khẩu-124', hash)).toBe(false);
    expect(await verifySecret('', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    const cost = { N: 1024, r: 8, p: 1 };
    expect(await hashSecret('same', cost)).not.toBe(await hashSecret('same', cost));
  });

  it('recognises only well-formed scrypt hashes', () => {
    expect(isSecretHash('hunter2')).toBe(false);
    expect(isSecretHash('scrypt$1000$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=')).toBe(false); // N not a power of 2
    expect(isSecretHash('scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=')).toBe(true);
  });
});
