import { IconLayer } from '@deck.gl/layers';
import type { Texture } from '@luma.gl/core';
import { areaByCode } from '../../../src/domain/areas/index.js';
import type { EventsLayerOptions } from '../../../src/layout/panel-kinds/map.js';
import type { HeldReport } from '../../../src/protocol/wall/index.js';
import type { ChannelData } from '../../state/wall/feed-data.js';
import { ageOpacity, categoryOf, SEVERITIES, SEVERITY_SCALE, type EventCategory, type Severity } from '../event-style.js';
import type { Geodata } from '../geodata.js';
import { markerAtlas } from '../marker-atlas.js';
import type { DataInput, DrawContext } from './draw-context.js';

/** One event on the map. */
export interface MapEvent {
  id: string;
  area: string;
  position: [number, number];
  /** Placed at its province's label point: the report gave no location. */
  approximate: boolean;
  category: EventCategory;
  severity: Severity;
  occurredAt: number;
  title: string;
}

const MINUTE = 60_000;

/**
 * Point events from reports (accidents, congestion, fires, landslides, disasters and rescues, warnings):
 * sized by severity, coloured and shaped by category, fading with age, gone past the layer's maximum age.
 * The events array is rebuilt when a channel's reports change; the colours (ages) once a minute, through
 * `updateTriggers`. A new severe or extreme event pulses for `pulseMinutes` (drawn by the panel as a CSS
 * ring, so the WebGL canvas does not redraw every frame for it).
 */
export class EventsModel {
  events: MapEvent[] = [];
  private versions = new Map<string, ChannelData | undefined>();
  private minute = 0;
  private readonly kinds: ReadonlySet<string> | null;
  private readonly minSeverity: number;

  constructor(
    readonly id: string,
    readonly options: EventsLayerOptions,
    private readonly geodata: Geodata,
  ) {
    this.kinds = options.kinds ? new Set(options.kinds) : null;
    this.minSeverity = SEVERITIES.indexOf(options.minSeverity);
  }

  update({ channels, now }: DataInput): boolean {
    const minute = Math.floor(now / MINUTE);
    const changed = this.options.channels.some((name) => channels[name]?.reportsVersion !== this.versions.get(name)?.reportsVersion || channels[name]?.epoch !== this.versions.get(name)?.epoch);
    if (!changed && minute === this.minute) return false;
    this.minute = minute;
    for (const name of this.options.channels) this.versions.set(name, channels[name]);
    const maxAge = this.options.maxAgeHours * 3_600_000;
    const events: MapEvent[] = [];
    for (const name of this.options.channels) {
      for (const report of channels[name]?.reports.values() ?? []) {
        const event = this.eventOf(report, now, maxAge);
        if (event) events.push(event);
      }
    }
    // Oldest first, so the newest draw on top.
    events.sort((a, b) => a.occurredAt - b.occurredAt);
    this.events = events;
    return true;
  }

  /** New severe events, for the pulsing rings. */
  pulsing(now: number): MapEvent[] {
    const window = this.options.pulseMinutes * MINUTE;
    if (window === 0) return [];
    return this.events.filter((event) => (event.severity === 'severe' || event.severity === 'extreme') && now - event.occurredAt < window);
  }

  layer(context: DrawContext, now: number) {
    const atlas = markerAtlas();
    const maxAge = this.options.maxAgeHours * 3_600_000;
    return new IconLayer<MapEvent>({
      id: this.id,
      data: this.events,
      // deck.gl turns a canvas into a texture itself (no image URL, so no request).
      iconAtlas: atlas.canvas as unknown as Texture,
      iconMapping: atlas.mapping,
      getIcon: (event) => event.category,
      getPosition: (event) => event.position,
      sizeUnits: 'pixels',
      getSize: (event) => context.minTextPx * SEVERITY_SCALE[event.severity],
      getColor: (event) => [255, 255, 255, Math.round(255 * ageOpacity(now - event.occurredAt, maxAge))],
      updateTriggers: { getColor: this.minute, getSize: context.minTextPx },
      extensions: [...context.extensions],
      pickable: false,
    });
  }

  private eventOf(report: HeldReport, now: number, maxAge: number): MapEvent | null {
    if (this.kinds && !this.kinds.has(report.kind)) return null;
    const severity: Severity = report.severity ?? 'info';
    if (SEVERITIES.indexOf(severity) < this.minSeverity) return null;
    const occurredAt = Date.parse(report.occurredAt);
    if (Number.isNaN(occurredAt) || now - occurredAt > maxAge) return null;
    let position: [number, number] | null = report.location ? [report.location.lon, report.location.lat] : null;
    const approximate = position === null;
    if (!position) {
      // No location: the province's label point, marked approximate; a national item has no place on the map.
      const area = areaByCode(report.area);
      const feature = area && (area.set === 'units34' || area.set === 'units63') ? this.geodata.sets[area.set].byCode.get(report.area) : undefined;
      if (!feature) return null;
      position = feature.properties.label;
    }
    return { id: report.id, area: report.area, position, approximate, category: categoryOf(report.kind), severity, occurredAt, title: report.title };
  }
}
