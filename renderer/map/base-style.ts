import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { AreaSet } from '../../src/domain/areas/index.js';
import type { Geodata } from './geodata.js';

/**
 * The base map, built in code from the bundled boundaries: no tiles, no glyphs, no sprites, no network.
 * Dark and high-contrast: the sea a deep blue, neighbouring countries dimmed, Viet Nam's provinces lighter,
 * their borders clear. Names are drawn by deck.gl (labels.ts), so the style has no text layers at all.
 */
export const BASE_COLOURS = {
  sea: '#071a2e',
  neighbour: '#141d2a',
  neighbourLine: '#2b3a4f',
  land: '#25344a',
  border: '#7b8fae',
  coast: '#9fb4d3',
} as const;

export function baseStyle(geodata: Geodata, set: AreaSet): StyleSpecification {
  return {
    version: 8,
    name: 'OpsWall Viet Nam',
    sources: {
      neighbours: { type: 'geojson', data: geodata.neighbours },
      ...unitSources(geodata),
    },
    layers: [{ id: 'sea', type: 'background', paint: { 'background-color': BASE_COLOURS.sea } }, ...neighbourLayers(), ...unitLayers(set)],
  };
}

export function unitSources(geodata: Geodata): StyleSpecification['sources'] {
  return {
    units34: { type: 'geojson', data: geodata.sets.units34.collection },
    units63: { type: 'geojson', data: geodata.sets.units63.collection },
  };
}

function neighbourLayers(): LayerSpecification[] {
  return [
    { id: 'neighbours-fill', type: 'fill', source: 'neighbours', paint: { 'fill-color': BASE_COLOURS.neighbour } },
    { id: 'neighbours-line', type: 'line', source: 'neighbours', paint: { 'line-color': BASE_COLOURS.neighbourLine, 'line-width': 1 } },
  ];
}

/** The provinces of both sets; only the set on the map is visible (switching is a visibility change). */
export function unitLayers(set: AreaSet): LayerSpecification[] {
  return (['units34', 'units63'] as const).flatMap((source): LayerSpecification[] => {
    const visibility = source === set ? 'visible' : 'none';
    return [
      { id: `${source}-fill`, type: 'fill', source, layout: { visibility }, paint: { 'fill-color': BASE_COLOURS.land } },
      { id: `${source}-line`, type: 'line', source, layout: { visibility, 'line-join': 'round' }, paint: { 'line-color': BASE_COLOURS.border, 'line-width': 1.2 } },
    ];
  });
}

/** Shows one set's provinces and hides the other's. */
export function unitVisibility(set: AreaSet): Record<string, 'visible' | 'none'> {
  const other = set === 'units34' ? 'units63' : 'units34';
  return { [`${set}-fill`]: 'visible', [`${set}-line`]: 'visible', [`${other}-fill`]: 'none', [`${other}-line`]: 'none' };
}
