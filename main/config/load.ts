import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { inMemoryDocument, parseJsonDocument, type JsonDocument } from '../../src/document/json-document.js';
import type { PathSegment, Problem } from '../../src/document/problem.js';
import { zodProblems } from '../../src/document/zod-problems.js';
import { layoutDisplays } from '../../src/layout/displays.js';
import { appRoot } from './app-root.js';
import { loadLayoutLibrary, type LayoutLibrary } from './layouts.js';
import { CONFIG_FORMAT, CONFIG_VERSION, roomConfigSchema, type RoomConfigFile, type SecretSource } from './schema.js';

/** A validated room config with every path made absolute, and the layouts it points at. */
export interface RoomConfig extends Omit<RoomConfigFile, 'dataDir' | 'layouts'> {
  /** The config file, or null for the built-in demo room. */
  file: string | null;
  layouts: { dir: string; active: string };
  dataDir: string;
  library: LayoutLibrary;
}

export type ConfigResult = { ok: true; config: RoomConfig } | { ok: false; problems: Problem[] };

export function loadRoomConfigFile(file: string): ConfigResult {
  const absolute = resolve(file);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    return { ok: false, problems: [{ file: absolute, path: '$', reason: `cannot read the config: ${(error as NodeJS.ErrnoException).code ?? String(error)}` }] };
  }
  const parsed = parseJsonDocument(text, absolute);
  if (!parsed.ok) return parsed;
  return validateRoomConfig(parsed.document, dirname(absolute));
}

/** Where the demo room's embedded simulator listens, and the variable holding its credential. */
export const DEMO_UPSTREAM = { url: 'http://127.0.0.1:7401', credentialEnv: 'OPSWALL_DEMO_UPSTREAM_CREDENTIAL' } as const;

/**
 * The demo's second room (`opswall start --with-province`): a provincial centre linked to the demo room for
 * presenter sessions. Its link secret is made at start and handed over in these variables (the hash to the
 * central room, the credential to the province), so a kiosk shell started as a child links too.
 */
export const DEMO_PROVINCE = {
  room: { id: 'demo-quang-ninh', name: 'Trung tâm điều hành tỉnh Quảng Ninh (demo)' },
  port: 7410,
  credentialEnv: 'OPSWALL_DEMO_LINK_CREDENTIAL',
  hashEnv: 'OPSWALL_DEMO_LINK_HASH',
} as const;
const DEMO_CENTRAL_ROOM = { id: 'demo-central', name: 'Trung tâm điều hành (demo)' } as const;
const demoDataDir = (name: string) => join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'opswall', name);

/** The embedded demo room: the shipped central-room layout, hub on 127.0.0.1:7400, fed by the simulator. */
export function demoRoomConfig(): ConfigResult {
  const linkHash = process.env[DEMO_PROVINCE.hashEnv];
  const demo = {
    schema: CONFIG_FORMAT,
    version: CONFIG_VERSION,
    room: DEMO_CENTRAL_ROOM,
    layouts: { dir: join(appRoot, 'layouts'), active: 'central-room' },
    upstream: { url: process.env.OPSWALL_DEMO_UPSTREAM_URL ?? DEMO_UPSTREAM.url, credential: { env: DEMO_UPSTREAM.credentialEnv } },
    displays: ['main-1', 'main-2', 'main-3', 'main-4', 'main-5', 'main-6', 'side-left', 'side-right'].map((display, index) => ({ display, monitor: { index } })),
    dataDir: demoDataDir('demo'),
    presenter: {
      sessionLayout: 'session',
      agendas: [
        {
          id: 'daily-briefing',
          name: 'Giao ban hằng ngày',
          steps: [
            { title: 'Thông tin trong ngày', layoutId: 'daily-information', notes: 'Tai nạn giao thông, thiên tai, chất lượng không khí.' },
            { title: 'Các vấn đề nổi bật', layoutId: 'focus-issues', notes: 'Cảnh báo đang có hiệu lực, dịch bệnh, cháy rừng.' },
            { title: 'Kinh tế – xã hội', layoutId: 'socio-economic', notes: 'Tăng trưởng, giá cả, thu chi ngân sách.' },
          ],
        },
      ],
    },
    ...(linkHash ? { links: { rooms: [{ ...DEMO_PROVINCE.room, secretHash: linkHash }] } } : {}),
  };
  return validateRoomConfig(inMemoryDocument(demo, '<built-in demo room>'), appRoot);
}

