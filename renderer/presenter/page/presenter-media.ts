import type { IceServer, MediaQuality, RtcPayload } from '../../../src/protocol/presenter/rtc.js';

type Target = { kind: 'peer' } | { kind: 'display'; displayId: string };

export interface MediaPorts {
  signal(to: Target, payload: RtcPayload): void;
  quality(quality: MediaQuality): void;
  /** The pictures changed (local camera, the other room's). */
  changed(local: MediaStream | null, remote: MediaStream | null): void;
}

const STATS_EVERY_MS = 2_000;
/** Readies that arrive together (both pages came up at once) make one offer. */
const OFFER_DEBOUNCE_MS = 300;

interface InboundSample {
  at: number;
  videoBytes: number;
  audioBytes: number;
}

/**
 * The room's media desk on the presenter page (DESIGN §5): its camera and microphone to the other room's
 * presenter page over one peer connection (the chair's page offers; the other says `ready`), and the
 * other room's picture and sound relayed to each of this room's displays that asks. Its quality — bitrate,
 * loss, freezes — goes to the hub for both consoles. If anything fails, the shared view goes on; the
 * consoles say what failed.
 */
export class PresenterMedia {
  private local: MediaStream | null = null;
  private remote: MediaStream | null = null;
  private peer: RTCPeerConnection | null = null;
  private readonly relays = new Map<string, RTCPeerConnection>();
  private readonly wanting = new Set<string>();
  private iceServers: IceServer[] = [];
  private offerer = false;
  private live = false;
  /** The camera was asked for (granted or not) and the hub told: this page can now take part. */
  private started = false;
  private problem: string | null = null;
  private offerTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly statsTimer: ReturnType<typeof setInterval>;
  private last: InboundSample | null = null;

  constructor(
    private readonly ports: MediaPorts,
    /** The camera's picture: HD, or SD for a room on a thin link (`?video=sd`). */
    private readonly picture: { width: number; height: number } = { width: 1280, height: 720 },
  ) {
    this.statsTimer = setInterval(() => void this.report(), STATS_EVERY_MS);
  }

  async start(): Promise<void> {
    try {
      this.local = await navigator.mediaDevices.getUserMedia({ video: { width: this.picture.width, height: this.picture.height }, audio: { echoCancellation: true, noiseSuppression: true } });
      this.problem = null;
    } catch (error) {
      this.problem = `camera or microphone unavailable: ${(error as Error).message}`;
    }
    this.ports.changed(this.local, this.remote);
    // The first report makes this page the room's desk at the hub; only then can it be heard by the other room.
    await this.report();
    this.started = true;
    if (this.live) this.ports.signal({ kind: 'peer' }, { ready: true });
  }

  /** The session is under way (or not); `offerer`: this room chairs it. */
  sessionChanged(live: boolean, offerer: boolean, iceServers: IceServer[]): void {
    const was = this.live;
    this.live = live;
    this.offerer = offerer;
    this.iceServers = iceServers;
    if (live && !was && this.started) this.ports.signal({ kind: 'peer' }, { ready: true });
    if (!live && was) this.closePeer();
  }

  /** The hub resumed the session after a cut: say so, so a fresh connection is made. */
  resumed(): void {
    if (this.live && this.started) this.ports.signal({ kind: 'peer' }, { ready: true });
  }

  displayWants(displayId: string): void {
    this.wanting.add(displayId);
    if (this.remote) void this.relayTo(displayId);
  }

  async take(from: Target, payload: RtcPayload): Promise<void> {
    if (from.kind === 'display') return this.fromDisplay(from.displayId, payload);
    if ('ready' in payload) {
      // The chair offers; the other page, told the chair is (back) there, says it is ready in turn.
      if (this.offerer) this.offerSoon();
      else if (this.started && this.peer?.connectionState !== 'connected') this.ports.signal({ kind: 'peer' }, { ready: true });
      return;
    }
    if ('description' in payload) {
      if (payload.description.type === 'offer') {
        const peer = this.newPeer();
        await peer.setRemoteDescription(payload.description);
        const answer = await peer.createAnswer();
        await peer.setLocalDescription(answer);
        this.ports.signal({ kind: 'peer' }, { description: { type: 'answer', sdp: answer.sdp ?? '' } });
      } else if (this.peer?.signalingState === 'have-local-offer') {
        await this.peer.setRemoteDescription(payload.description);
      }
      return;
    }
    await this.peer?.addIceCandidate(payload.candidate).catch(() => {});
  }

  close(): void {
    clearInterval(this.statsTimer);
    if (this.offerTimer) clearTimeout(this.offerTimer);
    this.closePeer();
    for (const track of this.local?.getTracks() ?? []) track.stop();
  }

  private offerSoon(): void {
    if (this.offerTimer) clearTimeout(this.offerTimer);
    this.offerTimer = setTimeout(() => {
      this.offerTimer = null;
      void this.offer().catch((error: unknown) => this.fail(`the offer failed: ${(error as Error).message}`));
    }, OFFER_DEBOUNCE_MS);
  }

  private async offer(): Promise<void> {
    if (!this.live) return;
    const peer = this.newPeer();
    const offer = await peer.createOffer();
    await peer.setLocalDescription(offer);
    this.ports.signal({ kind: 'peer' }, { description: { type: 'offer', sdp: offer.sdp ?? '' } });
  }

