import type { Rgb } from '../../src/layout/panel-kinds/map.js';

/**
 * How an event looks on the map: its category by report kind, each with a colour (Okabe–Ito, lightened for
 * the dark map) and a shape — never colour alone — and a size by severity. The legend names the categories.
 */
export const EVENT_CATEGORIES = ['accident', 'congestion', 'fire', 'landslide', 'flood', 'storm', 'rescue', 'warning', 'other'] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'drop' | 'spiral' | 'cross' | 'chevron' | 'dot';

export const EVENT_STYLE: Readonly<Record<EventCategory, { colour: Rgb; shape: MarkerShape; vi: string; en: string }>> = {
  accident: { colour: [255, 116, 72], shape: 'circle', vi: 'Tai nạn nghiêm trọng', en: 'Serious accident' },
  congestion: { colour: [240, 228, 66], shape: 'square', vi: 'Ùn tắc', en: 'Congestion' },
  fire: { colour: [242, 177, 52], shape: 'triangle', vi: 'Cháy rừng', en: 'Forest fire' },
  landslide: { colour: [214, 140, 190], shape: 'diamond', vi: 'Sạt lở', en: 'Landslide' },
  flood: { colour: [92, 192, 240], shape: 'drop', vi: 'Lũ, ngập lụt', en: 'Flood' },
  storm: { colour: [150, 210, 255], shape: 'spiral', vi: 'Bão, áp thấp', en: 'Storm' },
  rescue: { colour: [46, 196, 160], shape: 'cross', vi: 'Sự cố, cứu nạn', en: 'Incident, rescue' },
  warning: { colour: [255, 200, 120], shape: 'chevron', vi: 'Cảnh báo khác', en: 'Other warning' },
  other: { colour: [179, 193, 212], shape: 'dot', vi: 'Sự việc khác', en: 'Other' },
};

const CATEGORY_OF_KIND: Readonly<Record<string, EventCategory>> = {
  'serious-accident': 'accident',
  'hot-issue': 'accident',
  congestion: 'congestion',
  'forest-fire': 'fire',
  landslide: 'landslide',
  'landslide-risk': 'landslide',
  flood: 'flood',
  'flash-flood': 'flood',
  storm: 'storm',
  'tropical-depression': 'storm',
  incident: 'rescue',
  'search-rescue': 'rescue',
  heat: 'warning',
  cold: 'warning',
  earthquake: 'warning',
  tsunami: 'warning',
  salinity: 'warning',
  drought: 'warning',
};

export function categoryOf(kind: string): EventCategory {
  return Object.hasOwn(CATEGORY_OF_KIND, kind) ? CATEGORY_OF_KIND[kind]! : 'other';
}

export const SEVERITIES = ['info', 'minor', 'moderate', 'severe', 'extreme'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Marker size as a multiple of the minimum text height: a severe event is as tall as a line of text. */
export const SEVERITY_SCALE: Readonly<Record<Severity, number>> = { info: 0.55, minor: 0.65, moderate: 0.8, severe: 1, extreme: 1.3 };

/** Opacity of an event by its age: full when new, fading to 35 % at the layer's maximum age. */
export function ageOpacity(ageMs: number, maxAgeMs: number): number {
  const fraction = Math.min(1, Math.max(0, ageMs / maxAgeMs));
  return 1 - 0.65 * fraction;
}
