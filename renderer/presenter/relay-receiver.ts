import type { RtcPayload } from '../../src/protocol/presenter/rtc.js';

export type ReceiverState = 'waiting' | 'playing' | 'failed';

interface SignalPort {
  want(): void;
  signal(payload: RtcPayload): void;
  onSignal(listener: (payload: RtcPayload) => void): () => void;
}

/**
 * A display's end of the relay: the room's presenter page offers it the other room's picture and sound
 * (received, never sent: a display has no camera or microphone and asks for none); each new offer replaces
 * the connection (the presenter page restarted, or the other room's picture changed).
 */
export class RelayReceiver {
  private connection: RTCPeerConnection | null = null;
  private readonly stopSignals: () => void;

  constructor(
    private readonly port: SignalPort,
    private readonly video: HTMLVideoElement,
    private readonly onState: (state: ReceiverState, detail?: string) => void,
  ) {
    this.stopSignals = port.onSignal((payload) => void this.take(payload).catch((error: unknown) => this.onState('failed', (error as Error).message)));
    port.want();
    onState('waiting');
  }

  close(): void {
    this.stopSignals();
    this.connection?.close();
    this.connection = null;
    this.video.srcObject = null;
  }

  private async take(payload: RtcPayload): Promise<void> {
    if ('description' in payload) {
      if (payload.description.type !== 'offer') return;
      this.connection?.close();
      const connection = new RTCPeerConnection({ iceServers: [] });
      this.connection = connection;
      connection.ontrack = (event) => {
        const stream = event.streams[0] ?? new MediaStream([event.track]);
        if (this.video.srcObject !== stream) this.video.srcObject = stream;
        this.video.play().then(
          () => this.onState('playing'),
          (error: unknown) => this.onState('failed', `the picture cannot play: ${(error as Error).message}`),
        );
      };
      connection.onicecandidate = (event) => {
        if (event.candidate) this.port.signal({ candidate: event.candidate.toJSON() as RTCIceCandidateInit & { candidate: string } });
      };
      connection.onconnectionstatechange = () => {
        if (connection !== this.connection) return;
        if (connection.connectionState === 'failed') this.onState('failed', 'the connection to the presenter page failed');
        if (connection.connectionState === 'disconnected' || connection.connectionState === 'closed') this.onState('waiting');
      };
      await connection.setRemoteDescription(payload.description);
      const answer = await connection.createAnswer();
      await connection.setLocalDescription(answer);
      this.port.signal({ description: { type: 'answer', sdp: answer.sdp ?? '' } });
    } else if ('candidate' in payload && this.connection) {
      await this.connection.addIceCandidate(payload.candidate);
    }
  }
}
