import { GeoJsonLayer } from '@deck.gl/layers';
import { areaByCode } from '../../../src/domain/areas/index.js';
import type { UnitFeature } from '../geodata.js';
import type { DrawContext, Rgba } from './draw-context.js';

const DIM: Rgba = [4, 7, 13, 120];
const CLEAR: Rgba = [0, 0, 0, 0];
const OUTLINE: Rgba = [92, 192, 240, 255];

/**
 * The province in focus: the others dimmed, its outline drawn thick in the accent colour. Same features as
 * the choropleth (a stable reference); a focus change is an `updateTriggers` change, not a new layer. The
 * outline is the focus's own unit, whichever set it is in (a 63-unit province on a map of the 34, too).
 */
export function focusLayer(id: string, focus: string, context: DrawContext) {
  const set = areaByCode(focus)?.set === 'units63' ? 'units63' : 'units34';
  const features = context.geodata.sets[set].features as UnitFeature[];
  return new GeoJsonLayer<UnitFeature['properties']>({
    id,
    data: features,
    filled: true,
    stroked: true,
    getFillColor: (feature) => (feature.properties.code === focus ? CLEAR : DIM),
    getLineColor: (feature) => (feature.properties.code === focus ? OUTLINE : CLEAR),
    getLineWidth: (feature) => (feature.properties.code === focus ? Math.max(3, context.minTextPx / 6) : 0),
    lineWidthUnits: 'pixels',
    updateTriggers: { getFillColor: focus, getLineColor: focus, getLineWidth: [focus, context.minTextPx] },
    extensions: [...context.extensions],
  } as ConstructorParameters<typeof GeoJsonLayer<UnitFeature['properties']>>[0]);
}
