import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer } from '@deck.gl/core';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { areaByCode, type AreaSet } from '../../src/domain/areas/index.js';
import { NAMED_VIEWS, type Bounds, type MapOptions } from '../../src/layout/panel-kinds/map.js';
import { languageOf, type Locale } from '../i18n/index.js';
import type { WallState, WallStore } from '../state/wall/wall-store.js';
import { addUnitsTo, baseStyle, styleOver, unitVisibility } from './base-style.js';
import { DrawPacer } from './draw-pacer.js';
import { loadGeodata, type Geodata } from './geodata.js';
import type { Rect } from './label-placement.js';
import { MapLayers } from './map-layers.js';
import { LOADING_MODEL, type MapPanelModel } from './panel-model.js';
import { PulseRings } from './pulse-rings.js';
import { fitCamera, type Camera } from './view-fit.js';

setWorkerUrl(workerUrl);

export interface MapControllerInit {
  /** Where the map goes; it fills it. */
  container: HTMLDivElement;
  store: WallStore;
  options: MapOptions;
  panelId: string;
  locale: Locale;
  minTextHeightVh: number;
  /** The layout version the panel belongs to: a runtime focus meant for another is not this map's. */
  layoutVersion: string;
  /** Areas of the panel the legend and the focus card cover (panel pixels): labels stay clear of them. */
  reserved: () => { legend: Rect | null; focusCard: Rect | null };
  onModel: (model: MapPanelModel) => void;
}

/** What the panel reports about itself (data-* attributes: the e2e test and the benchmark read them). */
export interface MapStats {
  mapLoads: number;
  layersInitialised: number;
  renders: number;
  /** From the newest figure's arrival on the page to the frame that drew it (ms). */
  paintLatencyMs: number | null;
}

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
const RETRY_MS = [2_000, 5_000, 10_000, 30_000];

/**
 * One map panel's map: MapLibre draws the base (built in code from the bundled boundaries) and deck.gl the
 * live layers on top through MapLibreOverlay. It reads the store outside React (`subscribe`), redraws at
 * most once per animation frame when its channels, the focus or the minute change, and keeps the view
 * through every data update and reconnect: the camera moves only for the layout's view, a focus, or a
 * change of the panel's size.
 */
export class MapController {
  readonly stats: MapStats = { mapLoads: 0, layersInitialised: 0, renders: 0, paintLatencyMs: null };
  private map: MapLibreMap | null = null;
  private overlay: MapLibreOverlay | null = null;
  private layers: MapLayers | null = null;
  private geodata: Geodata | null = null;
  private set: AreaSet = 'units34';
  private focus: string | null;
  private camera: Camera | null = null;
  private frame = 0;
  private pacedTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly pacer = new DrawPacer();
  private destroyed = false;
  private unsubscribe: (() => void) | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private pulses: PulseRings;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private attempts = 0;
  private pendingArrival = 0;
  private drawnArrival = 0;
  private firstUndrawnArrival = 0;
  private lastModelKey = '';
  private modelFocus: string | null = null;
  private measured: { width: number; height: number } | null = null;
  private reserved: { legend: Rect | null; focusCard: Rect | null } = { legend: null, focusCard: null };

  constructor(private readonly init: MapControllerInit) {
    this.focus = init.options.focus?.area ?? null;
    this.pulses = new PulseRings(init.container);
  }

  start(): void {
    this.publish({ ...LOADING_MODEL });
    void this.load();
  }

