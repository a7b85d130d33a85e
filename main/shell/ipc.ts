// The shell's only IPC handler: a wall page asks which display it is and for its credential. The
// answer is a secret, so it goes only to the top frame of one of our own wall windows, showing a
// page of the hub's origin — never to an iframe, another window, or a page that got elsewhere.
import { SHELL_IPC, type DeviceIdentity } from '../../src/protocol/shell-bridge.js';
import type { Logger } from '../log.js';
import type { InvokeEvent, ShellIpcMain } from './electron-api.js';

export interface IdentityHandlerOptions {
  ipcMain: ShellIpcMain;
  hubOrigin: string;
  /** This PC's wall credential ("id:secret"), the same for all its windows. */
  credential: string;
  /** Which display a web contents shows; undefined when it is not one of our wall windows. */
  displayIdOf: (webContentsId: number) => string | undefined;
  logger: Logger;
}

export type SenderCheck = { ok: true; displayId: string } | { ok: false; reason: string };

export function checkSender(event: InvokeEvent, hubOrigin: string, displayIdOf: (webContentsId: number) => string | undefined): SenderCheck {
  const displayId = displayIdOf(event.sender.id);
  if (displayId === undefined) return { ok: false, reason: 'not a wall window' };
  const frame = event.senderFrame;
  if (frame === null) return { ok: false, reason: 'the sending frame is gone' };
  if (frame.frameTreeNodeId !== event.sender.mainFrame.frameTreeNodeId) return { ok: false, reason: 'not the main frame' };
  let origin: string;
  try {
    origin = new URL(frame.url).origin;
  } catch {
    return { ok: false, reason: 'the frame has no valid URL' };
  }
  if (origin !== hubOrigin) return { ok: false, reason: `origin ${origin} is not the hub's` };
  return { ok: true, displayId };
}

/** Registers the handler; returns the function that removes it. */
export function registerIdentityHandler(options: IdentityHandlerOptions): () => void {
  const { ipcMain, logger } = options;
  ipcMain.handle(SHELL_IPC.deviceGetIdentity, (event, ...args): DeviceIdentity => {
    const check = checkSender(event, options.hubOrigin, options.displayIdOf);
    const url = event.senderFrame?.url ?? null;
    if (!check.ok || args.length > 0) {
      const reason = check.ok ? `unexpected arguments (${args.length})` : check.reason;
      logger.warn('ipc-refused', { channel: SHELL_IPC.deviceGetIdentity, webContents: event.sender.id, url, reason });
      // The page learns nothing about why; the log has it.
      throw new Error('refused');
    }
    logger.info('ipc-identity-given', { display: check.displayId, webContents: event.sender.id });
    return { displayId: check.displayId, credential: options.credential };
  });
  return () => ipcMain.removeHandler(SHELL_IPC.deviceGetIdentity);
}
