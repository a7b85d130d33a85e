import { z } from 'zod';

/**
 * Text height from the farthest seat, by rule: a character must subtend at least 15 arc-minutes at the
 * viewer's eye (NUREG-0700 for control rooms; 16–24 preferred). Provenance small print (source, cut-off,
 * received) needs the same angle at half the distance: it is read by someone who walks up to the wall.
 */
export const MIN_ARC_MINUTES = 15;

export const viewingSchema = z.strictObject({
  /** The wall's monitors (one model per wall). */
  monitor: z.strictObject({
    diagonalIn: z.number().min(10, 'must be at least 10 (inches)').max(200, 'must be at most 200 (inches)'),
    resolution: z.strictObject({
      width: z.number().int('must be a whole number').min(640).max(15_360),
      height: z.number().int('must be a whole number').min(360).max(8_640),
    }),
  }),
  /** Distance from the wall to its farthest seat, metres. */
  farthestM: z.number().min(0.5, 'must be at least 0.5 (m)').max(60, 'must be at most 60 (m)'),
});
export type Viewing = z.output<typeof viewingSchema>;

export interface LegibleText {
  /** Values, units, titles and periods: % of the display's height. */
  minTextHeightVh: number;
  /** Source, cut-off and received times: % of the display's height. */
  smallPrintHeightVh: number;
  /** The same two in the monitor's pixels, for messages. */
  minTextPx: number;
  smallPrintPx: number;
}

/** Height (mm) that subtends `arcMinutes` at `distanceM`. */
export function heightAtDistanceMm(distanceM: number, arcMinutes = MIN_ARC_MINUTES): number {
  const radians = (arcMinutes / 60) * (Math.PI / 180);
  return 2 * distanceM * 1000 * Math.tan(radians / 2);
}

/** The monitor's visible picture height (mm), from its diagonal and its pixels' aspect ratio. */
export function pictureHeightMm(monitor: Viewing['monitor']): number {
  const { width, height } = monitor.resolution;
  return monitor.diagonalIn * 25.4 * (height / Math.hypot(width, height));
}

/** The minimum text heights for a wall seen from `farthestM`; rounded up to 0.1 % so that they never fall short. */
export function legibleText(viewing: Viewing): LegibleText {
  const picture = pictureHeightMm(viewing.monitor);
  const vh = (distance: number) => Math.ceil((heightAtDistanceMm(distance) / picture) * 1000) / 10;
  const minTextHeightVh = vh(viewing.farthestM);
  const smallPrintHeightVh = vh(viewing.farthestM / 2);
  const px = (share: number) => Math.round((share / 100) * viewing.monitor.resolution.height * 10) / 10;
  return { minTextHeightVh, smallPrintHeightVh, minTextPx: px(minTextHeightVh), smallPrintPx: px(smallPrintHeightVh) };
}

/** Text heights of one display: from its wall's viewing where the layout states one, else as set by hand. */
export function displayTextHeights(layout: { minTextHeightVh: number }, wall: { viewing?: Viewing }, display: { minTextHeightVh?: number }): { minTextHeightVh: number; smallPrintHeightVh: number } {
  const set = display.minTextHeightVh ?? layout.minTextHeightVh;
  if (!wall.viewing) return { minTextHeightVh: set, smallPrintHeightVh: set };
  const rule = legibleText(wall.viewing);
  // A hand-set height may be larger than the rule, never smaller.
  return { minTextHeightVh: Math.max(set, rule.minTextHeightVh), smallPrintHeightVh: rule.smallPrintHeightVh };
}
