import type { LayerExtension } from '@deck.gl/core';
import type { AreaSet } from '../../../src/domain/areas/index.js';
import type { Locale } from '../../i18n/index.js';
import type { ChannelData } from '../../state/wall/feed-data.js';
import type { Geodata } from '../geodata.js';

/** What every layer model reads its data from: the display's held data per channel, and the time. */
export interface DataInput {
  channels: Readonly<Record<string, ChannelData>>;
  /** Local ms; layers that age (events) quantise it, so a second's tick does not redraw them. */
  now: number;
}

/** What every layer model draws with. */
export interface DrawContext {
  geodata: Geodata;
  /** The set of provinces on the map now (34, or 63 for history). */
  set: AreaSet;
  /** The layout's minimum text height on this display, CSS pixels. */
  minTextPx: number;
  locale: Locale;
  /** Ground metres per CSS pixel at the view's centre (for sizes given in kilometres). */
  metresPerPixel: number;
  /** Stable extensions every layer carries (the layer counter). */
  extensions: readonly LayerExtension[];
}

export type Rgba = [number, number, number, number];
