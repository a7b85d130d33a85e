import { io as connect, type Socket } from 'socket.io-client';
import type { CommitMessage, DisplayAssignment, MapFocus, PrepareAnswer, PrepareMessage } from '../../src/protocol/wall/index.js';

export interface FakeDisplay {
  socket: Socket;
  assignments: DisplayAssignment[];
  prepared: PrepareMessage[];
  commits: CommitMessage[];
  aborts: { switchId: string; reason: string }[];
  reloads: { reason: string }[];
  focuses: MapFocus[];
  /** What the display shows now (the last assignment, or the prepared one once committed). */
  showing(): DisplayAssignment | undefined;
  close(): void;
}

/**
 * A display page stand-in on a real socket: answers prepare with ready (after `readyMs`), or never
 * (`frozen`, a page whose script stopped), and takes the commit like a page does.
 */
export async function connectFakeDisplay(url: string, credential: string, displayId: string, options: { readyMs?: number; frozen?: boolean } = {}): Promise<FakeDisplay> {
  const socket = connect(`${url}/wall`, { auth: { credential, displayId }, transports: ['websocket'], forceNew: true, reconnection: false });
  const display: FakeDisplay = {
    socket,
    assignments: [],
    prepared: [],
    commits: [],
    aborts: [],
    reloads: [],
    focuses: [],
    showing: () => display.assignments.at(-1),
    close: () => socket.close(),
  };
  const pending = new Map<string, DisplayAssignment>();
  socket.on('display:assignment', (assignment: DisplayAssignment) => display.assignments.push(assignment));
  socket.on('display:prepare', (message: PrepareMessage, answer: (value: PrepareAnswer) => void) => {
    display.prepared.push(message);
    if (options.frozen) return;
    pending.set(message.switchId, message.assignment);
    setTimeout(() => answer({ ready: true, switchId: message.switchId, preparedMs: options.readyMs ?? 5 }), options.readyMs ?? 5);
  });
  socket.on('display:commit', (message: CommitMessage) => {
    display.commits.push(message);
    const assignment = pending.get(message.switchId);
    if (assignment) display.assignments.push(assignment);
  });
  socket.on('display:abort', (message: { switchId: string; reason: string }) => display.aborts.push(message));
  socket.on('display:reload', (message: { reason: string }) => display.reloads.push(message));
  socket.on('map:focus', (focus: MapFocus) => display.focuses.push(focus));
  await new Promise<void>((resolve, reject) => {
    socket.once('display:assignment', () => resolve());
    socket.once('connect_error', reject);
  });
  return display;
}
