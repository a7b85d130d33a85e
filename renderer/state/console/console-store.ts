import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createConnectionSlice, type ConnectionSlice } from '../connection-slice.js';
import { createCommandsSlice, type CommandsSlice } from './commands-slice.js';
import { createRoomSlice, type RoomSlice } from './room-slice.js';
import { createSignInSlice, type SignInSlice } from './sign-in-slice.js';

/** The console app's one store, built from slices. */
export type ConsoleState = ConnectionSlice & RoomSlice & SignInSlice & CommandsSlice;
export type ConsoleStore = StoreApi<ConsoleState>;

export function createConsoleStore(): ConsoleStore {
  return createStore<ConsoleState>()((...args) => ({
    ...createConnectionSlice(...args),
    ...createRoomSlice(...args),
    ...createSignInSlice(...args),
    ...createCommandsSlice(...args),
  }));
}

const ConsoleStoreContext = createContext<ConsoleStore | null>(null);

export function ConsoleStoreProvider({ store, children }: { store: ConsoleStore; children: ReactNode }) {
  return createElement(ConsoleStoreContext.Provider, { value: store }, children);
}

export function useConsoleStore(): ConsoleStore {
  const store = useContext(ConsoleStoreContext);
  if (!store) throw new Error('useConsole needs a <ConsoleStoreProvider>');
  return store;
}

export function useConsole<T>(selector: (state: ConsoleState) => T): T {
  return useStore(useConsoleStore(), selector);
}
