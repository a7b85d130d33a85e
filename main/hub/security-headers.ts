import type { ServerResponse } from 'node:http';

/**
 * A strict CSP for every page the hub serves: only its own scripts, no inline script, no framing. A room
 * with an internal base map (room config map.base) lets its maps fetch from that server too, and nothing else.
 */
export function contentSecurityPolicy(mapOrigins: readonly string[] = []): string {
  const extra = mapOrigins.map((origin) => ` ${origin}`).join('');
  return [
    "default-src 'self'",
    "script-src 'self'",
    // React and MapLibre set styles at run time.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${extra}`,
    "font-src 'self' data:",
    `connect-src 'self'${extra}`,
    "worker-src 'self' blob:",
    "media-src 'self' blob: mediastream:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

export function setSecurityHeaders(response: ServerResponse, policy = CONTENT_SECURITY_POLICY): void {
  response.setHeader('Content-Security-Policy', policy);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
}

/** No page may use camera or microphone (a wall, the console)... */
export const PERMISSIONS_POLICY = 'geolocation=(), usb=(), serial=(), payment=(), camera=(), microphone=(), display-capture=()';
/** ...but the presenter's page, for the session's picture and sound (the shell asks the same: DESIGN §7). */
export const PRESENTER_PERMISSIONS_POLICY = 'geolocation=(), usb=(), serial=(), payment=(), camera=(self), microphone=(self), display-capture=()';
