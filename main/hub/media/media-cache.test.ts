import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HeldReport } from '../../../src/protocol/wall/index.js';
import { pictureFor } from '../../../sim/media/picture.js';
import { createLogger } from '../../log.js';
import { MediaCache } from './media-cache.js';

let source: Server;
let base: string;
const picture = pictureFor('hot-1.png');
const requests: string[] = [];

beforeAll(async () => {
  source = createServer((request, response) => {
    requests.push(request.url ?? '');
    switch (request.url) {
      case '/ok.png':
        return response.writeHead(200, { 'content-type': 'image/png' }).end(picture);
      case '/lies.png':
        return response.writeHead(200, { 'content-type': 'image/png' }).end('<html><script>alert(1)</script></html>');
      case '/page.html':
        return response.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>');
      case '/huge.png':
        // No Content-Length: the limit must hold while reading.
        response.writeHead(200, { 'content-type': 'image/png' });
        response.write(picture);
        return response.end(Buffer.alloc(200_000));
      case '/moved.png':
        return response.writeHead(302, { location: '/ok.png' }).end();
      default:
        return response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => source.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(source.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => source.close(() => resolve())));

const report = (urls: string[]): HeldReport => ({
  id: 'hot-1',
  kind: 'hot-issue',
  area: 'VN',
  title: 'Vấn đề nóng',
  text: 'Nội dung.',
  occurredAt: '2026-11-30T12:00:00+07:00',
  period: { frequency: 'day', start: '2026-11-30', end: '2026-11-30' },
  cutOff: '2026-12-01T00:00:00+07:00',
  source: 'Ủy ban An toàn giao thông Quốc gia',
  reportedAt: '2026-12-01T09:00:00+07:00',
  status: 'provisional',
  revision: 0,
  receivedAt: '2026-12-01T02:00:00.000Z',
  media: urls.map((url) => ({ kind: 'image' as const, url })),
});

function cache(dir = mkdtempSync(join(tmpdir(), 'opswall-media-'))) {
  const ready: string[] = [];
  const media = new MediaCache({
    dir,
    logger: createLogger({ console: false }),
    limits: { image: 100_000, video: 100_000 },
    onReady: (url) => void ready.push(url),
  });
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 300));
  return { media, ready, dir, settle };
}

describe('MediaCache', () => {
  it('never hands a wall a remote URL: an entry not kept yet is left out, then served from the hub under its content hash', async () => {
    const { media, ready, settle } = cache();
    const first = media.view(report([`${base}/ok.png`]));
    expect(first.media).toBeUndefined();
    await settle();
    expect(ready).toEqual([`${base}/ok.png`]);
    const second = media.view(report([`${base}/ok.png`]));
    expect(second.media?.[0]?.url).toMatch(/^\/media\/[0-9a-f]{64}\.png$/);
    // The same URL is fetched once.
    media.view(report([`${base}/ok.png`]));
    expect(requests.filter((path) => path === '/ok.png')).toHaveLength(1);
  });

  it('refuses what is not the picture it claims, a page, an oversized file and a redirect; keeps none of them', async () => {
    const { media, ready, dir, settle } = cache();
    const shown = media.view(report([`${base}/lies.png`, `${base}/page.html`, `${base}/huge.png`, `${base}/moved.png`, `${base}/missing.png`]));
    expect(shown.media).toBeUndefined();
    await settle();
    expect(ready).toEqual([]);
    expect(readdirSync(dir).filter((name) => name !== 'index.json')).toEqual([]);
    expect(media.view(report([`${base}/lies.png`])).media).toBeUndefined();
  });

  it('serves a kept file with its type, and nothing by any other name', async () => {
    const { media, settle } = cache();
    media.view(report([`${base}/ok.png`]));
    await settle();
    const url = media.view(report([`${base}/ok.png`])).media![0]!.url;
    const server = createServer((request, response) => {
      if (!media.serve(request, response, (request.url ?? '').slice('/media/'.length))) response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const hub = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const response = await fetch(`${hub}${url}`);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer()).equals(picture)).toBe(true);
    expect((await fetch(`${hub}/media/..%2Findex.json`)).status).toBe(404);
    expect((await fetch(`${hub}/media/index.json`)).status).toBe(404);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('remembers what it kept across a restart, and survives an unreadable index', async () => {
    const { media, dir, settle } = cache();
    media.view(report([`${base}/ok.png`]));
    await settle();
    const again = cache(dir).media;
    expect(again.view(report([`${base}/ok.png`])).media?.[0]?.url).toMatch(/^\/media\//);
    writeFileSync(join(dir, 'index.json'), '{ not json');
    expect(cache(dir).media.view(report([`${base}/ok.png`])).media).toBeUndefined();
  });
});
