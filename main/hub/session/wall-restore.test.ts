import { describe, expect, it } from 'vitest';
import type { RoomTopology } from '../room/topology.js';
import { restoreSwitches } from './wall-restore.js';

const topology: RoomTopology = {
  walls: [
    { id: 'main', name: 'Main', displays: [{ id: 'm1', name: 'M1' }, { id: 'm2', name: 'M2' }] },
    { id: 'side', name: 'Side', displays: [{ id: 's1', name: 'S1' }, { id: 's2', name: 'S2' }] },
  ],
};

describe('restoreSwitches', () => {
  it('puts the whole room back in one switch when every display showed one layout', () => {
    expect(restoreSwitches(new Map([['m1', 'a'], ['m2', 'a'], ['s1', 'a'], ['s2', 'a']]), topology)).toEqual([{ target: { kind: 'room' }, layoutId: 'a' }]);
  });

  it('goes wall by wall, then display by display, when they differed', () => {
    expect(restoreSwitches(new Map([['m1', 'a'], ['m2', 'a'], ['s1', 'b'], ['s2', 'c']]), topology)).toEqual([
      { target: { kind: 'wall', wallId: 'main' }, layoutId: 'a' },
      { target: { kind: 'display', displayId: 's1' }, layoutId: 'b' },
      { target: { kind: 'display', displayId: 's2' }, layoutId: 'c' },
    ]);
  });
});
