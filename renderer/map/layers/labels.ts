import { TextLayer } from '@deck.gl/layers';
import { placeLabels, type LabelCandidate, type Rect } from '../label-placement.js';
import type { DrawContext } from './draw-context.js';

/** A name on the map. */
export interface MapLabel {
  id: string;
  text: string;
  position: [number, number];
  priority: number;
  tone: 'province' | 'archipelago' | 'sea' | 'country';
  /** Other places for the name when its own is taken (by the legend, a tile's edge): tried in order. */
  alternatives?: readonly [number, number][];
}

/**
 * Fixed names every official map of Viet Nam carries: the two archipelagos (with the province they belong
 * to, as the domain facts §7 require), the East Sea, and the neighbouring countries, dimmed.
 */
export const FIXED_LABELS: readonly MapLabel[] = [
  { id: 'hoang-sa', text: 'QĐ. Hoàng Sa\n(Đà Nẵng)', position: [112.0, 17.35], priority: 1000, tone: 'archipelago', alternatives: [[110.6, 16.9], [113.9, 16.9], [112.0, 15.0], [112.0, 14.6]] },
  { id: 'truong-sa', text: 'QĐ. Trường Sa\n(Khánh Hòa)', position: [114.0, 11.1], priority: 1000, tone: 'archipelago', alternatives: [[114.0, 7.6], [111.0, 9.4]] },
  { id: 'bien-dong', text: 'Biển Đông', position: [111.6, 13.6], priority: 500, tone: 'sea' },
  { id: 'country-156', text: 'TRUNG QUỐC', position: [107.2, 23.9], priority: 10, tone: 'country' },
  { id: 'country-418', text: 'LÀO', position: [102.9, 19.6], priority: 10, tone: 'country' },
  { id: 'country-116', text: 'CAMPUCHIA', position: [104.9, 12.9], priority: 10, tone: 'country' },
  { id: 'country-764', text: 'THÁI LAN', position: [101.6, 15.6], priority: 5, tone: 'country' },
];

const COLOUR: Readonly<Record<MapLabel['tone'], [number, number, number, number]>> = {
  province: [241, 245, 251, 255],
  archipelago: [241, 245, 251, 255],
  sea: [110, 170, 215, 255],
  country: [133, 148, 171, 255],
};

const LINE_HEIGHT = 1.15;
const FONT = 'Be Vietnam Pro';

let measureContext: CanvasRenderingContext2D | null = null;
const widths = new Map<string, number>();

/** Width in CSS pixels of a line of label text at `size` (measured once per text and size). */
function lineWidth(text: string, size: number): number {
  const key = `${size}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    // Outside a page (unit tests) there is no canvas to measure with: an average letter is 0.6 em.
    measureContext ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (measureContext) {
      measureContext.font = `600 ${size}px "${FONT}"`;
      width = measureContext.measureText(text).width;
    } else width = text.length * size * 0.6;
    if (widths.size > 4_000) widths.clear();
    widths.set(key, width);
  }
  return width;
}

/** The box of a label's text at `size` (CSS pixels). */
export function labelBox(text: string, size: number): { width: number; height: number } {
  const lines = text.split('\n');
  return { width: Math.max(...lines.map((line) => lineWidth(line, size))) + size * 0.3, height: lines.length * size * LINE_HEIGHT };
}

/**
 * The labels drawn: those that fit at the minimum text height, most important first (see placeLabels).
 * `project` gives a label's position in the panel's CSS pixels.
 */
export function visibleLabels(labels: readonly MapLabel[], project: (position: [number, number]) => [number, number], panel: { width: number; height: number }, blocked: readonly Rect[], size: number): MapLabel[] {
  const candidates: LabelCandidate[] = labels.map((label) => {
    const [x, y] = project(label.position);
    const alternatives = label.alternatives?.map((position) => {
      const [ax, ay] = project(position);
      return { x: ax, y: ay };
    });
    return { id: label.id, x, y, ...labelBox(label.text, size), priority: label.priority, ...(alternatives ? { alternatives } : {}) };
  });
  const chosen = new Map<string, number>();
  const placed = placeLabels(candidates, panel, blocked, size * 0.25, chosen);
  return labels.filter((label) => placed.has(label.id)).map((label) => {
    const index = chosen.get(label.id) ?? 0;
    return index === 0 ? label : { ...label, position: label.alternatives![index - 1]! };
  });
}

export function labelsLayer(id: string, labels: readonly MapLabel[], context: DrawContext) {
  return new TextLayer<MapLabel>({
    id,
    data: labels,
    getPosition: (label) => label.position,
    getText: (label) => label.text,
    // The atlas is built from the characters in the data: Vietnamese letters with every diacritic.
    characterSet: 'auto',
    fontFamily: FONT,
    fontWeight: 600,
    lineHeight: LINE_HEIGHT,
    sizeUnits: 'pixels',
    getSize: context.minTextPx,
    getColor: (label) => COLOUR[label.tone],
    fontSettings: { sdf: true, fontSize: 64, buffer: 10, radius: 14 },
    outlineWidth: 5,
    outlineColor: [4, 7, 13, 255],
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    extensions: [...context.extensions],
  });
}
