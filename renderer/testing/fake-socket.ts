/**
 * A stand-in for a socket.io client socket in tests: `serve()` plays the hub's side (events and the
 * reserved connect / connect_error / disconnect), `sent` records what the page emitted.
 */
export class FakeSocket {
  readonly sent: { event: string; args: unknown[] }[] = [];
  active = true;
  connected = false;
  connectCalls = 0;
  disconnectCalls = 0;
  private readonly listeners = new Map<string, Set<(...args: unknown[]) => void>>();

  constructor(readonly auth: unknown = null) {}

  on(event: string, listener: (...args: unknown[]) => void): this {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return this;
  }

  off(event: string, listener: (...args: unknown[]) => void): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  emit(event: string, ...args: unknown[]): this {
    this.sent.push({ event, args });
    return this;
  }

  /** Answers to acknowledged emits are given by the test (`answer`); unanswered ones stay pending. */
  readonly acks: { event: string; args: unknown[]; answer: (error: Error | null, value?: unknown) => void }[] = [];

  timeout(_ms: number): { emit: (event: string, ...args: unknown[]) => void; emitWithAck: (event: string, ...args: unknown[]) => Promise<unknown> } {
    return {
      emit: (event, ...args) => {
        const callback = args.pop() as (error: Error | null, value?: unknown) => void;
        this.sent.push({ event, args });
        this.acks.push({ event, args, answer: callback });
      },
      emitWithAck: (event, ...args) =>
        new Promise((resolve, reject) => {
          this.sent.push({ event, args });
          this.acks.push({ event, args, answer: (error, value) => (error ? reject(error) : resolve(value)) });
        }),
    };
  }

  connect(): this {
    this.connectCalls++;
    this.active = true;
    return this;
  }

  disconnect(): this {
    this.disconnectCalls++;
    this.active = false;
    this.connected = false;
    return this;
  }

  listenerCount(event?: string): number {
    if (event) return this.listeners.get(event)?.size ?? 0;
    return [...this.listeners.values()].reduce((sum, set) => sum + set.size, 0);
  }

  /** The hub side: deliver an event to the page's listeners. */
  serve(event: string, ...args: unknown[]): void {
    if (event === 'connect') this.connected = true;
    if (event === 'disconnect') this.connected = false;
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(...args);
  }

  /** The hub's middleware refuses: socket.io then stops retrying by itself (active = false). */
  refuse(code: string, message = 'refused'): void {
    this.active = false;
    const error = Object.assign(new Error(message), { data: { code, message } });
    this.serve('connect_error', error);
  }
}
