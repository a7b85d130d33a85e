import { ScatterplotLayer } from '@deck.gl/layers';
import type { Island } from '../geodata.js';
import type { DrawContext, Rgba } from './draw-context.js';

const LAND: Rgba = [37, 52, 74, 255];
const COAST: Rgba = [159, 180, 211, 255];

/**
 * Hoàng Sa and Trường Sa as dots, one per island, in their province's colour with a light outline: at the
 * country's scale the islands are smaller than a pixel, and an official map must show them.
 */
export function islandsLayer(id: string, colourOf: ((code: string) => Rgba | undefined) | null, version: number, context: DrawContext) {
  return new ScatterplotLayer<Island>({
    id,
    data: context.geodata.sets[context.set].islands as Island[],
    getPosition: (island) => island.position,
    radiusUnits: 'pixels',
    getRadius: Math.max(3, context.minTextPx / 7),
    getFillColor: (island) => colourOf?.(island.code) ?? LAND,
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 1.5,
    getLineColor: COAST,
    updateTriggers: { getFillColor: version },
    extensions: [...context.extensions],
  });
}
