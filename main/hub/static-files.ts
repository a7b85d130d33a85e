import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pbf': 'application/x-protobuf',
  '.geojson': 'application/geo+json',
  '.wasm': 'application/wasm',
};

/** Serves files from one folder, refusing anything that resolves outside it. */
export function sendStaticFile(request: IncomingMessage, response: ServerResponse, root: string, relativePath: string, immutable: boolean): boolean {
  const rootDir = resolve(root);
  const target = resolve(rootDir, normalize(relativePath).replace(/^([/\\])+/, ''));
  if (target !== rootDir && !target.startsWith(rootDir + sep)) return false;
  return sendFile(request, response, target, {
    contentType: CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream',
    // Vite names built assets by content hash, so they never change; pages must always be re-read.
    cacheControl: immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
}

/** Sends one file with its type and caching (HEAD: the headers only); false when it is not a readable file. */
export function sendFile(request: IncomingMessage, response: ServerResponse, file: string, headers: { contentType: string; cacheControl: string }): boolean {
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return false;
    size = stats.size;
  } catch {
    return false;
  }
  response.statusCode = 200;
  response.setHeader('Content-Type', headers.contentType);
  response.setHeader('Content-Length', size);
  response.setHeader('Cache-Control', headers.cacheControl);
  if (request.method === 'HEAD') {
    response.end();
    return true;
  }
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
  return true;
}

export function pagePath(rendererDir: string, page: 'wall' | 'console'): string {
  return join(rendererDir, page, 'index.html');
}
