import type { ComponentType } from 'react';
import type { z } from 'zod';
import type { PanelKindDefinition } from '../../src/layout/panel-kinds/define.js';
import type { Locale } from '../i18n/index.js';

/** What every panel component receives: its options (parsed by its kind's schema) and the layout context. */
export interface PanelProps<Options> {
  options: Options;
  context: PanelContext;
}

export interface PanelContext {
  locale: Locale;
  /** The layout's IANA time zone (a panel's own option may override it). */
  timeZone: string;
  /** The display's minimum text height, % of its height: text drawn outside CSS (map labels) follows it too. */
  minTextHeightVh: number;
  /** The version of the layout the panel belongs to (a map takes a focus meant for this version only). */
  layoutVersion: string;
}

export type Tone = 'neutral' | 'info' | 'warning' | 'critical';

/** The renderer half of a panel kind: the shared definition (src/layout/panel-kinds) and its component. */
export interface PanelKindView<Schema extends z.ZodType<Record<string, unknown>> = z.ZodType<Record<string, unknown>>> {
  definition: PanelKindDefinition<Schema>;
  Component: ComponentType<PanelProps<z.output<Schema>>>;
  /** An accent for the frame (coloured edge and a worded label in the title bar). */
  tone?(options: z.output<Schema>): Tone;
  /** The frame's title when the layout gives none (default: the kind's name), e.g. a kpi's metric and area. */
  title?(options: z.output<Schema>, locale: Locale): string;
}

export function panelKindView<Schema extends z.ZodType<Record<string, unknown>>>(view: PanelKindView<Schema>): PanelKindView {
  return view as unknown as PanelKindView;
}
