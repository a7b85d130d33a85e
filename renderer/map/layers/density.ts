import { HeatmapLayer, HexagonLayer } from '@deck.gl/aggregation-layers';
import { paletteColours, type DensityLayerOptions } from '../../../src/layout/panel-kinds/map.js';
import type { Geodata } from '../geodata.js';
import type { DataInput, DrawContext } from './draw-context.js';
import { EventsModel, type MapEvent } from './events.js';

/**
 * Dense events as density: hexagons (count per cell, in the magma ramp) or a heatmap. The points are the
 * events layer's, so they are placed and aged the same way; deck.gl aggregates them when they change.
 */
export class DensityModel {
  private readonly points: EventsModel;

  constructor(
    readonly id: string,
    readonly options: DensityLayerOptions,
    geodata: Geodata,
  ) {
    const { channels, kinds, maxAgeHours } = options;
    this.points = new EventsModel(`${id}-points`, { type: 'events', channels, kinds, maxAgeHours, pulseMinutes: 0, minSeverity: 'info' }, geodata);
  }

  get events(): readonly MapEvent[] {
    return this.points.events;
  }

  update(input: DataInput): boolean {
    return this.points.update(input);
  }

  layer(context: DrawContext) {
    const colorRange = paletteColours('magma', 6).map(([r, g, b]) => [r, g, b] as [number, number, number]);
    if (this.options.style === 'heatmap') {
      return new HeatmapLayer<MapEvent>({
        id: this.id,
        data: this.points.events,
        getPosition: (event) => event.position,
        radiusPixels: Math.max(4, Math.min(200, (this.options.radiusKm * 1000) / context.metresPerPixel)),
        colorRange,
        extensions: [...context.extensions],
      });
    }
    return new HexagonLayer<MapEvent>({
      id: this.id,
      data: this.points.events,
      getPosition: (event) => event.position,
      radius: this.options.radiusKm * 1000,
      colorRange,
      opacity: 0.75,
      extruded: false,
      coverage: 0.92,
      gpuAggregation: false,
      extensions: [...context.extensions],
    });
  }
}