/** The demo's provincial room, dialling the demo room at `centralUrl` (the shipped layouts/provincial). */
export function demoProvinceConfig(centralUrl: string): ConfigResult {
  const demo = {
    schema: CONFIG_FORMAT,
    version: CONFIG_VERSION,
    room: DEMO_PROVINCE.room,
    hub: { host: '127.0.0.1', port: DEMO_PROVINCE.port },
    layouts: { dir: join(appRoot, 'layouts', 'provincial'), active: 'provincial-room' },
    upstream: { url: process.env.OPSWALL_DEMO_UPSTREAM_URL ?? DEMO_UPSTREAM.url, credential: { env: DEMO_UPSTREAM.credentialEnv } },
    displays: ['p-1', 'p-2'].map((display, index) => ({ display, monitor: { index } })),
    dataDir: demoDataDir('demo-province'),
    links: { rooms: [{ ...DEMO_CENTRAL_ROOM, url: centralUrl, credential: { env: DEMO_PROVINCE.credentialEnv } }] },
    presenter: { sessionLayout: 'provincial-session' },
  };
  return validateRoomConfig(inMemoryDocument(demo, '<built-in demo province>'), appRoot);
}

/** Validates a room config and the layouts it names; reports every problem at once. */
export function validateRoomConfig(document: JsonDocument, baseDir: string): ConfigResult {
  const value = document.value as Record<string, unknown> | null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: [document.problemAt([], 'a room config must be a JSON object')] };
  }
  if (value.schema !== CONFIG_FORMAT) return { ok: false, problems: [document.problemAt(['schema'], `must be "${CONFIG_FORMAT}" (is this a room config?)`)] };
  if (value.version !== CONFIG_VERSION) {
    return { ok: false, problems: [document.problemAt(['version'], `format version ${String(value.version)} is not one this OpsWall understands (${CONFIG_VERSION})`)] };
  }
  const parsed = roomConfigSchema.safeParse(value, { reportInput: true });
  // Every stage runs, whatever an earlier one found: a bad monitor must not hide an unknown active layout.
  const problems: Problem[] = parsed.success ? [] : zodProblems(document, parsed.error);
  const file = parsed.success ? parsed.data : lenientView(value);
  const at = (path: PathSegment[], reason: string) => document.problemAt(path, reason);
  const inBase = (path: string) => (isAbsolute(path) ? path : resolve(baseDir, path));

  const credentialIds = new Set<string>();
  file.credentials.forEach((credential, i) => {
    if (credentialIds.has(credential.id)) problems.push(at(['credentials', i, 'id'], `duplicate credential id "${credential.id}"`));
    credentialIds.add(credential.id);
  });
  if (file.hub.tls) {
    for (const key of ['certFile', 'keyFile'] as const) {
      if (!existsSync(inBase(file.hub.tls[key]))) problems.push(at(['hub', 'tls', key], `file not found: ${inBase(file.hub.tls[key])}`));
    }
  }
  const checkSecret = (source: SecretSource | undefined, path: PathSegment[]) => {
    if (source && 'file' in source && !existsSync(inBase(source.file))) problems.push(at([...path, 'file'], `file not found: ${inBase(source.file)}`));
  };
  checkSecret(file.upstream?.credential, ['upstream', 'credential']);
  checkSecret(file.shell.credential, ['shell', 'credential']);
  if (file.shell.hub !== 'local' && !file.shell.credential) {
    problems.push(at(['shell', 'credential'], 'a wall PC that uses a remote hub needs its wall credential ({"env": …} or {"file": …})'));
  }

  const layoutsDir = inBase(file.layouts.dir);
  const library = loadLayoutLibrary(layoutsDir);
  problems.push(...library.problems);
  const active = file.layouts.active === null ? undefined : library.layouts.get(file.layouts.active);
  if (!active) {
    const known = [...library.layouts.keys()].join(', ') || 'none';
    if (file.layouts.active !== null) problems.push(at(['layouts', 'active'], `no valid layout with id "${file.layouts.active}" in ${layoutsDir} (found: ${known})`));
  } else {
    const layoutIds = new Set(layoutDisplays(active.layout).map(({ display }) => display.id));
    const mapped = new Map<string, number>();
    file.displays.forEach((mapping, i) => {
      if (mapping.display === null) return;
      if (!layoutIds.has(mapping.display)) {
        problems.push(at(['displays', i, 'display'], `layout "${active.layout.id}" has no display "${mapping.display}"`));
      }
      if (mapped.has(mapping.display)) problems.push(at(['displays', i, 'display'], `display "${mapping.display}" is mapped twice (also at $.displays[${mapped.get(mapping.display)}])`));
      mapped.set(mapping.display, i);
    });
    for (const displayId of layoutIds) {
      if (!mapped.has(displayId)) problems.push(at(['displays'], `display "${displayId}" of layout "${active.layout.id}" is not mapped to a monitor`));
    }
  }
  if (parsed.success) {
    const roomDisplays = active ? layoutDisplays(active.layout).map(({ display }) => display.id) : [];
    const needLayout = (layoutId: string, path: PathSegment[], whole: boolean) => {
      const found = library.layouts.get(layoutId);
      if (!found) return problems.push(at(path, `no valid layout with id "${layoutId}" in ${layoutsDir}`));
      const defined = new Set(layoutDisplays(found.layout).map(({ display }) => display.id));
      const missing = roomDisplays.filter((id) => !defined.has(id));
      if (whole && active && missing.length > 0) problems.push(at(path, `layout "${layoutId}" must define every display of the room; it lacks ${missing.join(', ')}`));
    };
    if (parsed.data.presenter.sessionLayout) needLayout(parsed.data.presenter.sessionLayout, ['presenter', 'sessionLayout'], true);
    parsed.data.presenter.agendas.forEach((agenda, a) => agenda.steps.forEach((step, s) => needLayout(step.layoutId, ['presenter', 'agendas', a, 'steps', s, 'layoutId'], true)));
    const linked = new Set<string>();
    parsed.data.links.rooms.forEach((room, i) => {
      if (room.id === parsed.data.room.id) problems.push(at(['links', 'rooms', i, 'id'], `"${room.id}" is this room's own id`));
      if (linked.has(room.id)) problems.push(at(['links', 'rooms', i, 'id'], `room "${room.id}" is listed twice`));
      linked.add(room.id);
      checkSecret(room.credential, ['links', 'rooms', i, 'credential']);
      if (room.ca && !existsSync(inBase(room.ca))) problems.push(at(['links', 'rooms', i, 'ca'], `file not found: ${inBase(room.ca)}`));
    });
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  const { data } = parsed;
  return {
    ok: true,
    config: {
      ...data,
      file: document.file.startsWith('<') ? null : document.file,
      hub: data.hub.tls ? { ...data.hub, tls: { certFile: inBase(data.hub.tls.certFile), keyFile: inBase(data.hub.tls.keyFile) } } : data.hub,
      upstream: data.upstream ? { ...data.upstream, credential: resolveSource(data.upstream.credential, inBase) } : undefined,
      shell: { ...data.shell, credential: resolveSource(data.shell.credential, inBase) },
      links: { ...data.links, rooms: data.links.rooms.map((room) => ({ ...room, credential: resolveSource(room.credential, inBase), ...(room.ca ? { ca: inBase(room.ca) } : {}) })) },
      layouts: { dir: layoutsDir, active: data.layouts.active },
      dataDir: inBase(data.dataDir),
      library,
    },
  };
}

