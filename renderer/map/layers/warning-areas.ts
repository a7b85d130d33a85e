import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import { PathLayer, PolygonLayer } from '@deck.gl/layers';
import type { Position } from 'geojson';
import type { WarningAreasLayerOptions } from '../../../src/layout/panel-kinds/map.js';
import type { HeldReport } from '../../../src/protocol/wall/index.js';
import type { ChannelData } from '../../state/wall/feed-data.js';
import { categoryOf, EVENT_STYLE, type Severity } from '../event-style.js';
import type { DataInput, DrawContext, Rgba } from './draw-context.js';

export interface WarningZone {
  id: string;
  /** Outer ring first, then holes. */
  polygon: Position[][];
  colour: [number, number, number];
  severity: Severity;
  /** A forecast cone (a storm's zone with a forecast track) is drawn dashed. */
  forecast: boolean;
}

export interface WarningTrack {
  id: string;
  path: Position[];
  colour: [number, number, number];
  forecast: boolean;
}

const FILL_ALPHA: Readonly<Record<Severity, number>> = { info: 30, minor: 40, moderate: 55, severe: 70, extreme: 90 };
const DASHED = new PathStyleExtension({ dash: true });

/**
 * Warning areas from reports that carry a shape (feed protocol: report.shape): a storm's track — solid where
 * it has been, dashed where it is forecast — and its cone, flood and landslide zones, fire perimeters; filled
 * lightly in the category's colour, stronger with severity, outlined.
 */
export class WarningAreasModel {
  zones: WarningZone[] = [];
  tracks: WarningTrack[] = [];
  private versions = new Map<string, number | undefined>();
  private readonly kinds: ReadonlySet<string> | null;

  constructor(
    readonly id: string,
    readonly options: WarningAreasLayerOptions,
  ) {
    this.kinds = options.kinds ? new Set(options.kinds) : null;
  }

  update({ channels }: DataInput): boolean {
    if (!this.options.channels.some((name) => channels[name]?.reportsVersion !== this.versions.get(name))) return false;
    for (const name of this.options.channels) this.versions.set(name, channels[name]?.reportsVersion);
    const zones: WarningZone[] = [];
    const tracks: WarningTrack[] = [];
    for (const name of this.options.channels) {
      for (const report of reportsOf(channels[name])) {
        if (!report.shape || (this.kinds && !this.kinds.has(report.kind))) continue;
        this.add(report, zones, tracks);
      }
    }
    this.zones = zones;
    this.tracks = tracks;
    return true;
  }

  layers(context: DrawContext) {
    const zoneWidth = Math.max(2, context.minTextPx / 10);
    return [
      new PolygonLayer<WarningZone>({
        id: `${this.id}-zones`,
        data: this.zones,
        getPolygon: (zone) => zone.polygon,
        getFillColor: (zone): Rgba => [...zone.colour, FILL_ALPHA[zone.severity]],
        getLineColor: (zone): Rgba => [...zone.colour, 255],
        lineWidthUnits: 'pixels',
        getLineWidth: zoneWidth,
        stroked: true,
        filled: true,
        extensions: [...context.extensions],
      }),
      new PathLayer<WarningTrack, PathStyleExtensionProps<WarningTrack>>({
        id: `${this.id}-tracks`,
        data: this.tracks,
        getPath: (track) => track.path as [number, number][],
        getColor: (track): Rgba => [...track.colour, 255],
        widthUnits: 'pixels',
        getWidth: zoneWidth * 1.5,
        // Forecast stretches dashed: what has not happened yet must not look like what has.
        getDashArray: (track: WarningTrack): [number, number] => (track.forecast ? [3, 2] : [0, 0]),
        dashJustified: true,
        capRounded: true,
        jointRounded: true,
        extensions: [DASHED, ...context.extensions],
      }),
    ];
  }

  private add(report: HeldReport, zones: WarningZone[], tracks: WarningTrack[]): void {
    const shape = report.shape!;
    const colour = [...EVENT_STYLE[categoryOf(report.kind)].colour] as [number, number, number];
    const severity: Severity = report.severity ?? 'info';
    const track = shape.track;
    const hasForecast = track?.forecastFrom !== undefined;
    if (shape.zone) {
      const polygons = shape.zone.type === 'Polygon' ? [shape.zone.coordinates] : shape.zone.coordinates;
      polygons.forEach((polygon, i) => zones.push({ id: `${report.id}#${i}`, polygon, colour, severity, forecast: hasForecast }));
    }
    if (track) {
      // forecastFrom is the first forecast position: the dashed part starts at the last observed one, so the two join.
      const from = track.forecastFrom ?? track.coordinates.length;
      const past = track.coordinates.slice(0, from);
      if (past.length >= 2) tracks.push({ id: `${report.id}#past`, path: past, colour, forecast: false });
      const forecast = track.coordinates.slice(Math.max(0, from - 1));
      if (this.options.forecast && hasForecast && forecast.length >= 2) tracks.push({ id: `${report.id}#forecast`, path: forecast, colour, forecast: true });
    }
    if (!this.options.forecast && hasForecast) {
      // Without the forecast, a storm's cone goes too.
      for (let i = zones.length - 1; i >= 0 && zones[i]!.id.startsWith(`${report.id}#`); i--) zones.splice(i, 1);
    }
  }
}

function reportsOf(data: ChannelData | undefined): Iterable<HeldReport> {
  return data?.reports.values() ?? [];
}
