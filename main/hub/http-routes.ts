import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HealthReport, UpstreamLinkStatus } from '../../src/protocol/control/index.js';
import type { RoomState } from './room/room-state.js';
import type { MediaCache } from './media/media-cache.js';
import { CONTENT_SECURITY_POLICY, PRESENTER_PERMISSIONS_POLICY } from './security-headers.js';
import { sendStaticFile } from './static-files.js';

export interface RouteContext {
  rendererDir: string;
  room: RoomState;
  upstream: () => UpstreamLinkStatus | null;
  /** The reports' pictures and video, kept by the hub (never loaded from elsewhere by a wall). */
  media?: MediaCache;
}

/**
 * The hub's HTTP surface: /healthz, the three pages, their built assets, the reports' media. Everything else is 404. The
 * security headers are set on the server for every response (socket.io's own included), see hub.ts.
 */
export function handleHttpRequest(context: RouteContext, request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://hub.invalid');
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed');

  switch (url.pathname) {
    case '/healthz':
      return sendJson(response, healthReport(context));
    case '/':
      response.statusCode = 302;
      response.setHeader('Location', '/console');
      return void response.end();
    case '/wall':
    case '/wall/':
      // The console frames the wall page for its live views: the hub's own pages may, no one else.
      response.setHeader('Content-Security-Policy', String(response.getHeader('Content-Security-Policy') ?? CONTENT_SECURITY_POLICY).replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
      response.setHeader('X-Frame-Options', 'SAMEORIGIN');
      return sendPage(context, request, response, 'wall');
    case '/console':
    case '/console/':
      return sendPage(context, request, response, 'console');
    case '/presenter':
    case '/presenter/':
      response.setHeader('Permissions-Policy', PRESENTER_PERMISSIONS_POLICY);
      return sendPage(context, request, response, 'presenter');
  }
  if (url.pathname.startsWith('/assets/') && sendStaticFile(request, response, context.rendererDir, url.pathname, true)) return;
  if (url.pathname.startsWith('/media/') && context.media?.serve(request, response, url.pathname.slice('/media/'.length))) return;
  sendText(response, 404, 'Not found');
}

export function healthReport({ room, upstream }: RouteContext): HealthReport | Omit<HealthReport, 'upstream'> {
  const status = room.status();
  const connectedIds = room.connectedDisplayIds().sort();
  return {
    status: 'ok',
    version: status.hub.version,
    uptimeS: status.hub.uptimeS,
    room: status.room,
    walls: status.walls.map((wall) => ({ id: wall.id, layout: wall.layout?.id ?? null })),
    displays: { expected: status.displays.length, connected: connectedIds.length, connectedIds },
    ...(upstream() ? { upstream: upstream() } : {}),
  };
}

function sendPage(context: RouteContext, request: IncomingMessage, response: ServerResponse, page: 'wall' | 'console' | 'presenter'): void {
  const file = page === 'presenter' ? 'presenter/page/index.html' : `${page}/index.html`;
  if (!existsSync(`${context.rendererDir}/${file}`)) {
    return sendText(response, 503, `The ${page} page has not been built (missing ${context.rendererDir}/${file}). Run "npm run build".`);
  }
  sendStaticFile(request, response, context.rendererDir, file, false);
}

function sendJson(response: ServerResponse, body: unknown): void {
  response.statusCode = 200;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(JSON.stringify(body));
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.end(`${text}\n`);
}
