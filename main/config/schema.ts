import { mapBaseSchema } from '../../src/protocol/wall/map-base.js';
import { z } from 'zod';
import { AQI_BANDS } from '../../src/domain/aqi/bands.js';
import { AQI_CITIES } from '../../src/domain/areas/index.js';
import { switchTargetSchema } from '../../src/protocol/control/plans.js';
import { CHANNEL_NAMES } from '../../src/protocol/feed/channels.js';
import { roleSchema } from '../../src/protocol/roles.js';
import { agendaSchema } from '../../src/protocol/presenter/agenda.js';
import { iceServerSchema } from '../../src/protocol/presenter/rtc.js';
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

const SEVERITIES = ['info', 'minor', 'moderate', 'severe', 'extreme'] as const;

/**
 * A rule that makes the console propose a board (or spotlight) when something happens — a new especially
 * serious accident, a disaster warning of level 3 or more, a city's air past a level. `apply`: "propose"
 * (an operator accepts or dismisses) or "automatically" (the hub switches by itself; audited as the rule).
 */
const alertRuleSchema = z.strictObject({
  id,
  name: z.string().min(1).max(120),
  when: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('report'),
      channel: z.enum(CHANNEL_NAMES as [string, ...string[]]),
      reportKinds: z.array(z.string().min(1).max(80)).min(1),
      minSeverity: z.enum(SEVERITIES).optional(),
      /** A figure the report carries (facts), at least this value, e.g. {"fact": "level", "atLeast": 3}. */
      minFact: z.strictObject({ fact: z.string().min(1).max(80), atLeast: z.number() }).optional(),
    }),
    z.strictObject({
      kind: z.literal('aqi'),
      /** The level a city's hourly VN_AQI reaches: "Kém", "Xấu", "Rất xấu" or "Nguy hại". */
      atLeast: z.enum(AQI_BANDS.map((band) => band.vi) as [string, ...string[]]),
      cities: z.array(z.enum(AQI_CITIES.map((city) => city.area) as [string, ...string[]])).optional(),
    }),
  ]),
  propose: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('layout'), layoutId: id, target: switchTargetSchema }),
    z.strictObject({ kind: z.literal('spotlight'), displayId: id, layoutId: id, panelId: id }),
  ]),
  apply: z.enum(['propose', 'automatically']).default('propose'),
});
export type AlertRule = z.output<typeof alertRuleSchema>;

/**
 * The directory of rooms this one links with for presenter sessions (DESIGN §5). A room with a `url` is
 * dialled, presenting `credential` ("<this room's id>:<secret>"); a room without one dials in, and is
 * admitted when its secret matches `secretHash`. Both may be set: each side then dials the other's hub.
 */
const linkedRoomSchema = z.strictObject({
  id,
  name: z.string().min(1).max(120),
  url: z.url({ protocol: /^https?$/, error: 'must be the other hub\'s http(s) URL' }).optional(),
  credential: secretSource.optional(),
  secretHash: z.string().refine(isSecretHash, { message: 'must be a scrypt hash made by `opswall credential hash` (never the secret itself)' }).optional(),
  /** For an https url: a certificate authority (PEM file) to trust for that hub, besides the system's (a government CA). */
  ca: z.string().min(1).optional(),
});

const linksSchema = z
  .strictObject({
    rooms: z.array(linkedRoomSchema).max(200).default([]),
    /** STUN/TURN for picture and sound; none on a closed government network (host candidates suffice). */
    iceServers: z.array(iceServerSchema).max(8).default([]),
    /** How long a session outlives a dropped link before it ends. */
    graceSeconds: z.number().int().min(5).max(3_600).default(60),
    /** How long an invitation waits for an answer. */
    inviteSeconds: z.number().int().min(10).max(3_600).default(120),
  })
  .superRefine((links, context) => {
    links.rooms.forEach((room, index) => {
      if (room.url && !room.credential) context.addIssue({ code: 'custom', path: ['rooms', index, 'credential'], message: 'a room with a url needs the credential this room presents to it' });
      if (!room.url && !room.secretHash) context.addIssue({ code: 'custom', path: ['rooms', index], message: 'needs a url (this room dials it) or a secretHash (it dials this room), or both' });
    });
  });

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
  console: z
    .strictObject({
      /** Minutes without activity after which a console sign-in ends (null: never). Wall devices never expire. */
      idleSignOutMinutes: z.number().int().min(1).max(24 * 60).nullable().default(30),
    })
    .default({ idleSignOutMinutes: 30 }),
  alerts: z.array(alertRuleSchema).default([]),
  /** The maps' base: the boundaries bundled with the app unless an internal tile server is named here. */
  map: z.strictObject({ base: mapBaseSchema.optional() }).default({}),
  links: linksSchema.default({ rooms: [], iceServers: [], graceSeconds: 60, inviteSeconds: 120 }),
  presenter: z
    .strictObject({
      /** The board both walls show during a session (the province in focus, its figures, the other room's picture); it must fit the whole room. */
      sessionLayout: id.optional(),
      agendas: z.array(agendaSchema).max(100).default([]),
    })
    .default({ agendas: [] }),
});

export type RoomConfigFile = z.output<typeof roomConfigSchema>;
export type MonitorSelector = z.output<typeof monitorSchema>;
export type SecretSource = z.output<typeof secretSource>;
