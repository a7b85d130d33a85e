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
  let size: number;
  try {
    const stats = statSync(target);
    if (!stats.isFile()) return false;
    size = stats.size;
  } catch {
    return false;
  }
  response.statusCode = 200;
  response.setHeader('Content-Type', CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream');
  response.setHeader('Content-Length', size);
  // Vite names built assets by content hash, so they never change; pages must always be re-read.
  response.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (request.method === 'HEAD') {
    response.end();
    return true;
  }
  createReadStream(target)
    .on('error', () => response.destroy())
    .pipe(response);
  return true;
}

export function pagePath(rendererDir: string, page: 'wall' | 'console'): string {
  return join(rendererDir, page, 'index.html');
}
