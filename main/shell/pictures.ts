import type { Logger } from '../log.js';
import { SHELL_IPC, type PagePicture } from '../../src/protocol/shell-bridge.js';
import type { WallContents } from './electron-api.js';
import type { Timers } from './timers.js';

/** How often each wall window is pictured for the console, and how small. */
export const PICTURE_INTERVAL_MS = 5_000;
export const PICTURE_WIDTH = 480;
const JPEG_QUALITY = 60;

/**
 * Every few seconds, a picture of each wall window (capturePage, scaled down, JPEG) handed to the page
 * itself, which sends it to the hub over its own authenticated socket: the console shows each display
 * as it really is. A failed capture is skipped (a window loading, a monitor asleep).
 */
export function startPictures(contents: () => Map<string, WallContents>, timers: Timers, logger: Logger, intervalMs = PICTURE_INTERVAL_MS): () => void {
  let stopped = false;
  let timer: unknown = null;
  const round = async () => {
    for (const [displayId, webContents] of contents()) {
      if (stopped || webContents.isDestroyed()) continue;
      try {
        const image = await webContents.capturePage();
        if (image.isEmpty()) continue;
        const small = image.resize({ width: PICTURE_WIDTH, quality: 'good' });
        const { width, height } = small.getSize();
        const picture: PagePicture = { jpeg: `data:image/jpeg;base64,${small.toJPEG(JPEG_QUALITY).toString('base64')}`, width, height };
        if (!webContents.isDestroyed()) webContents.send(SHELL_IPC.devicePicture, picture);
      } catch (error) {
        logger.debug('picture-failed', { displayId, reason: (error as Error).message });
      }
    }
    if (!stopped) timer = timers.setTimeout(() => void round(), intervalMs);
  };
  timer = timers.setTimeout(() => void round(), intervalMs);
  return () => {
    stopped = true;
    if (timer !== null) timers.clearTimeout(timer);
  };
}
