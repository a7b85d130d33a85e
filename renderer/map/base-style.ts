import { addProtocol, type Map as MapLibreMap, type LayerSpecification, type StyleSpecification } from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import type { AreaSet } from '../../src/domain/areas/index.js';
import type { MapBase } from '../../src/protocol/wall/index.js';
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

let pmtilesProtocol = false;

/**
 * The style of a map over the room's own base map (room config map.base): raster tiles (from URLs or a
 * PMTiles archive) under the provinces' borders, or an internal style document, to which the borders are
 * added once it has loaded (see addUnitsTo). The provinces are then not filled, so the base shows.
 */
export function styleOver(base: MapBase, geodata: Geodata, set: AreaSet): StyleSpecification | string {
  if ('style' in base) return base.style;
  if ('pmtiles' in base && !pmtilesProtocol) {
    addProtocol('pmtiles', new Protocol().tile);
    pmtilesProtocol = true;
  }
  const raster = 'pmtiles' in base ? { type: 'raster' as const, url: `pmtiles://${base.pmtiles}`, tileSize: 256 } : { type: 'raster' as const, tiles: base.tiles, tileSize: base.tileSize, maxzoom: base.maxZoom };
  return {
    version: 8,
    name: 'OpsWall Viet Nam over the room base map',
    sources: { base: raster, ...unitSources(geodata) },
    layers: [{ id: 'sea', type: 'background', paint: { 'background-color': BASE_COLOURS.sea } }, { id: 'base', type: 'raster', source: 'base' }, ...unitLayers(set, false)],
  };
}

/** Adds the provinces' borders to a style that came from a server (after each load of it). */
export function addUnitsTo(map: MapLibreMap, geodata: Geodata, set: AreaSet): void {
  for (const [id, source] of Object.entries(unitSources(geodata))) if (!map.getSource(id)) map.addSource(id, source);
  for (const layer of unitLayers(set, false)) if (!map.getLayer(layer.id)) map.addLayer(layer);
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
export function unitLayers(set: AreaSet, filled = true): LayerSpecification[] {
  return (['units34', 'units63'] as const).flatMap((source): LayerSpecification[] => {
    const visibility = source === set ? 'visible' : 'none';
    return [
      { id: `${source}-fill`, type: 'fill', source, layout: { visibility }, paint: { 'fill-color': BASE_COLOURS.land, 'fill-opacity': filled ? 1 : 0 } },
      { id: `${source}-line`, type: 'line', source, layout: { visibility, 'line-join': 'round' }, paint: { 'line-color': BASE_COLOURS.border, 'line-width': 1.2 } },
    ];
  });
}

/** Shows one set's provinces and hides the other's. */
export function unitVisibility(set: AreaSet): Record<string, 'visible' | 'none'> {
  const other = set === 'units34' ? 'units63' : 'units34';
  return { [`${set}-fill`]: 'visible', [`${set}-line`]: 'visible', [`${other}-fill`]: 'none', [`${other}-line`]: 'none' };
}
