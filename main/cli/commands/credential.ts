import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../../../src/protocol/roles.js';
import { hashSecret, randomSecret } from '../../config/secret-hash.js';
import { help, usageError } from '../output.js';

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

export async function credentialCommand(args: string[]): Promise<number> {
  const { values, positionals, tokens } = parseArgs({ args, allowPositionals: true, tokens: true, options: { role: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return help('credential');
  const [action] = positionals;
  if (action === 'hash') {
    const secret = readFileSync(0, 'utf8').replace(/\r?\n$/, '');
    if (!secret) return usageError('credential', 'no secret on standard input');
    console.log(await hashSecret(secret));
    return 0;
  }
  if (action !== 'new') return usageError('credential', 'use "opswall credential hash" or "opswall credential new ID --role ROLE..."');
  const read = readNewArguments(tokens);
  if (typeof read === 'string') return usageError('credential', read);
  const { id, roles } = read;
  if (!id) return usageError('credential', 'opswall credential new needs an ID');
  if (!ID.test(id)) return usageError('credential', `credential id "${id}" must be lower-case letters, digits and dashes`);
  const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (unknown.length > 0) return usageError('credential', `unknown role ${unknown.join(', ')} (roles: ${ROLES.join(', ')})`);
  const granted = roles.length > 0 ? [...new Set(roles)] : ['viewer'];
  const secret = randomSecret();
  console.log(`Token for the holder (keep it secret):\n  ${id}:${secret}\nEntry for the room config "credentials":\n  ${JSON.stringify({ id, roles: granted as Role[], secretHash: await hashSecret(secret) })}`);
  return 0;
}

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/**
 * `new ID --role a --role b`, `--role a,b` and `--role a b` all give every role: a word that follows
 * the roles of a --role and names a role is one more; any other word after the ID is refused, never dropped.
 */
function readNewArguments(tokens: readonly Token[]): { id: string | undefined; roles: string[] } | string {
  let id: string | undefined;
  const roles: string[] = [];
  let afterRole = false;
  let seenAction = false;
  for (const token of tokens) {
    if (token.kind === 'option') {
      afterRole = token.name === 'role';
      if (token.name === 'role') roles.push(...String(token.value ?? '').split(',').map((role) => role.trim()).filter(Boolean));
      continue;
    }
    if (token.kind !== 'positional') continue;
    if (!seenAction) {
      seenAction = true;
      continue;
    }
    if (afterRole && (ROLES as readonly string[]).includes(token.value)) roles.push(token.value);
    else if (id === undefined) {
      id = token.value;
      afterRole = false;
    } else return `unexpected word "${token.value}" (give roles as --role ROLE, once per role or as a comma list)`;
  }
  return { id, roles };
}
