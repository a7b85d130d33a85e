import type { Server, Socket } from 'socket.io';
import { rtcPayloadSchema } from '../../../src/protocol/presenter/rtc.js';
import { WALL_NAMESPACE, wallSignalSchema, type SessionView, type Viewport } from '../../../src/protocol/wall/index.js';
import type { MediaDesk } from './media-desk.js';
import type { PresenterSessions } from './presenter-sessions.js';

const WHOLE: Viewport = { x: 0, y: 0, width: 1, height: 1 };

/**
 * The session's side of each display: its shared-view layer (the whole view on connect and on every start,
 * end or resume; each change as it comes) and its video panel's connection to the room's media desk.
 */
export class WallSession {
  constructor(
    private readonly io: Server,
    private readonly sessions: PresenterSessions,
    private readonly desk: MediaDesk,
    private readonly viewports: ReadonlyMap<string, Viewport>,
    private readonly self: { id: string; name: string },
  ) {
    sessions.subscribe({
      event: (event) => void this.displays().forEach((socket) => socket.emit('session:event', event)),
      view: () => this.sendViews(),
      status: () => this.sendViewsIfLinkChanged(),
    });
  }

  private lastLinkDown = false;

  /** Called by the wall namespace for every display page and live view. */
  attach(socket: Socket, displayId: string, preview: boolean, invalid: (event: string, reason: string) => void): void {
    socket.emit('session:view', this.viewFor(displayId));
    if (preview) return;
    socket.on('rtc:want', () => this.desk.displayWants(displayId));
    socket.on('rtc:signal', (raw: unknown) => {
      const parsed = wallSignalSchema.safeParse(raw);
      if (!parsed.success || !rtcPayloadSchema.safeParse(parsed.data.payload).success) return invalid('rtc:signal', `${parsed.error?.issues[0]?.path.join('.') ?? 'signal'}: ${parsed.error?.issues[0]?.message ?? 'invalid'}`);
      this.desk.fromDisplay(displayId, parsed.data.payload);
    });
    socket.on('disconnect', () => this.desk.displayLeft(displayId));
  }

  private viewFor(displayId: string): SessionView {
    const status = this.sessions.status();
    return {
      active: this.sessions.isLive(),
      viewport: this.viewports.get(displayId) ?? WHOLE,
      view: this.sessions.viewState(),
      rooms: [this.self, ...(status.remote ? [status.remote] : [])],
      linkDown: status.state === 'suspended',
    };
  }

  private sendViews(): void {
    for (const socket of this.displays()) socket.emit('session:view', this.viewFor((socket.data as { displayId: string }).displayId));
  }

  private sendViewsIfLinkChanged(): void {
    const down = this.sessions.status().state === 'suspended';
    if (down === this.lastLinkDown) return;
    this.lastLinkDown = down;
    this.sendViews();
  }

  private displays(): Socket[] {
    return [...this.io.of(WALL_NAMESPACE).sockets.values()];
  }
}
