import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';
import { FEED_NAMESPACE, type SubscribeAck, type SubscribeRequest } from '../../src/protocol/feed/messages.js';

/** What the backend answers a subscription with: a proper acknowledgement by default; NO_ANSWER sends none. */
export const NO_ANSWER = Symbol('no answer');
export type AckScript = (request: SubscribeRequest, attempt: number) => unknown;

/**
 * A feed backend that sends exactly what a test scripts: for fuzzing the hub's boundary with
 * messages the reference simulator would never send by accident.
 */
export async function startScriptedBackend(credential: string, refuse: readonly string[] = [], answer?: AckScript): Promise<{
  url: string;
  connected(): Promise<Socket>;
  subscriptions: SubscribeRequest[];
  resyncs: string[];
  close(): Promise<void>;
}> {
  const http = createServer();
  const io = new Server(http, { serveClient: false, maxHttpBufferSize: 50_000_000 });
  const subscriptions: SubscribeRequest[] = [];
  const resyncs: string[] = [];
  let waiting: ((socket: Socket) => void)[] = [];
  let current: Socket | null = null;
  const feed = io.of(FEED_NAMESPACE);
  feed.use((socket, next) => {
    if ((socket.handshake.auth as { credential?: string }).credential === credential) return next();
    const error = new Error('refused') as Error & { data: unknown };
    error.data = { code: 'auth.invalid', message: 'wrong credential' };
    next(error);
  });
  feed.on('connection', (socket) => {
    socket.on('feed:subscribe', (request: SubscribeRequest, ack: (...answer: unknown[]) => void) => {
      subscriptions.push(request);
      const channels = request.channels.map((c) => c.channel);
      const proper: SubscribeAck = { accepted: channels.filter((c) => !refuse.includes(c)), refused: channels.filter((c) => refuse.includes(c)).map((channel) => ({ channel, reason: 'not entitled' })) };
      const scripted = answer ? answer(request, subscriptions.length) : proper;
      if (scripted !== NO_ANSWER) ack(...(scripted === undefined ? [] : [scripted]));
      current = socket;
      for (const resolve of waiting) resolve(socket);
      waiting = [];
    });
    socket.on('feed:resync', ({ channel }: { channel: string }) => resyncs.push(channel));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connected: () => (current?.connected ? Promise.resolve(current) : new Promise((resolve) => waiting.push(resolve))),
    subscriptions,
    resyncs,
    async close() {
      await io.close();
      http.closeAllConnections();
    },
  };
}
