// A stand-in for the parts of Electron the shell uses (DESIGN §8: the binary cannot be downloaded on
// our machines). It behaves like Electron where the shell depends on it — events carry the same
// arguments, 'closed' follows destroy(), loadURL settles when the load finishes or fails, a new
// window emits app 'web-contents-created', quitting emits 'before-quit' and honours preventDefault,
// the last window closing emits 'window-all-closed' (and quits when nobody listens), permissions are
// granted when no handler is set — and it records every call so tests can assert on them.
// The shell's shapes (electron-api.ts) are checked against real Electron in main.ts and against this
// fake wherever a test passes it in.
import { EventEmitter } from 'node:events';
import type {
  BrowserWindowConstructorOptions,
  HandlerDetails,
  HeadersReceivedResponse,
  OnHeadersReceivedListenerDetails,
  Rectangle,
  RenderProcessGoneDetails,
  WindowOpenHandlerResponse,
} from 'electron';
import type { GuardedSession, InvokeEvent, Monitor, PermissionCheckDetails, PermissionRequestDetails } from '../electron-api.js';

export class FakeEvent {
  private prevented = false;
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.prevented = true;
  }
  get defaultPrevented(): boolean {
    return this.prevented;
  }
}

let nextFrameId = 1;

export class FakeFrame {
  readonly frameTreeNodeId = nextFrameId++;
  constructor(
    public url: string,
    readonly parent: FakeFrame | null = null,
  ) {}
}

type PermissionRequestHandler = Parameters<GuardedSession['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<GuardedSession['setPermissionCheckHandler']>[0];
type HeadersListener = (details: OnHeadersReceivedListenerDetails, callback: (response: HeadersReceivedResponse) => void) => void;

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler = null;
  permissionCheckHandler: PermissionCheckHandler = null;
  devicePermissionHandler: (() => boolean) | null = null;
  headersListener: HeadersListener | null = null;
  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener | null) => {
      this.headersListener = listener;
    },
  };

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: (() => boolean) | null): void {
    this.devicePermissionHandler = handler;
  }

  /** A page asks for a permission; Electron grants it when no handler is set. */
  requestPermission(permission: string, details: PermissionRequestDetails): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) => handler(null, permission, resolve, details));
  }
  checkPermission(permission: string, details: PermissionCheckDetails): boolean {
    const origin = details.requestingUrl ? new URL(details.requestingUrl).origin : '';
    return this.permissionCheckHandler ? this.permissionCheckHandler(null, permission, origin, details) : true;
  }
  /** A response arrives; returns the headers the page will see. */
  receiveHeaders(url: string, resourceType: OnHeadersReceivedListenerDetails['resourceType'], responseHeaders: Record<string, string[]>): Record<string, string | string[]> {
    const listener = this.headersListener;
    if (!listener) return responseHeaders;
    let response: HeadersReceivedResponse | undefined;
    listener({ id: 1, url, method: 'GET', resourceType, referrer: '', timestamp: 0, statusLine: 'HTTP/1.1 200 OK', statusCode: 200, responseHeaders }, (r) => {
      response = r;
    });
    if (!response) throw new Error('onHeadersReceived never called back: the request would hang');
    return response.responseHeaders ?? responseHeaders;
  }
}

let nextWebContentsId = 1;

interface PendingLoad {
  url: string;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** A captured page: its size, and bytes that say so. */
export class FakeImage {
  constructor(
    readonly width: number,
    readonly height: number,
  ) {}
  resize({ width }: { width: number }): FakeImage {
    return new FakeImage(width, Math.round((this.height * width) / this.width));
  }
  toJPEG(quality: number): Buffer {
    return Buffer.from(`jpeg ${this.width}x${this.height} q${quality}`);
  }
  getSize(): { width: number; height: number } {
    return { width: this.width, height: this.height };
  }
  isEmpty(): boolean {
    return false;
  }
}

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly mainFrame = new FakeFrame('');
  readonly loads: string[] = [];
  readonly insertedCss: string[] = [];
  forcedCrashes = 0;
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  private destroyed = false;
  private pending: PendingLoad | null = null;

  constructor(readonly session: FakeSession) {
    super();
  }

