// The slice of Electron the shell uses, as narrow structural types. The shell's modules depend on
// these rather than on the 'electron' module, so they run against a fake in tests
// (testing/fake-electron.ts); main.ts hands them the real module, and the compiler checks there
// that real Electron fits every one of these shapes.
import type {
  BrowserWindowConstructorOptions,
  Display,
  Event,
  HandlerDetails,
  HeadersReceivedResponse,
  OnHeadersReceivedListenerDetails,
  Rectangle,
  RenderProcessGoneDetails,
  WindowOpenHandlerResponse,
} from 'electron';

export type { BrowserWindowConstructorOptions, Event, Rectangle, RenderProcessGoneDetails };

/** A physical monitor as Electron reports it (only what the shell reads). */
export type Monitor = Pick<Display, 'id' | 'bounds'>;

export interface FrameLike {
  readonly url: string;
  /** Unique in the browser process; a subframe's differs from its page's main frame. */
  readonly frameTreeNodeId: number;
}

/** What the watchdog needs of a window's web contents. */
export interface WatchedContents {
  on(event: 'render-process-gone', listener: (event: Event, details: RenderProcessGoneDetails) => void): this;
  on(event: 'unresponsive', listener: () => void): this;
  on(event: 'responsive', listener: () => void): this;
  on(event: 'did-finish-load', listener: () => void): this;
  on(
    event: 'did-fail-load',
    listener: (event: Event, errorCode: number, errorDescription: string, validatedURL: string, isMainFrame: boolean) => void,
  ): this;
  forcefullyCrashRenderer(): void;
  isDestroyed(): boolean;
}

/** What the shell does with a captured page: shrink it and encode it. */
export interface CapturedImage {
  resize(options: { width: number; quality?: 'good' | 'better' | 'best' }): CapturedImage;
  toJPEG(quality: number): Buffer;
  getSize(): { width: number; height: number };
  isEmpty(): boolean;
}

/** The web contents of a wall window. */
export interface WallContents extends WatchedContents {
  readonly id: number;
  loadURL(url: string): Promise<void>;
  insertCSS(css: string): Promise<string>;
  capturePage(): Promise<CapturedImage>;
  /** One message to the page's preload (one channel per message, see SHELL_IPC). */
  send(channel: string, ...args: unknown[]): void;
}

export interface WallWindow {
  readonly webContents: WallContents;
  show(): void;
  setBounds(bounds: Rectangle): void;
  setKiosk(flag: boolean): void;
  destroy(): void;
  isDestroyed(): boolean;
  once(event: 'ready-to-show', listener: () => void): this;
  on(event: 'closed', listener: () => void): this;
}

export type WallWindowConstructor = new (options: BrowserWindowConstructorOptions) => WallWindow;

export interface ShellScreen {
  getAllDisplays(): Monitor[];
  on(event: 'display-added', listener: (event: Event, display: Display) => void): this;
  on(event: 'display-removed', listener: (event: Event, display: Display) => void): this;
  on(event: 'display-metrics-changed', listener: (event: Event, display: Display, changedMetrics: string[]) => void): this;
}

export interface PermissionRequestDetails {
  requestingUrl: string;
  isMainFrame: boolean;
  mediaTypes?: Array<'video' | 'audio'>;
}

export interface PermissionCheckDetails {
  requestingUrl?: string;
  isMainFrame: boolean;
  mediaType?: 'video' | 'audio' | 'unknown';
}

export interface GuardedSession {
  setPermissionRequestHandler(
    handler: ((webContents: unknown, permission: string, callback: (granted: boolean) => void, details: PermissionRequestDetails) => void) | null,
  ): void;
  setPermissionCheckHandler(handler: ((webContents: unknown, permission: string, requestingOrigin: string, details: PermissionCheckDetails) => boolean) | null): void;
  setDevicePermissionHandler(handler: (() => boolean) | null): void;
  readonly webRequest: {
    onHeadersReceived(listener: ((details: OnHeadersReceivedListenerDetails, callback: (response: HeadersReceivedResponse) => void) => void) | null): void;
  };
}

/** Any web contents the app creates, as the app-wide hardening sees it. */
export interface GuardedContents {
  readonly session: GuardedSession;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
  on(event: 'will-navigate', listener: (event: Event<{ url: string }>) => void): this;
  on(event: 'will-redirect', listener: (event: Event<{ url: string }>) => void): this;
  on(event: 'will-attach-webview', listener: (event: Event) => void): this;
}

export interface InvokeEvent {
  readonly sender: { readonly id: number; readonly mainFrame: FrameLike };
  readonly senderFrame: FrameLike | null;
}

export interface ShellIpcMain {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface ShellApp {
  readonly isPackaged: boolean;
  requestSingleInstanceLock(): boolean;
  whenReady(): Promise<void>;
  quit(): void;
  exit(exitCode?: number): void;
  on(event: 'second-instance', listener: (event: Event, argv: string[], workingDirectory: string) => void): this;
  on(event: 'window-all-closed', listener: () => void): this;
  on(event: 'before-quit', listener: (event: Event) => void): this;
  on(event: 'web-contents-created', listener: (event: Event, contents: GuardedContents) => void): this;
}

export interface ShellPowerSaveBlocker {
  start(type: 'prevent-display-sleep'): number;
  stop(id: number): boolean;
}

/** Everything createShell takes from Electron. */
export interface ShellElectron {
  app: ShellApp;
  BrowserWindow: WallWindowConstructor;
  screen: ShellScreen;
  ipcMain: ShellIpcMain;
  powerSaveBlocker: ShellPowerSaveBlocker;
  Menu: { setApplicationMenu(menu: null): void };
}
