import { LayerExtension, type Layer } from '@deck.gl/core';

/**
 * Counts deck.gl layer initialisations and finalisations. deck.gl matches each frame's layer descriptions
 * to the live layers by id and keeps their state (buffers, attributes); a layer is initialised only when it
 * is new. The map's test asserts that live data never initialises a layer again (DESIGN §6, kepler.gl's
 * "every message rebuilds the layer"), and the panel reports the counts.
 */
export interface LayerStats {
  initialised: number;
  finalised: number;
}

export class LayerStatsExtension extends LayerExtension<{ stats: LayerStats }> {
  static override extensionName = 'LayerStatsExtension';

  override initializeState(this: Layer, _context: unknown, extension: LayerStatsExtension): void {
    extension.opts.stats.initialised++;
  }

  override finalizeState(this: Layer, _context: unknown, extension: LayerStatsExtension): void {
    extension.opts.stats.finalised++;
  }
}
