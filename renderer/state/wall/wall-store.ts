import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createAssignmentSlice, type AssignmentSlice } from './assignment-slice.js';
import { createConnectionSlice, type ConnectionSlice } from '../connection-slice.js';
import { createFeedSlice, type FeedSlice } from './feed-slice.js';
import { createHealthSlice, type HealthSlice } from './health-slice.js';
import { createMapFocusSlice, type MapFocusSlice } from './map-focus-slice.js';

/** The wall app's one store, built from slices. Components select narrowly with useWall(selector). */
export type WallState = ConnectionSlice & AssignmentSlice & HealthSlice & FeedSlice & MapFocusSlice;
export type WallStore = StoreApi<WallState>;

export function createWallStore(): WallStore {
  return createStore<WallState>()((...args) => ({
    ...createConnectionSlice(...args),
    ...createAssignmentSlice(...args),
    ...createHealthSlice(...args),
    ...createFeedSlice(...args),
    ...createMapFocusSlice(...args),
  }));
}

const WallStoreContext = createContext<WallStore | null>(null);

export function WallStoreProvider({ store, children }: { store: WallStore; children: ReactNode }) {
  return createElement(WallStoreContext.Provider, { value: store }, children);
}

export function useWallStore(): WallStore {
  const store = useContext(WallStoreContext);
  if (!store) throw new Error('useWall needs a <WallStoreProvider>');
  return store;
}

export function useWall<T>(selector: (state: WallState) => T): T {
  return useStore(useWallStore(), selector);
}
