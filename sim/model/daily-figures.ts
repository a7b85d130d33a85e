import { dayStamp, type PeriodStamp, type SlotBuilder, type Status } from './items.js';
import { emitFigures, emitRevisions, provincialFigures, type FigureFilter, type FigureSpec } from './provincial.js';

export interface PeriodFiguresOptions {
  figures: FigureSpec;
  /** The period's stamp and the last day it covers (which picks the 63- or 34-unit set). */
  stamp: PeriodStamp;
  lastDay: number;
  /** First release. */
  at: number;
  status?: Status;
  draw: (iso63: string) => Readonly<Record<string, number>>;
  /** Later corrections of some units: only the figures that change are published, as revision 1. */
  revision?: { at: number; draw: (iso63: string, first: Readonly<Record<string, number>>) => Readonly<Record<string, number>> };
  /** Publish only some figures (sparse channels); revisions are then limited to the same areas. */
  keep?: FigureFilter;
}

/** National + provincial figures of one period: first release, then an optional revision. */
export function emitPeriodFigures(builder: SlotBuilder, options: PeriodFiguresOptions): void {
  const cache = new Map<string, Readonly<Record<string, number>>>();
  const first = (iso: string) => {
    let values = cache.get(iso);
    if (!values) {
      values = options.draw(iso);
      cache.set(iso, values);
    }
    return values;
  };
  const before = provincialFigures(options.lastDay, options.figures, first);
  emitFigures(builder, { at: options.at, status: options.status ?? 'provisional' }, options.stamp, before, options.keep);
  if (!options.revision) return;
  const { revision } = options;
  const after = provincialFigures(options.lastDay, options.figures, (iso) => revision.draw(iso, first(iso)));
  const keep = options.keep;
  const shown = keep ? before.map(({ area, values }) => ({ area, values: Object.fromEntries(Object.entries(values).filter(([metric, value]) => keep(area, metric, value, values))) })) : before;
  const revised = keep ? after.map(({ area, values }, index) => ({ area, values: Object.fromEntries(Object.entries(values).filter(([metric]) => metric in (shown[index]?.values ?? {}))) })) : after;
  emitRevisions(builder, revision.at, 1, options.stamp, shown, revised);
}

/** The same for one day (the common case). */
export function emitDayFigures(builder: SlotBuilder, day: number, options: Omit<PeriodFiguresOptions, 'stamp' | 'lastDay'>): void {
  emitPeriodFigures(builder, { ...options, stamp: dayStamp(day), lastDay: day });
}
