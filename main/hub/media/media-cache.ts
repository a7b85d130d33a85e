import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { z } from 'zod';
import type { HeldReport } from '../../../src/protocol/wall/index.js';
import type { Logger } from '../../log.js';
import { sendFile } from '../static-files.js';
import { MEDIA_LIMITS, MEDIA_NAME, MEDIA_TYPES, mediaTypeOfName } from './media-types.js';

export interface MediaCacheOptions {
  /** Folder of the kept files and their index (`<dataDir>/media`). */
  dir: string;
  logger: Logger;
  /** A fetched file is ready: the reports that name `url` can now show it. */
  onReady: (url: string) => void;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** A failed URL is tried again after this long. */
  retryMs?: number;
  limits?: { image: number; video: number };
  now?: () => number;
}

const indexSchema = z.record(z.string(), z.string().regex(MEDIA_NAME));
const INDEX_FILE = 'index.json';

/**
 * The hub's copy of the pictures and video that reports carry. Walls never load them from where the
 * backend points (a wall page talks to its hub only, and the room network may reach nothing else): the
 * hub fetches each URL once, checks its type (declared and sniffed) and size, keeps it under the
 * SHA-256 of its content and serves it from its own origin at /media/<hash>.<ext>. Until a file is kept,
 * reports reach the walls without it; when it is, `onReady` lets the hub send them again with it.
 */
export class MediaCache {
  private readonly index = new Map<string, string>();
  private readonly inFlight = new Set<string>();
  private readonly failedAt = new Map<string, number>();
  private readonly fetchImpl: typeof fetch;
  private readonly limits: { image: number; video: number };
  private readonly now: () => number;

  constructor(private readonly options: MediaCacheOptions) {
    mkdirSync(options.dir, { recursive: true });
    this.fetchImpl = options.fetch ?? fetch;
    this.limits = options.limits ?? MEDIA_LIMITS;
    this.now = options.now ?? Date.now;
    this.readIndex();
  }

  /** The report as walls get it: each media entry pointing at the hub's copy; those not (yet) kept left out. */
  view(report: HeldReport): HeldReport {
    if (!report.media || report.media.length === 0) return report;
    const media = report.media.flatMap((entry) => {
      const name = this.index.get(entry.url);
      if (name && mediaTypeOfName(name)?.kind === entry.kind) return [{ ...entry, url: `/media/${name}` }];
      this.request(entry.url);
      return [];
    });
    const { media: _dropped, ...rest } = report;
    return media.length > 0 ? { ...rest, media } : rest;
  }

  /** GET /media/<name>: the kept file, or false when there is none by that name. */
  serve(request: IncomingMessage, response: ServerResponse, name: string): boolean {
    if (!MEDIA_NAME.test(name)) return false;
    // Named by content: a name always means the same bytes.
    return sendFile(request, response, join(this.options.dir, name), { contentType: mediaTypeOfName(name)!.mime, cacheControl: 'private, max-age=31536000, immutable' });
  }

  private request(url: string): void {
    if (this.inFlight.has(url)) return;
    const failed = this.failedAt.get(url);
    if (failed !== undefined && this.now() - failed < (this.options.retryMs ?? 10 * 60_000)) return;
    this.inFlight.add(url);
    void this.fetchOne(url)
      .then((name) => {
        this.index.set(url, name);
        this.failedAt.delete(url);
        this.writeIndex();
        this.options.logger.info('media.kept', { url, name });
        this.options.onReady(url);
      })
      .catch((error: unknown) => {
        this.failedAt.set(url, this.now());
        this.options.logger.warn('media.refused', { url, reason: error instanceof Error ? error.message : String(error) });
      })
      .finally(() => this.inFlight.delete(url));
  }

  private async fetchOne(url: string): Promise<string> {
    const response = await this.fetchImpl(url, { redirect: 'error', signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000) });
    if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
    const declared = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const type = MEDIA_TYPES.find((candidate) => candidate.mime === declared);
    if (!type) throw new Error(`type "${declared || 'none'}" is not a picture or video the walls show (${MEDIA_TYPES.map((t) => t.mime).join(', ')})`);
    const limit = this.limits[type.kind];
    const length = Number(response.headers.get('content-length') ?? NaN);
    if (length > limit) throw new Error(`${length} bytes (at most ${limit} for ${type.kind === 'image' ? 'a picture' : 'a video'})`);
    const bytes = await readAtMost(response, limit);
    if (!type.sniff(bytes.subarray(0, 16))) throw new Error(`the content is not ${type.mime}`);
    const name = `${createHash('sha256').update(bytes).digest('hex')}.${type.extension}`;
    const file = join(this.options.dir, name);
    if (!existsSync(file)) {
      writeFileSync(`${file}.part`, bytes);
      renameSync(`${file}.part`, file);
    }
    return name;
  }

  private readIndex(): void {
    const file = join(this.options.dir, INDEX_FILE);
    if (!existsSync(file)) return;
    try {
      const parsed = indexSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message);
      for (const [url, name] of Object.entries(parsed.data)) if (existsSync(join(this.options.dir, name))) this.index.set(url, name);
    } catch (error) {
      // The files are fetched again as reports name them: nothing is lost but time.
      this.options.logger.warn('media.index-unreadable', { file, error: error instanceof Error ? error.message : String(error) });
    }
  }

  private writeIndex(): void {
    const file = join(this.options.dir, INDEX_FILE);
    writeFileSync(`${file}.part`, JSON.stringify(Object.fromEntries(this.index)));
    renameSync(`${file}.part`, file);
  }
}

/** The body, refused as soon as it passes `limit` bytes (a server may send more than it declared). */
async function readAtMost(response: Response, limit: number): Promise<Buffer> {
  const reader = response.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new Error(`more than ${limit} bytes`);
    }
    parts.push(value);
  }
  return Buffer.concat(parts);
}