  private newPeer(): RTCPeerConnection {
    this.closePeer();
    const peer = new RTCPeerConnection({ iceServers: this.iceServers });
    this.peer = peer;
    if (this.local) for (const track of this.local.getTracks()) peer.addTrack(track, this.local);
    else {
      // No camera here: still receive the other room's picture and sound.
      peer.addTransceiver('video', { direction: 'recvonly' });
      peer.addTransceiver('audio', { direction: 'recvonly' });
    }
    peer.onicecandidate = (event) => {
      if (event.candidate && peer === this.peer) this.ports.signal({ kind: 'peer' }, { candidate: event.candidate.toJSON() as RTCIceCandidateInit & { candidate: string } });
    };
    peer.ontrack = (event) => {
      if (peer !== this.peer) return;
      const stream = event.streams[0] ?? new MediaStream([event.track]);
      if (this.remote === stream) return;
      this.remote = stream;
      this.ports.changed(this.local, this.remote);
      // Tracks arrive one by one: relay once both are likely in (the relay is redone if another comes).
      setTimeout(() => {
        if (this.remote === stream) for (const displayId of this.wanting) void this.relayTo(displayId);
      }, 200);
    };
    peer.onconnectionstatechange = () => {
      if (peer !== this.peer) return;
      if (peer.connectionState === 'failed') this.fail('the connection to the other room failed (no route between the rooms; check the ICE servers)');
      void this.report();
    };
    return peer;
  }

  private closePeer(): void {
    this.peer?.close();
    this.peer = null;
    this.remote = null;
    for (const relay of this.relays.values()) relay.close();
    this.relays.clear();
    this.last = null;
    this.ports.changed(this.local, null);
  }

  private async relayTo(displayId: string): Promise<void> {
    const remote = this.remote;
    if (!remote) return;
    this.relays.get(displayId)?.close();
    const relay = new RTCPeerConnection({ iceServers: [] });
    this.relays.set(displayId, relay);
    for (const track of remote.getTracks()) relay.addTrack(track, remote);
    relay.onicecandidate = (event) => {
      if (event.candidate && this.relays.get(displayId) === relay) this.ports.signal({ kind: 'display', displayId }, { candidate: event.candidate.toJSON() as RTCIceCandidateInit & { candidate: string } });
    };
    const offer = await relay.createOffer();
    await relay.setLocalDescription(offer);
    this.ports.signal({ kind: 'display', displayId }, { description: { type: 'offer', sdp: offer.sdp ?? '' } });
  }

  private async fromDisplay(displayId: string, payload: RtcPayload): Promise<void> {
    const relay = this.relays.get(displayId);
    if (!relay) return;
    if ('description' in payload && payload.description.type === 'answer' && relay.signalingState === 'have-local-offer') await relay.setRemoteDescription(payload.description);
    else if ('candidate' in payload) await relay.addIceCandidate(payload.candidate).catch(() => {});
  }

  private fail(problem: string): void {
    this.problem = problem;
    void this.report();
  }

  /** Measures the inbound picture and sound and tells the hub. */
  private async report(): Promise<void> {
    const peer = this.peer;
    const state: MediaQuality['state'] = this.problem && !this.local ? 'failed' : peer?.connectionState === 'connected' ? 'connected' : peer?.connectionState === 'failed' ? 'failed' : 'starting';
    const quality: MediaQuality = { state, problem: this.problem, video: null, audio: null };
    if (peer && peer.connectionState === 'connected') {
      const stats = await peer.getStats();
      const now = performance.now();
      let videoBytes = 0;
      let audioBytes = 0;
      stats.forEach((entry: Record<string, unknown>) => {
        if (entry.type !== 'inbound-rtp') return;
        const lost = Number(entry.packetsLost ?? 0);
        const received = Number(entry.packetsReceived ?? 0);
        const lossPct = received + lost > 0 ? Math.round((lost / (received + lost)) * 1000) / 10 : 0;
        if (entry.kind === 'video') {
          videoBytes = Number(entry.bytesReceived ?? 0);
          quality.video = { kbps: 0, packetsLost: Math.max(0, lost), lossPct: Math.max(0, lossPct), framesDecoded: Number(entry.framesDecoded ?? 0), freezes: Number(entry.freezeCount ?? 0), width: Number(entry.frameWidth ?? 0), height: Number(entry.frameHeight ?? 0) };
        } else if (entry.kind === 'audio') {
          audioBytes = Number(entry.bytesReceived ?? 0);
          quality.audio = { kbps: 0, packetsLost: Math.max(0, lost), lossPct: Math.max(0, lossPct), level: Math.min(1, Math.max(0, Number(entry.audioLevel ?? 0))) };
        }
      });
      if (this.last && now > this.last.at) {
        const seconds = (now - this.last.at) / 1000;
        if (quality.video) quality.video.kbps = Math.max(0, Math.round(((videoBytes - this.last.videoBytes) * 8) / 1000 / seconds));
        if (quality.audio) quality.audio.kbps = Math.max(0, Math.round(((audioBytes - this.last.audioBytes) * 8) / 1000 / seconds));
      }
      this.last = { at: now, videoBytes, audioBytes };
    }
    this.ports.quality(quality);
  }
}
