import { clockPongSchema } from '../../src/protocol/wall/index.js';

/** Samples kept; the one with the shortest round trip gives the offset (its error is at most half its RTT). */
const SAMPLES = 8;

interface Sample {
  offset: number;
  rtt: number;
}

/**
 * The display's offset to the hub's clock, measured NTP-style over the socket (DESIGN §4): the display
 * sends its time t0, the hub answers with its own h, the answer arrives at t1; offset = h − (t0 + t1)/2,
 * good to ±RTT/2. Switch commits are timed on the hub's clock, so they do not depend on the PCs' clocks.
 */
export class ClockSync {
  private samples: Sample[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** Takes a pong (`clock:ping`'s answer) received now; false when it is not one. */
  take(raw: unknown): boolean {
    const pong = clockPongSchema.safeParse(raw);
    if (!pong.success) return false;
    const received = this.now();
    const rtt = received - pong.data.sentAt;
    if (rtt < 0 || rtt > 10_000) return false;
    this.samples = [...this.samples, { offset: pong.data.hubAt - (pong.data.sentAt + received) / 2, rtt }].slice(-SAMPLES);
    return true;
  }

  get synced(): boolean {
    return this.samples.length > 0;
  }

  /** hub clock − local clock, ms (0 before any sample). */
  get offset(): number {
    if (this.samples.length === 0) return 0;
    return this.samples.reduce((best, sample) => (sample.rtt < best.rtt ? sample : best)).offset;
  }

  /** The best sample's round trip: how far the offset can be off (± half of it). */
  get rtt(): number | null {
    return this.samples.length === 0 ? null : Math.min(...this.samples.map((sample) => sample.rtt));
  }

  hubNow(): number {
    return this.now() + this.offset;
  }

  toLocal(hubTime: number): number {
    return hubTime - this.offset;
  }
}