  loadURL(url: string): Promise<void> {
    this.loads.push(url);
    if (this.pending) this.settle(-3, 'ERR_ABORTED'); // a new load aborts the one in flight, as in Chromium
    this.mainFrame.url = url;
    return new Promise((resolve, reject) => {
      this.pending = { url, resolve, reject };
    });
  }
  insertCSS(css: string): Promise<string> {
    this.insertedCss.push(css);
    return Promise.resolve(`css-${this.insertedCss.length}`);
  }
  /** Messages sent to the page's preload: [channel, ...args]. */
  readonly sent: unknown[][] = [];
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  capturePage(): Promise<FakeImage> {
    return Promise.resolve(new FakeImage(1920, 1080));
  }
  forcefullyCrashRenderer(): void {
    this.forcedCrashes += 1;
    // Electron reports the kill later, as a render-process-gone event.
    queueMicrotask(() => this.crash('killed'));
  }
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getURL(): string {
    return this.mainFrame.url;
  }

  // ---- what the page and Chromium do ----

  finishLoad(): void {
    const pending = this.pending;
    this.pending = null;
    this.emit('did-finish-load');
    pending?.resolve();
  }
  failLoad(errorCode = -102, errorDescription = 'ERR_CONNECTION_REFUSED'): void {
    this.settle(errorCode, errorDescription);
  }
  crash(reason: RenderProcessGoneDetails['reason'] = 'crashed'): void {
    const details: RenderProcessGoneDetails = { reason, exitCode: reason === 'killed' ? 9 : 139 };
    this.emit('render-process-gone', new FakeEvent(), details);
  }
  hang(): void {
    this.emit('unresponsive');
  }
  recover(): void {
    this.emit('responsive');
  }
  /** window.open from the page: what the handler decides (Electron allows when none is set). */
  openWindow(url: string): WindowOpenHandlerResponse {
    return this.windowOpenHandler ? this.windowOpenHandler({ url, frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'default' } }) : { action: 'allow' };
  }
  /** The page navigates (or is redirected); returns whether the navigation goes ahead. */
  navigate(url: string, event: 'will-navigate' | 'will-redirect' = 'will-navigate'): boolean {
    const details = new FakeEvent(url);
    this.emit(event, details, url);
    if (!details.defaultPrevented) this.mainFrame.url = url;
    return !details.defaultPrevented;
  }
  attachWebview(): boolean {
    const event = new FakeEvent();
    this.emit('will-attach-webview', event, {}, {});
    return !event.defaultPrevented;
  }
  addSubframe(url: string): FakeFrame {
    return new FakeFrame(url, this.mainFrame);
  }
  /** An invoke event as ipcMain sees it, from this contents' main frame or another frame. */
  invokeEvent(frame: FakeFrame | null = this.mainFrame): InvokeEvent {
    return { sender: this, senderFrame: frame };
  }

  markDestroyed(): void {
    this.destroyed = true;
    this.pending = null;
  }

  private settle(errorCode: number, errorDescription: string): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    this.emit('did-fail-load', new FakeEvent(), errorCode, errorDescription, pending.url, true, 1, 1);
    pending.reject(new Error(`${errorDescription} (${errorCode}) loading '${pending.url}'`));
  }
}

export interface FakeWindowCall {
  method: 'show' | 'setBounds' | 'setKiosk' | 'destroy' | 'close';
  args: unknown[];
}

export interface FakeElectronOptions {
  monitors?: Monitor[];
  /** False: another instance holds the lock. */
  singleInstanceLock?: boolean;
}