/** What the later stages read, taken from a config that did not pass its schema: each part where its shape allows. */
interface ConfigView {
  credentials: { id: string }[];
  hub: { tls?: { certFile: string; keyFile: string } | undefined };
  upstream?: { credential?: SecretSource | undefined } | undefined;
  shell: { hub: string; credential?: SecretSource | undefined };
  layouts: { dir: string; active: string | null };
  displays: { display: string | null }[];
}

function lenientView(value: Record<string, unknown>): ConfigView {
  const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const text = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const source = (v: unknown): SecretSource | undefined => {
    const r = record(v);
    return text(r.env) ? { env: text(r.env)! } : text(r.file) ? { file: text(r.file)! } : undefined;
  };
  const hub = record(value.hub);
  const tls = record(hub.tls);
  const shell = record(value.shell);
  const layouts = record(value.layouts);
  return {
    credentials: list(value.credentials).flatMap((c) => (text(record(c).id) ? [{ id: text(record(c).id)! }] : [])),
    hub: text(tls.certFile) && text(tls.keyFile) ? { tls: { certFile: text(tls.certFile)!, keyFile: text(tls.keyFile)! } } : {},
    upstream: value.upstream === undefined ? undefined : { credential: source(record(value.upstream).credential) },
    shell: { hub: text(shell.hub) ?? 'local', credential: source(shell.credential) },
    layouts: { dir: text(layouts.dir) ?? 'layouts', active: text(layouts.active) },
    displays: list(value.displays).map((d) => ({ display: text(record(d).display) })),
  };
}

function resolveSource(source: SecretSource | undefined, inBase: (path: string) => string): SecretSource | undefined {
  return source && 'file' in source ? { file: inBase(source.file) } : source;
}

/** Reads a secret from its source; throws with a message naming the source when it is missing. */
export function readSecret(source: SecretSource): string {
  if ('env' in source) {
    const value = process.env[source.env];
    if (!value) throw new Error(`environment variable ${source.env} is not set`);
    return value.trim();
  }
  return readFileSync(source.file, 'utf8').trim();
}