  destroy(): void {
    this.destroyed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.pacedTimer) clearTimeout(this.pacedTimer);
    cancelAnimationFrame(this.frame);
    this.unsubscribe?.();
    this.resizeObserver?.disconnect();
    this.pulses.clear();
    if (this.map && this.overlay) this.map.removeControl(this.overlay);
    this.overlay?.finalize();
    this.map?.remove();
  }

  /** The legend or the focus card changed size: labels and the view make room. */
  reservedChanged(): void {
    this.reserved = this.init.reserved();
    this.applyView(false);
    this.invalidate();
  }

  private async load(): Promise<void> {
    let geodata: Geodata;
    try {
      geodata = await loadGeodata();
      // The labels' font must be in before deck.gl builds its glyph atlas from it.
      await document.fonts.load(`600 32px "Be Vietnam Pro"`, 'Hà Nội Đắk Lắk Thừa Thiên Huế Quảng Ngãi Bà Rịa–Vũng Tàu');
    } catch (error) {
      if (this.destroyed) return;
      const delay = RETRY_MS[Math.min(this.attempts++, RETRY_MS.length - 1)]!;
      this.publish({ ...LOADING_MODEL, status: 'failed', problem: error instanceof Error ? error.message : String(error) });
      this.retryTimer = setTimeout(() => void this.load(), delay);
      return;
    }
    if (this.destroyed) return;
    this.geodata = geodata;
    this.layers = new MapLayers(this.init.options, geodata, this.init.panelId);
    const camera = this.targetCamera();
    const state = this.init.store.getState();
    // The room's own base map, if its config names one; else the boundaries bundled with the app.
    const base = state.pending?.assignment.mapBase ?? state.assignment?.mapBase;
    const map = new MapLibreMap({
      container: this.init.container,
      style: base ? styleOver(base, geodata, this.set) : baseStyle(geodata, this.set),
      center: camera.center,
      zoom: camera.zoom,
      interactive: false,
      attributionControl: false,
      renderWorldCopies: false,
      fadeDuration: 0,
      maxPitch: 0,
      minZoom: 0,
      maxZoom: 14,
    });
    this.map = map;
    this.camera = camera;
    map.on('load', () => {
      this.stats.mapLoads++;
      this.showSet();
      this.report();
    });
    if (base && 'style' in base) map.on('style.load', () => addUnitsTo(map, geodata, this.set));
    map.on('move', () => this.pulses.position((position) => this.project(position)));
    this.overlay = new MapLibreOverlay({ layers: [], interleaved: false, onAfterRender: () => this.afterRender() });
    map.addControl(this.overlay);
    this.unsubscribe = this.init.store.subscribe((state, previous) => this.storeChanged(state, previous));
    this.resizeObserver = new ResizeObserver(() => {
      this.measured = null;
      map.resize();
      this.applyView(false);
      this.invalidate();
    });
    this.resizeObserver.observe(this.init.container);
    this.takeFocus(this.init.store.getState(), false);
    this.invalidate();
  }

  private storeChanged(state: WallState, previous: WallState): void {
    const channels = this.layers?.channels ?? [];
    let changed = false;
    for (const channel of channels) {
      const data = state.feed.channels[channel];
      if (data !== previous.feed.channels[channel]) changed = true;
    }
    if (state.mapFocus !== previous.mapFocus) {
      this.takeFocus(state, true);
      changed = true;
    }
    if (changed && this.layers && this.firstUndrawnArrival === 0) {
      const arrival = this.layers.choroplethArrival(state.feed.channels);
      if (arrival > this.drawnArrival) this.firstUndrawnArrival = arrival;
    }
    // Live data comes in the feed's own frame (one store update a frame): draw in that frame, not the
    // next, unless the last draw was so slow that the page needs the time (see DrawPacer).
    if (changed) return this.renderPaced();
    // Events age by the minute.
    if (Math.floor(state.tickAt / 60_000) !== Math.floor(previous.tickAt / 60_000)) this.invalidate();
  }

  /** The hub's focus for this panel, or else the layout's own. */
  private takeFocus(state: WallState, animate: boolean): void {
    const runtime = state.mapFocus;
    const applies = runtime && runtime.layoutVersion === this.init.layoutVersion && (runtime.panelId === undefined || runtime.panelId === this.init.panelId);
    const focus = applies ? (runtime.area ?? this.init.options.focus?.area ?? null) : (this.init.options.focus?.area ?? null);
    if (focus === this.focus) return;
    this.focus = focus;
    this.applyView(animate);
  }

  private invalidate(): void {
    if (this.destroyed || this.frame !== 0 || !this.map) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private renderPaced(): void {
    if (this.pacedTimer) return;
    const wait = this.pacer.delay(performance.now());
    if (wait === 0) return this.renderNow();
    this.pacedTimer = setTimeout(() => {
      this.pacedTimer = null;
      this.renderNow();
    }, wait);
  }

  private renderNow(): void {
    if (this.frame !== 0) cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (!this.destroyed) this.render();
  }

  private render(): void {
    const map = this.map;
    const layers = this.layers;
    if (!map || !layers || !this.overlay || !this.geodata) return;
    const state = this.init.store.getState();
    const now = Date.now();
    const drawnBefore = layers.choroplethVersion();
    const modelChanged = layers.update({ channels: state.feed.channels, now });
    // A province's colour changed: time it from the arrival on the page of the first figure not drawn yet
    // (a paced draw waited for it) to the frame drawn.
    if (layers.choroplethVersion() !== drawnBefore) {
      this.drawnArrival = layers.choroplethArrival(state.feed.channels);
      this.pendingArrival = this.firstUndrawnArrival || this.drawnArrival;
    }
    this.firstUndrawnArrival = 0;
    const set = layers.areaSet();
    const setChanged = set !== this.set;
    if (setChanged) {
      this.set = set;
      this.showSet();
    }
    const size = this.size();
    const reserved = this.reserved;
    const blocked = [reserved.legend, reserved.focusCard].filter((rect): rect is Rect => rect !== null);
    const context = {
      geodata: this.geodata,
      set: this.set,
      minTextPx: this.minTextPx(),
      locale: this.init.locale,
      metresPerPixel: this.metresPerPixel(),
      extensions: layers.extensions,
    };
    const deckLayers: Layer[] = layers.build(context, this.focus, now, (position) => this.project(position), size, blocked);
    this.overlay.setProps({ layers: deckLayers });
    this.pacer.started(performance.now());
    this.stats.renders++;
    this.pulses.update(layers.pulsing(now), (position) => this.project(position));
    if (modelChanged || setChanged || this.focus !== this.modelFocus || this.lastModelKey === '') {
      this.modelFocus = this.focus;
      this.publish(layers.model(this.focus, state.feed.channels, languageOf(this.init.locale), this.set));
    }
    this.report();
  }

  /** Shows the provinces of the set on the map in the base (once its style is in; again on load). */
  private showSet(): void {
    const map = this.map;
    if (!map?.isStyleLoaded()) return;
    for (const [layer, visibility] of Object.entries(unitVisibility(this.set))) map.setLayoutProperty(layer, 'visibility', visibility);
  }

  private afterRender(): void {
    requestAnimationFrame(() => this.pacer.presented(performance.now()));
    if (this.pendingArrival !== 0) {
      this.stats.paintLatencyMs = Date.now() - this.pendingArrival;
      this.pendingArrival = 0;
    }
    this.stats.layersInitialised = this.layers?.stats.initialised ?? 0;
    this.report();
  }

  private publish(model: MapPanelModel): void {
    const key = JSON.stringify(model);
    if (key === this.lastModelKey) return;
    this.lastModelKey = key;
    this.init.onModel(model);
  }

  private report(): void {
    const element = this.init.container;
    element.dataset.mapLoads = String(this.stats.mapLoads);
    element.dataset.layersInitialised = String(this.layers?.stats.initialised ?? 0);
    element.dataset.renders = String(this.stats.renders);
    element.dataset.drawCostMs = this.pacer.drawCostMs.toFixed(0);
    element.dataset.areaSet = this.set;
    element.dataset.focus = this.focus ?? '';
    element.dataset.zoom = this.map ? this.map.getZoom().toFixed(3) : '';
    element.dataset.labels = (this.layers?.drawnLabels() ?? []).map((label) => label.text.replace('\n', ' ')).join('|');
    element.dataset.islands = String(this.geodata?.sets[this.set].islands.length ?? 0);
    if (this.stats.paintLatencyMs !== null) element.dataset.paintLatencyMs = String(this.stats.paintLatencyMs);
  }

  /** Moves the camera to the layout's view, or to the province in focus. */
  private applyView(animate: boolean): void {
    const map = this.map;
    if (!map) return;
    const camera = this.targetCamera();
    if (this.camera && Math.abs(camera.zoom - this.camera.zoom) < 1e-6 && camera.center[0] === this.camera.center[0] && camera.center[1] === this.camera.center[1]) return;
    this.camera = camera;
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    if (animate && !reduceMotion) map.easeTo({ center: camera.center, zoom: camera.zoom, duration: 1_000 });
    else map.jumpTo({ center: camera.center, zoom: camera.zoom });
    this.report();
  }

  private targetCamera(): Camera {
    const { width, height } = this.size();
    const options = this.init.options;
    const focusBounds = this.focus ? this.boundsOfArea(this.focus) : null;
    const bounds = focusBounds ? grow(focusBounds, 0.12) : this.viewBounds();
    // In focus, the card takes one side: the province is centred in what is left. The card's width comes
    // from the same rule as its CSS (map.css), so every tile of a mosaic computes the same camera.
    const card = this.focus ? Math.min(0.34 * width, 22 * this.minTextPx()) + 24 : 0;
    const cardLeft = options.legendAt === 'top-right';
    const base = { top: 12, right: 12 + (cardLeft ? 0 : card), bottom: 12, left: 12 + (cardLeft ? card : 0) };
    if (options.mosaic) return fitCamera({ bounds, width, height, padding: base, mosaic: options.mosaic });
    // A single map also keeps clear of its legend: beside it or above/below it, whichever shows the map larger.
    const legend = this.reserved.legend;
    if (!legend) return fitCamera({ bounds, width, height, padding: base });
    const side = options.legendAt.endsWith('left') ? 'left' : 'right';
    const end = options.legendAt.startsWith('top') ? 'top' : 'bottom';
    const beside = fitCamera({ bounds, width, height, padding: { ...base, [side]: Math.max(base[side], legend.right - legend.left + 24) } });
    const under = fitCamera({ bounds, width, height, padding: { ...base, [end]: Math.max(base[end], legend.bottom - legend.top + 24) } });
    return beside.zoom >= under.zoom ? beside : under;
  }

  private viewBounds(): Bounds {
    const view = this.init.options.view;
    if (typeof view === 'string') return NAMED_VIEWS[view];
    if ('bbox' in view) return view.bbox;
    return this.boundsOfArea(view.area) ?? NAMED_VIEWS.country;
  }

  private boundsOfArea(code: string): Bounds | null {
    const set = areaByCode(code)?.set;
    if (!this.geodata || (set !== 'units34' && set !== 'units63')) return null;
    return this.geodata.sets[set].boundsByCode.get(code) ?? null;
  }

  /** The container's size, measured once per resize (reading it every frame would force a layout). */
  private size(): { width: number; height: number } {
    this.measured ??= { width: Math.max(1, this.init.container.clientWidth), height: Math.max(1, this.init.container.clientHeight) };
    return this.measured;
  }

  private project(position: [number, number]): [number, number] {
    const point = this.map!.project(position);
    return [point.x, point.y];
  }

  private minTextPx(): number {
    return (this.init.minTextHeightVh / 100) * window.innerHeight;
  }

  private metresPerPixel(): number {
    const map = this.map!;
    const latitude = map.getCenter().lat;
    return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
  }
}

function grow([west, south, east, north]: Bounds, fraction: number): Bounds {
  const dx = (east - west) * fraction;
  const dy = (north - south) * fraction;
  return [west - dx, south - dy, east + dx, north + dy];
}
