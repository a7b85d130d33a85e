import type { z } from 'zod';

type Options = Record<string, unknown>;

/**
 * The shared half of a panel kind (Grafana style): its options schema with defaults, its options version
 * and the migrations that bring older options up to it. The renderer pairs it with a component; the hub
 * and `opswall validate` use it to check layouts.
 */
export interface PanelKindDefinition<Schema extends z.ZodType<Options> = z.ZodType<Options>> {
  kind: string;
  title: { vi: string; en: string };
  optionsVersion: number;
  /** A strict object schema: unknown options are errors; omitted ones take their defaults. */
  options: Schema;
  /** migrations[n] turns options of version n into version n + 1. */
  migrations: Readonly<Record<number, (options: Options) => Options>>;
  /** Live data channels (feed protocol) the panel reads, for per-display fan-out. */
  channels(options: z.output<Schema>): string[];
  /**
   * The least text the panel must show at the minimum heights, for `opswall validate`'s fit check: lines
   * at the minimum text height (a value drawn larger counts its share of lines) and lines of small print,
   * besides the title bar every panel has. `cell` is the cell's size in em of the minimum text height
   * (for text that wraps, and for panels that arrange themselves by their cell's shape).
   */
  textNeeds?(options: z.output<Schema>, cell: { widthEm: number; heightEm: number }): TextNeeds;
}

export interface TextNeeds {
  lines: number;
  smallPrintLines: number;
}

export function definePanelKind<Schema extends z.ZodType<Options>>(definition: PanelKindDefinition<Schema>): PanelKindDefinition<Schema> {
  return definition;
}
