import { watch, type FSWatcher } from 'node:fs';
import { basename } from 'node:path';
import { formatProblem } from '../../../src/document/problem.js';
import type { Library } from '../../../src/protocol/control/library.js';
import { loadLayoutLibrary, type LayoutLibrary, type LoadedLayout } from '../../config/layouts.js';
import type { Logger } from '../../log.js';
import { fitsOf, type RoomTopology } from './topology.js';

/**
 * The room's layout library: every file of its layouts folder, validated. A file that does not validate
 * is listed with its problems and cannot be shown. Files edited on disk are picked up (the folder is
 * watched, changes settle for 300 ms) and validated again; listeners hear of every reload.
 */
export class LayoutLibraryWatcher {
  private current: LayoutLibrary;
  private loadedAt = Date.now();
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly listeners = new Set<(library: LayoutLibrary) => void>();

  constructor(
    readonly dir: string,
    initial: LayoutLibrary,
    private readonly topology: RoomTopology,
    private readonly logger: Logger,
  ) {
    this.current = initial;
  }

  get layouts(): ReadonlyMap<string, LoadedLayout> {
    return this.current.layouts;
  }

  start(): void {
    try {
      this.watcher = watch(this.dir, () => this.scheduleReload());
      this.watcher.on('error', (error) => this.logger.warn('library.watch-failed', { dir: this.dir, reason: error.message }));
    } catch (error) {
      // A folder that cannot be watched still loads at start and on request (library.reload).
      this.logger.warn('library.watch-failed', { dir: this.dir, reason: (error as Error).message });
    }
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.timer) clearTimeout(this.timer);
  }

  onReload(listener: (library: LayoutLibrary) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  reload(): LayoutLibrary {
    this.current = loadLayoutLibrary(this.dir);
    this.loadedAt = Date.now();
    this.logger.info('library.reloaded', { layouts: this.current.layouts.size, broken: new Set(this.current.problems.map((p) => p.file)).size });
    for (const listener of this.listeners) listener(this.current);
    return this.current;
  }

  /** The library as the console lists it. */
  describe(): Library {
    const broken = new Map<string, string[]>();
    for (const problem of this.current.problems) {
      const file = basename(problem.file);
      broken.set(file, [...(broken.get(file) ?? []), formatProblem({ ...problem, file })]);
    }
    return {
      layouts: [...this.current.layouts.values()].map(({ layout, file, version }) => ({
        id: layout.id,
        name: layout.name,
        description: layout.description ?? null,
        file: basename(file),
        version,
        walls: layout.walls.map((wall) => ({
          id: wall.id,
          name: wall.name,
          displays: wall.displays.map((display) => ({
            id: display.id,
            name: display.name,
            grid: { columns: display.grid.columns, rows: display.grid.rows },
            panels: display.panels.map((panel) => ({ id: panel.id, kind: panel.kind, title: panel.title ?? null, cell: panel.cell })),
          })),
        })),
        fits: fitsOf(layout, this.topology),
      })),
      broken: [...broken].map(([file, problems]) => ({ file, problems })),
      loadedAt: new Date(this.loadedAt).toISOString(),
    };
  }

  private scheduleReload(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.reload();
    }, 300);
  }
}
