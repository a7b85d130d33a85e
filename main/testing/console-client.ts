import { randomUUID } from 'node:crypto';
import { io as connect, type Socket } from 'socket.io-client';
import type { CommandAnswer, RoomStatus } from '../../src/protocol/control/index.js';

export interface ConsoleClient {
  socket: Socket;
  statuses: RoomStatus[];
  ended: { reason: string; message: string }[];
  /** Sends a command (a fresh request id unless one is given) and resolves to the hub's answer. */
  command(name: string, payload: unknown, requestId?: string): Promise<CommandAnswer>;
  /** Sends anything as a command envelope (for malformed and oversized ones). */
  raw(envelope: unknown): Promise<CommandAnswer>;
  close(): void;
}

/** A console on a real socket: signs in with a credential, records the room status it is sent. */
export async function connectConsole(url: string, credential: string): Promise<ConsoleClient> {
  const socket = connect(`${url}/control`, { auth: { credential }, transports: ['websocket'], forceNew: true, reconnection: false });
  const client: ConsoleClient = {
    socket,
    statuses: [],
    ended: [],
    command: (name, payload, requestId = randomUUID()) => socket.timeout(10_000).emitWithAck('command', { requestId, name, payload }) as Promise<CommandAnswer>,
    raw: (envelope) => socket.timeout(10_000).emitWithAck('command', envelope) as Promise<CommandAnswer>,
    close: () => socket.close(),
  };
  socket.on('room:status', (status: RoomStatus) => client.statuses.push(status));
  socket.on('signin:ended', (ended: { reason: string; message: string }) => client.ended.push(ended));
  await new Promise<void>((resolve, reject) => {
    socket.once('room:status', () => resolve());
    socket.once('connect_error', (error: Error & { data?: { code?: string } }) => reject(Object.assign(new Error(error.data?.code ?? error.message), { code: error.data?.code })));
  });
  return client;
}
