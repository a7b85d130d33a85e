import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../hub/security-headers.js';
import { hardenApp, isPresenterPage, isWallPage } from './security.js';
import { createFakeElectron } from './testing/fake-electron.js';
import { recordingLogger } from '../testing/recording-logger.js';

const pages = { origin: 'http://127.0.0.1:7400', wallPath: '/wall' };

function setup() {
  const electron = createFakeElectron();
  const logger = recordingLogger();
  hardenApp(electron.app, pages, logger);
  // Any web contents the app creates afterwards: a wall window here.
  const window = new electron.BrowserWindow({});
  return { electron, logger, contents: window.webContents, session: electron.session.defaultSession };
}

describe('hardenApp', () => {
  it('denies window.open, whatever the URL', () => {
    const { contents, logger } = setup();
    expect(contents.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('http://127.0.0.1:7400/wall?display=main-1')).toEqual({ action: 'deny' });
    expect(logger.find('window-open-denied')?.fields).toEqual({ url: 'https://evil.example/' });
  });

  it('lets a page navigate only to the hub wall page', () => {
    const { contents, logger } = setup();
    expect(contents.navigate('http://127.0.0.1:7400/wall?display=main-2')).toBe(true);
    expect(contents.navigate('http://127.0.0.1:7400/wall/?display=main-2')).toBe(true);
    expect(contents.navigate('https://evil.example/wall')).toBe(false);
    expect(contents.navigate('http://127.0.0.1:7401/wall')).toBe(false);
    expect(contents.navigate('http://127.0.0.1:7400/console')).toBe(false);
    expect(contents.navigate('file:///etc/passwd')).toBe(false);
    expect(contents.navigate('not a url')).toBe(false);
    expect(contents.navigate('https://evil.example/', 'will-redirect')).toBe(false);
    expect(contents.getURL()).toBe('http://127.0.0.1:7400/wall/?display=main-2');
    expect(logger.entries.filter((e) => e.event === 'navigation-denied')).toHaveLength(6);
    expect(logger.entries.at(-1)?.fields).toEqual({ event: 'will-redirect', url: 'https://evil.example/' });
  });

  it('refuses <webview>', () => {
    expect(setup().contents.attachWebview()).toBe(false);
  });

  it('denies every permission request (Electron would grant them by default)', async () => {
    const { session, logger } = setup();
    const wall = { requestingUrl: 'http://127.0.0.1:7400/wall?display=main-1', isMainFrame: true };
    for (const permission of ['notifications', 'geolocation', 'clipboard-read', 'display-capture', 'fullscreen', 'openExternal', 'pointerLock']) {
      expect(await session.requestPermission(permission, wall)).toBe(false);
    }
    expect(await session.requestPermission('media', { ...wall, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(session.checkPermission('media', { ...wall, mediaType: 'video' })).toBe(false);
    expect(session.checkPermission('notifications', wall)).toBe(false);
    expect(session.devicePermissionHandler?.()).toBe(false);
    expect(logger.find('permission-denied')?.fields).toEqual({ permission: 'notifications', url: wall.requestingUrl });
  });

  it('grants camera and microphone only to a hub presenter page in the top frame', async () => {
    const { session } = setup();
    const presenter = { requestingUrl: 'http://127.0.0.1:7400/presenter/session-1', isMainFrame: true };
    expect(await session.requestPermission('media', { ...presenter, mediaTypes: ['video', 'audio'] })).toBe(true);
    expect(session.checkPermission('media', { ...presenter, mediaType: 'audio' })).toBe(true);
    expect(await session.requestPermission('media', { ...presenter, mediaTypes: [] })).toBe(false);
    expect(await session.requestPermission('media', { ...presenter, isMainFrame: false, mediaTypes: ['video'] })).toBe(false);
    expect(await session.requestPermission('media', { requestingUrl: 'http://evil.example/presenter', isMainFrame: true, mediaTypes: ['video'] })).toBe(false);
    expect(await session.requestPermission('display-capture', presenter)).toBe(false);
    expect(session.checkPermission('media', { ...presenter, mediaType: 'unknown' })).toBe(false);
    expect(session.checkPermission('media', { isMainFrame: true, mediaType: 'video' })).toBe(false);
  });

  it('adds the hub CSP to documents that arrive without one, and leaves the rest alone', () => {
    const { session } = setup();
    expect(session.receiveHeaders('http://127.0.0.1:7400/wall', 'mainFrame', { 'Content-Type': ['text/html'] })).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
    const own = { 'content-security-policy': ["default-src 'none'"] };
    expect(session.receiveHeaders('http://127.0.0.1:7400/wall', 'mainFrame', own)).toEqual(own);
    expect(session.receiveHeaders('http://127.0.0.1:7400/app.js', 'script', { 'Content-Type': ['text/javascript'] })).toEqual({ 'Content-Type': ['text/javascript'] });
  });

  it('hardens each session once, however many windows use it', () => {
    const { electron, session } = setup();
    const handler = session.permissionRequestHandler;
    new electron.BrowserWindow({});
    expect(session.permissionRequestHandler).toBe(handler);
  });
});

describe('page checks', () => {
  it('recognise the wall and presenter pages of the hub origin only', () => {
    expect(isWallPage('http://127.0.0.1:7400/wall?display=x#key=a', pages)).toBe(true);
    expect(isWallPage('http://127.0.0.1:7400/walls', pages)).toBe(false);
    expect(isWallPage('http://localhost:7400/wall', pages)).toBe(false);
    expect(isPresenterPage('http://127.0.0.1:7400/presenter', pages)).toBe(true);
    expect(isPresenterPage('http://127.0.0.1:7400/presenterx', pages)).toBe(false);
    expect(isPresenterPage(undefined, pages)).toBe(false);
  });
});
