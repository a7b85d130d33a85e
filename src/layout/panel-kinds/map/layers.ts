import { z } from 'zod';
import { CHANNEL_NAMES, CHANNELS, metricSpec } from '../../../protocol/feed/channels.js';
import { FREQUENCIES } from '../../../protocol/feed/provenance.js';
import { MAP_PALETTE_NAMES } from './palettes.js';

/**
 * The layers a map panel may draw, chosen per panel in the layout (Grafana style: each with its options
 * schema and defaults, every error naming its field). Channels and metrics are checked against the feed's
 * catalogue, report kinds against the channels' kinds.
 */

const channel = z.enum(CHANNEL_NAMES as [string, ...string[]], { error: `must be a feed channel (${CHANNEL_NAMES.join(', ')})` });
const channelsWithReports = CHANNEL_NAMES.filter((name) => (CHANNELS.get(name)?.reportKinds.length ?? 0) > 0);
const reportChannel = z.enum(channelsWithReports as [string, ...string[]], { error: `must be a channel that carries reports (${channelsWithReports.join(', ')})` });

export const CLASS_METHODS = ['quantile', 'equal', 'manual'] as const;

const choroplethLayer = z
  .strictObject({
    type: z.literal('choropleth'),
    channel,
    metric: z.string().min(1).max(80),
    /** Which set of provinces: "auto" takes it from the data (the set of the newest figures: 34 now, 63 for history). */
    areaSet: z.enum(['auto', 'units34', 'units63']).default('auto'),
    /** Only figures of this frequency (e.g. "day"); default: the frequency of the newest figure. */
    frequency: z.enum(FREQUENCIES).optional(),
    /** A historical map: the newest period ending on or before this date (e.g. "2024-12-31": the 63 provinces' year 2024). */
    asOf: z.iso.date({ error: 'must be a date, YYYY-MM-DD' }).optional(),
    classes: z.number().int('must be a whole number').min(2, 'must be at least 2').max(9, 'must be at most 9').default(5),
    method: z.enum(CLASS_METHODS).default('quantile'),
    /** Manual method: the class limits, ascending, one fewer than the classes. */
    thresholds: z.array(z.number()).max(8).optional(),
    palette: z.enum(MAP_PALETTE_NAMES).default('magma'),
    /** Which way is better, for the legend's words ("more is worse"). */
    better: z.enum(['up', 'down', 'neither']).default('neither'),
    opacity: z.number().min(0.2).max(1).default(0.9),
  })
  .superRefine((layer, context) => {
    const spec = CHANNELS.get(layer.channel);
    if (spec && !metricSpec(spec, layer.metric)) {
      context.addIssue({ code: 'custom', path: ['metric'], message: `"${layer.metric}" is not a metric of ${layer.channel} (metrics: ${Object.keys(spec.metrics).join(', ')})` });
    }
    if (spec && !spec.areas.includes('units34') && !spec.areas.includes('units63')) {
      context.addIssue({ code: 'custom', path: ['channel'], message: `${layer.channel} has no figures per province` });
    }
    if (layer.method === 'manual') {
      const thresholds = layer.thresholds;
      if (!thresholds) context.addIssue({ code: 'custom', path: ['thresholds'], message: `the manual method needs ${layer.classes - 1} thresholds` });
      else if (thresholds.length !== layer.classes - 1) context.addIssue({ code: 'custom', path: ['thresholds'], message: `must list ${layer.classes - 1} thresholds for ${layer.classes} classes (got ${thresholds.length})` });
      else if (thresholds.some((value, i) => i > 0 && value <= thresholds[i - 1]!)) context.addIssue({ code: 'custom', path: ['thresholds'], message: 'must be strictly ascending' });
    } else if (layer.thresholds) {
      context.addIssue({ code: 'custom', path: ['thresholds'], message: `thresholds are only for the manual method (method is "${layer.method}")` });
    }
  });

