// App-wide hardening (DESIGN §7), applied to every web contents the app ever creates: no new windows,
// no navigation away from the hub's wall page, no <webview>, no permissions, a CSP on every page.
import { CONTENT_SECURITY_POLICY } from '../hub/security-headers.js';
import type { Logger } from '../log.js';
import type { Event, GuardedContents, GuardedSession, PermissionCheckDetails, PermissionRequestDetails, ShellApp } from './electron-api.js';

/** Where a wall window may be: the hub's origin and its wall page. */
export interface HubPages {
  origin: string;
  wallPath: string;
}

/**
 * Presenter pages (a later issue: two-way sessions between rooms, DESIGN §5) will need camera and
 * microphone. This is the only permission ever granted, and only to a top frame of the hub's own
 * origin under /presenter; everything else is denied.
 */
export const PRESENTER_PATH = '/presenter';

export function isWallPage(url: string, pages: HubPages): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.origin === pages.origin && (parsed.pathname === pages.wallPath || parsed.pathname === `${pages.wallPath}/`);
}

export function isPresenterPage(url: string | undefined, pages: HubPages): boolean {
  const parsed = url === undefined ? null : parseUrl(url);
  return parsed !== null && parsed.origin === pages.origin && (parsed.pathname === PRESENTER_PATH || parsed.pathname.startsWith(`${PRESENTER_PATH}/`));
}

export function hardenApp(app: ShellApp, pages: HubPages, logger: Logger): void {
  const hardened = new WeakSet<GuardedSession>();
  app.on('web-contents-created', (_event, contents) => {
    hardenContents(contents, pages, logger);
    // Every session a page can use passes through here before its first request.
    if (!hardened.has(contents.session)) {
      hardened.add(contents.session);
      hardenSession(contents.session, pages, logger);
    }
  });
}

export function hardenContents(contents: GuardedContents, pages: HubPages, logger: Logger): void {
  contents.setWindowOpenHandler(({ url }) => {
    logger.warn('window-open-denied', { url: clip(url) });
    return { action: 'deny' };
  });
  const stayOnWallPage = (event: 'will-navigate' | 'will-redirect') => (details: Event<{ url: string }>) => {
    if (isWallPage(details.url, pages)) return;
    details.preventDefault();
    logger.warn('navigation-denied', { event, url: clip(details.url) });
  };
  contents.on('will-navigate', stayOnWallPage('will-navigate'));
  contents.on('will-redirect', stayOnWallPage('will-redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.warn('webview-denied', {});
  });
}

export function hardenSession(session: GuardedSession, pages: HubPages, logger: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = mayRequest(permission, details, pages);
    if (!granted) logger.warn('permission-denied', { permission, url: clip(details.requestingUrl) });
    callback(granted);
  });
  session.setPermissionCheckHandler((_contents, permission, _origin, details) => mayCheck(permission, details, pages));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = details.responseHeaders;
    const isDocument = details.resourceType === 'mainFrame' || details.resourceType === 'subFrame';
    if (!isDocument || !headers || Object.keys(headers).some((name) => name.toLowerCase() === 'content-security-policy')) {
      callback({});
      return;
    }
    // Defence in depth: the hub sends this policy itself, but a proxy in front of a remote hub might drop it.
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

function mayRequest(permission: string, details: PermissionRequestDetails, pages: HubPages): boolean {
  const media = details.mediaTypes ?? [];
  return permission === 'media' && details.isMainFrame && isPresenterPage(details.requestingUrl, pages) && media.length > 0 && media.every((type) => type === 'audio' || type === 'video');
}

function mayCheck(permission: string, details: PermissionCheckDetails, pages: HubPages): boolean {
  return permission === 'media' && details.isMainFrame && isPresenterPage(details.requestingUrl, pages) && (details.mediaType === 'audio' || details.mediaType === 'video');
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Keeps hostile URLs from filling the log. */
function clip(url: string): string {
  return url.length > 300 ? `${url.slice(0, 300)}…` : url;
}