export function monitor(id: number, x: number, y: number, width = 1920, height = 1080): Monitor {
  return { id, bounds: { x, y, width, height } };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

export function createFakeElectron(options: FakeElectronOptions = {}) {
  const defaultSession = new FakeSession();
  const windows: FakeBrowserWindow[] = [];

  class FakeApp extends EventEmitter {
    readonly isPackaged = false;
    quitCalls = 0;
    exitCode: number | null = null;
    quitted = false;
    private quitting = false;
    get isQuitting(): boolean {
      return this.quitting;
    }
    requestSingleInstanceLock(): boolean {
      return options.singleInstanceLock ?? true;
    }
    whenReady(): Promise<void> {
      return Promise.resolve();
    }
    quit(): void {
      this.quitCalls += 1;
      const event = new FakeEvent();
      this.emit('before-quit', event);
      if (event.defaultPrevented) return;
      // While quitting, Electron closes the windows without emitting window-all-closed.
      this.quitting = true;
      for (const window of live()) window.close();
      this.quitted = true;
      this.emit('will-quit', new FakeEvent());
      this.emit('quit', new FakeEvent(), 0);
    }
    exit(exitCode = 0): void {
      this.exitCode = exitCode;
    }
  }
  const app = new FakeApp();

  const live = () => windows.filter((window) => !window.isDestroyed());

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents(defaultSession);
    readonly calls: FakeWindowCall[] = [];
    bounds: Rectangle;
    visible = false;
    kiosk: boolean;
    private destroyed = false;

    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
      this.kiosk = options.kiosk ?? false;
      windows.push(this);
      app.emit('web-contents-created', new FakeEvent(), this.webContents);
    }
    show(): void {
      this.calls.push({ method: 'show', args: [] });
      this.visible = true;
    }
    setBounds(bounds: Rectangle): void {
      this.calls.push({ method: 'setBounds', args: [bounds] });
      this.bounds = { ...bounds };
    }
    setKiosk(flag: boolean): void {
      this.calls.push({ method: 'setKiosk', args: [flag] });
      this.kiosk = flag;
    }
    close(): void {
      this.calls.push({ method: 'close', args: [] });
      const event = new FakeEvent();
      this.emit('close', event);
      if (!event.defaultPrevented) this.finish();
    }
    destroy(): void {
      this.calls.push({ method: 'destroy', args: [] });
      this.finish();
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    /** Chromium has painted the first frame. */
    becomeReady(): void {
      this.emit('ready-to-show', new FakeEvent());
    }
    private finish(): void {
      if (this.destroyed) return;
      this.destroyed = true;
      this.visible = false;
      this.webContents.markDestroyed();
      this.emit('closed');
      if (live().length === 0 && !app.isQuitting) {
        if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed');
        else app.quit();
      }
    }
  }

  class FakeScreen extends EventEmitter {
    monitors: Monitor[] = (options.monitors ?? [monitor(1, 0, 0)]).map((m) => ({ ...m, bounds: { ...m.bounds } }));
    getAllDisplays(): Monitor[] {
      return this.monitors.map((m) => ({ ...m, bounds: { ...m.bounds } }));
    }
    plug(added: Monitor): void {
      this.monitors.push(added);
      this.emit('display-added', new FakeEvent(), added);
    }
    unplug(id: number): void {
      const removed = this.monitors.find((m) => m.id === id);
      if (!removed) throw new Error(`no monitor ${id} to unplug`);
      this.monitors = this.monitors.filter((m) => m.id !== id);
      this.emit('display-removed', new FakeEvent(), removed);
    }
    change(id: number, bounds: Rectangle): void {
      const changed = this.monitors.find((m) => m.id === id);
      if (!changed) throw new Error(`no monitor ${id} to change`);
      changed.bounds = { ...bounds };
      this.emit('display-metrics-changed', new FakeEvent(), changed, ['bounds']);
    }
  }
  const screen = new FakeScreen();

  type Handler = (event: InvokeEvent, ...args: unknown[]) => unknown;
  class FakeIpcMain {
    readonly handlers = new Map<string, Handler>();
    handle(channel: string, handler: Handler): void {
      if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      this.handlers.set(channel, handler);
    }
    removeHandler(channel: string): void {
      this.handlers.delete(channel);
    }
    /** ipcRenderer.invoke from a page: the handler's result, or its error, as the page would get it. */
    async invoke(channel: string, event: InvokeEvent, ...args: unknown[]): Promise<unknown> {
      const handler = this.handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return handler(event, ...args);
    }
  }
  const ipcMain = new FakeIpcMain();

  const powerSaveBlocker = {
    active: new Map<number, string>(),
    nextId: 1,
    start(type: 'prevent-display-sleep' | 'prevent-app-suspension'): number {
      const id = this.nextId++;
      this.active.set(id, type);
      return id;
    },
    stop(id: number): boolean {
      return this.active.delete(id);
    },
  };

  const Menu = {
    applicationMenu: 'default' as 'default' | null,
    setApplicationMenu(menu: null): void {
      this.applicationMenu = menu;
    },
  };

  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    screen,
    ipcMain,
    powerSaveBlocker,
    Menu,
    session: { defaultSession },
    /** Every window ever created, in order. */
    windows,
    /** The windows not destroyed. */
    liveWindows: live,
    /** The live window showing a display (the shell titles its windows "OpsWall — <display>"). */
    windowFor(displayId: string): FakeBrowserWindow | undefined {
      return live().find((window) => window.options.title?.endsWith(` ${displayId}`));
    },
  };
}

export type FakeBrowserWindow = InstanceType<FakeElectron['BrowserWindow']>;
