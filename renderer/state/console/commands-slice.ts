import type { StateCreator } from 'zustand/vanilla';
import type { CommandAnswer, CommandName, CommandPayload } from '../../../src/protocol/control/commands.js';

export type SendCommand = <Name extends CommandName>(name: Name, payload: CommandPayload<Name>) => Promise<CommandAnswer>;

/** A line the console shows after a command: what was done, or why the hub refused it. */
export interface CommandNotice {
  id: number;
  tone: 'ok' | 'critical';
  text: string;
  at: number;
}

/** Sending commands to the hub (the live connection provides `send`), and what came of them. */
export interface CommandsSlice {
  send: SendCommand | null;
  notices: readonly CommandNotice[];
  setSender(send: SendCommand | null): void;
  notify(tone: CommandNotice['tone'], text: string, now: number): void;
  dismissNotice(id: number): void;
}

let nextNotice = 1;

export const createCommandsSlice: StateCreator<CommandsSlice> = (set) => ({
  send: null,
  notices: [],
  setSender: (send) => set({ send }),
  notify: (tone, text, now) => set(({ notices }) => ({ notices: [{ id: nextNotice++, tone, text, at: now }, ...notices].slice(0, 5) })),
  dismissNotice: (id) => set(({ notices }) => ({ notices: notices.filter((notice) => notice.id !== id) })),
});