/** Report kinds of the given channels. */
export function reportKindsOf(channels: readonly string[]): string[] {
  return channels.flatMap((name) => CHANNELS.get(name)?.reportKinds ?? []);
}

function checkKinds(channels: readonly string[], kinds: readonly string[] | undefined, context: z.RefinementCtx): void {
  if (!kinds) return;
  const known = new Set(reportKindsOf(channels));
  kinds.forEach((kind, i) => {
    if (!known.has(kind)) context.addIssue({ code: 'custom', path: ['kinds', i], message: `"${kind}" is not a report kind of ${channels.join(', ')} (kinds: ${[...known].join(', ')})` });
  });
}

const reportChannels = z.array(reportChannel).min(1, 'must name at least one channel').max(12);
const kinds = z.array(z.string().min(1).max(80)).min(1).max(40).optional();

const eventsLayer = z
  .strictObject({
    type: z.literal('events'),
    channels: reportChannels,
    /** Only these report kinds (default: every kind of the channels). */
    kinds,
    /** Events older than this (by when they occurred) leave the map; they fade as they age. */
    maxAgeHours: z.number().min(1).max(24 * 30).default(24),
    /** A new severe or extreme event pulses this long. */
    pulseMinutes: z.number().min(0).max(24 * 60).default(30),
    minSeverity: z.enum(['info', 'minor', 'moderate', 'severe', 'extreme']).default('info'),
  })
  .superRefine((layer, context) => checkKinds(layer.channels, layer.kinds, context));

const aqiLayer = z.strictObject({
  type: z.literal('aqi'),
  /** Show the level's name beside the index (Tốt, Trung bình …). */
  levelNames: z.boolean().default(true),
});

const densityLayer = z
  .strictObject({
    type: z.literal('density'),
    channels: reportChannels,
    kinds,
    style: z.enum(['heatmap', 'hexagon']).default('hexagon'),
    /** Hexagon size, or the heatmap's reach, in kilometres. */
    radiusKm: z.number().min(1).max(200).default(20),
    maxAgeHours: z.number().min(1).max(24 * 365).default(24 * 7),
  })
  .superRefine((layer, context) => checkKinds(layer.channels, layer.kinds, context));

const shapeChannels = CHANNEL_NAMES.filter((name) => CHANNELS.get(name)?.reportShapes === true);
const warningAreasLayer = z
  .strictObject({
    type: z.literal('warning-areas'),
    channels: z
      .array(z.enum(shapeChannels as [string, ...string[]], { error: `must be a channel whose reports carry areas (${shapeChannels.join(', ')})` }))
      .min(1)
      .max(8)
      .default(shapeChannels),
    kinds,
    /** Show the forecast part of a storm's track and its cone. */
    forecast: z.boolean().default(true),
  })
  .superRefine((layer, context) => checkKinds(layer.channels, layer.kinds, context));

export const mapLayerSchema = z.discriminatedUnion('type', [choroplethLayer, eventsLayer, aqiLayer, densityLayer, warningAreasLayer], {
  error: 'must have a "type": choropleth, events, aqi, density or warning-areas',
});

export type MapLayerOptions = z.output<typeof mapLayerSchema>;
export type ChoroplethLayerOptions = Extract<MapLayerOptions, { type: 'choropleth' }>;
export type EventsLayerOptions = Extract<MapLayerOptions, { type: 'events' }>;
export type AqiLayerOptions = Extract<MapLayerOptions, { type: 'aqi' }>;
export type DensityLayerOptions = Extract<MapLayerOptions, { type: 'density' }>;
export type WarningAreasLayerOptions = Extract<MapLayerOptions, { type: 'warning-areas' }>;

/** The feed channels a layer reads. */
export function layerChannels(layer: MapLayerOptions): string[] {
  switch (layer.type) {
    case 'choropleth':
      return [layer.channel];
    case 'aqi':
      return ['environment/aqi'];
    default:
      return [...layer.channels];
  }
}
