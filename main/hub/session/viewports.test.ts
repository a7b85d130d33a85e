import { describe, expect, it } from 'vitest';
import { displayViewports } from './viewports.js';

describe('displayViewports', () => {
  it('gives each display its part of its wall, by position or in order', () => {
    const viewports = displayViewports({
      walls: [
        { id: 'main', name: 'Main', arrangement: { columns: 3, rows: 2 }, displays: [{ id: 'm5', name: 'M5', position: { column: 2, row: 2 } }] },
        { id: 'side', name: 'Side', displays: [{ id: 's1', name: 'S1' }, { id: 's2', name: 'S2' }] },
      ],
    });
    expect(viewports.get('m5')).toEqual({ x: 1 / 3, y: 0.5, width: 1 / 3, height: 0.5 });
    expect(viewports.get('s2')).toEqual({ x: 0.5, y: 0, width: 0.5, height: 1 });
  });
});
