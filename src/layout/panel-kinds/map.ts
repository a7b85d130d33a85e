import { z } from 'zod';
import { CHANNEL_NAMES, CHANNELS, metricSpec } from '../../protocol/feed/channels.js';
import { definePanelKind } from './define.js';
import { layerChannels, mapLayerSchema } from './map/layers.js';
import { mapFocusOptionSchema, mapViewSchema } from './map/views.js';

const focusFigure = z
  .strictObject({
    channel: z.enum(CHANNEL_NAMES as [string, ...string[]]),
    metric: z.string().min(1).max(80),
    label: z.string().min(1).max(80).optional(),
  })
  .superRefine((figure, context) => {
    const spec = CHANNELS.get(figure.channel);
    if (spec && !metricSpec(spec, figure.metric)) context.addIssue({ code: 'custom', path: ['metric'], message: `"${figure.metric}" is not a metric of ${figure.channel}` });
  });

/**
 * The map of Viet Nam (docs/map.md): the 34 or 63 provinces with Hoàng Sa and Trường Sa, drawn offline,
 * with live layers on top. `mosaic`: this panel is one tile of a map spread over several displays (all
 * tiles the same size, the same layers); each draws its part of one view, and the tile in the top row's
 * last column carries the focus card.
 */
export const mapOptions = z
  .strictObject({
    view: mapViewSchema.default('country'),
    layers: z.array(mapLayerSchema).max(8, 'must have at most 8 layers').default([]),
    /** Province names on the map; "names-and-values" adds the first choropleth's figure. */
    labels: z.enum(['names', 'names-and-values', 'none']).default('names'),
    legend: z.boolean().default(true),
    /** Where the legend sits over the map: over sea or neighbouring land, so it hides no province. */
    legendAt: z.enum(['bottom-left', 'bottom-right', 'top-left', 'top-right']).default('bottom-left'),
    /**
     * Which layers the legend explains (default: all). Read from far, a legend is large: a wall may keep
     * only the choropleth's key, whose period and source every figure needs.
     */
    legendKeys: z.array(z.enum(['choropleth', 'events', 'aqi', 'warning-areas'])).min(1).optional(),
    /** One province zoomed to and highlighted, its key figures beside it (also a runtime command). */
    focus: mapFocusOptionSchema.optional(),
    /** Figures shown beside a province in focus, besides the choropleths' own. */
    focusFigures: z.array(focusFigure).max(6).default([]),
    mosaic: z
      .strictObject({
        columns: z.number().int().min(1).max(8),
        rows: z.number().int().min(1).max(8),
        column: z.number().int().min(1).max(8),
        row: z.number().int().min(1).max(8),
      })
      .refine((mosaic) => mosaic.column <= mosaic.columns && mosaic.row <= mosaic.rows, 'column and row must lie within columns and rows')
      .optional(),
  })
  .superRefine((options, context) => {
    const choropleths = options.layers.filter((layer) => layer.type === 'choropleth').length;
    if (options.labels === 'names-and-values' && choropleths === 0) context.addIssue({ code: 'custom', path: ['labels'], message: '"names-and-values" needs a choropleth layer' });
  });

export type MapOptions = z.output<typeof mapOptions>;

export const mapKind = definePanelKind({
  kind: 'map',
  title: { vi: 'Bản đồ Việt Nam', en: 'Map of Viet Nam' },
  optionsVersion: 1,
  options: mapOptions,
  migrations: {},
  channels: (options) => [...new Set([...options.layers.flatMap(layerChannels), ...options.focusFigures.map((figure) => figure.channel)])],
  // The legend: its title, one line a class, "no figure", the period; source and times in small print.
  textNeeds: (options) => {
    const choropleth = options.layers.find((layer) => layer.type === 'choropleth');
    if (!options.legend || !choropleth) return { lines: 0, smallPrintLines: 0 };
    return { lines: 3 + choropleth.classes, smallPrintLines: 3 };
  },
});

export * from './map/layers.js';
export * from './map/palettes.js';
export * from './map/views.js';
