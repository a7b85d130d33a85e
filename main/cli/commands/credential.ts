import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../../../src/protocol/roles.js';
import { hashSecret, randomSecret } from '../../config/secret-hash.js';
import { help, usageError } from '../output.js';

export async function credentialCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { role: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return help('credential');
  const [action, id] = positionals;
  if (action === 'hash') {
    const secret = readFileSync(0, 'utf8').replace(/\r?\n$/, '');
    if (!secret) return usageError('credential', 'no secret on standard input');
    console.log(await hashSecret(secret));
    return 0;
  }
  if (action === 'new' && id) {
    if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(id)) return usageError('credential', `credential id "${id}" must be lower-case letters, digits and dashes`);
    const roles = (values.role ?? ['viewer']) as Role[];
    const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
    if (unknown.length > 0) return usageError('credential', `unknown role ${unknown.join(', ')} (roles: ${ROLES.join(', ')})`);
    const secret = randomSecret();
    console.log(`Token for the holder (keep it secret):\n  ${id}:${secret}\nEntry for the room config "credentials":\n  ${JSON.stringify({ id, roles, secretHash: await hashSecret(secret) })}`);
    return 0;
  }
  return usageError('credential', 'use "opswall credential hash" or "opswall credential new ID"');
}
