import type { Socket } from 'socket.io';
import type { RtcPayload } from '../../../src/protocol/presenter/rtc.js';

/**
 * The room's media desk: the presenter page with the camera and microphone (the first to report its media
 * keeps the role until it leaves). It holds the peer connection to the other room, and relays the other
 * room's picture and sound to this room's displays whose video panels ask for it — so the link between the
 * rooms carries one picture whatever the number of displays.
 */
export class MediaDesk {
  private desk: Socket | null = null;
  private readonly wanting = new Set<string>();

  constructor(private readonly displaySockets: (displayId: string) => Socket[]) {}

  /** Whether `socket` is (or now becomes) the desk. */
  claim(socket: Socket): boolean {
    if (this.desk && this.desk.connected && this.desk !== socket) return false;
    if (this.desk === socket) return true;
    this.desk = socket;
    for (const displayId of this.wanting) socket.emit('rtc:want', { displayId });
    return true;
  }

  isDesk(socket: Socket): boolean {
    return this.desk === socket;
  }

  left(socket: Socket): void {
    if (this.desk === socket) this.desk = null;
  }

  displayWants(displayId: string): void {
    this.wanting.add(displayId);
    this.desk?.emit('rtc:want', { displayId });
  }

  displayLeft(displayId: string): void {
    if (this.displaySockets(displayId).length === 0) this.wanting.delete(displayId);
  }

  fromDisplay(displayId: string, payload: RtcPayload): void {
    this.desk?.emit('rtc:signal', { from: { kind: 'display', displayId }, payload });
  }

  toDisplay(displayId: string, payload: RtcPayload): void {
    for (const socket of this.displaySockets(displayId)) socket.emit('rtc:signal', { payload });
  }

  fromPeer(payload: RtcPayload): void {
    this.desk?.emit('rtc:signal', { from: { kind: 'peer' }, payload });
  }
}
