import { z } from 'zod';
import { roleSchema } from '../../src/protocol/roles.js';
import { isSecretHash } from './secret-hash.js';

export const CONFIG_FORMAT = 'opswall.room-config';
export const CONFIG_VERSION = 1;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes (at most 63)');

const monitorSchema = z.union(
  [
    z.strictObject({ index: z.number().int().min(0).max(63) }).describe('nth monitor, ordered left to right, then top to bottom'),
    z.strictObject({ id: z.number().int().min(0) }).describe('the operating system monitor id'),
    z.strictObject({ position: z.strictObject({ x: z.number().int(), y: z.number().int() }) }).describe('the monitor whose top-left corner is here'),
  ],
  { error: 'must be one of {"index": N}, {"id": N} or {"position": {"x": X, "y": Y}}' },
);

const secretSource = z.union(
  [z.strictObject({ env: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'must be an environment variable name') }), z.strictObject({ file: z.string().min(1) })],
  { error: 'must be {"env": "VARIABLE"} or {"file": "path"}; secrets never sit in the config itself' },
);

export const roomConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  schema: z.literal(CONFIG_FORMAT),
  version: z.literal(CONFIG_VERSION),
  room: z.strictObject({ id, name: z.string().min(1).max(120) }),
  hub: z
    .strictObject({
      host: z.string().min(1).default('127.0.0.1'),
      port: z.number().int().min(0).max(65535).default(7400),
      tls: z.strictObject({ certFile: z.string().min(1), keyFile: z.string().min(1) }).optional(),
      /** Other origins whose pages may connect (a console served through a proxy); the hub's own always may. */
      allowedOrigins: z.array(z.url({ protocol: /^https?$/, error: 'must be an origin such as "https://console.example.gov.vn"' }).transform((url) => new URL(url).origin)).default([]),
    })
    .default({ host: '127.0.0.1', port: 7400, allowedOrigins: [] }),
  upstream: z
    .strictObject({
      url: z.url({ protocol: /^(https?|wss?)$/, error: 'must be an http(s) or ws(s) URL' }),
      credential: secretSource.optional(),
    })
    .optional(),
  credentials: z
    .array(
      z.strictObject({
        id,
        roles: z.array(roleSchema).min(1, 'a credential needs at least one role'),
        secretHash: z.string().refine(isSecretHash, { message: 'must be a scrypt hash made by `opswall credential hash` (never the secret itself)' }),
        description: z.string().max(200).optional(),
      }),
    )
    .default([]),
  layouts: z.strictObject({ dir: z.string().min(1).default('layouts'), active: id }),
  displays: z
    .array(
      z.strictObject({
        display: id,
        monitor: monitorSchema,
        /** Host name of the wall PC that drives this monitor; omitted = this PC. */
        pc: z.string().min(1).optional(),
      }),
    )
    .default([]),
  shell: z
    .strictObject({
      /** "local": the shell runs the hub in-process; otherwise the URL of the room's hub. */
      hub: z.union([z.literal('local'), z.url({ protocol: /^https?$/ })]).default('local'),
      /** For a remote hub: where this PC's wall credential ("id:secret") is kept. */
      credential: secretSource.optional(),
    })
    .default({ hub: 'local' }),
  dataDir: z.string().min(1).default('data'),
});

export type RoomConfigFile = z.output<typeof roomConfigSchema>;
export type MonitorSelector = z.output<typeof monitorSchema>;
export type SecretSource = z.output<typeof secretSource>;
