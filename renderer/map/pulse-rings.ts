import { EVENT_STYLE } from './event-style.js';
import type { MapEvent } from './layers/events.js';

/**
 * Rings that pulse around new severe events, as absolutely placed elements animated by CSS: the browser's
 * compositor runs the animation, so the map's WebGL canvases are not redrawn every frame for it (a wall PC
 * may draw with the CPU). Honours prefers-reduced-motion (map.css).
 */
export class PulseRings {
  private readonly layer: HTMLDivElement;
  private rings = new Map<string, { element: HTMLSpanElement; event: MapEvent }>();

  constructor(container: HTMLElement) {
    this.layer = document.createElement('div');
    this.layer.className = 'map-pulses';
    this.layer.setAttribute('aria-hidden', 'true');
    container.appendChild(this.layer);
  }

  update(events: readonly MapEvent[], project: (position: [number, number]) => [number, number]): void {
    const wanted = new Set(events.map((event) => event.id));
    for (const [id, ring] of this.rings) {
      if (!wanted.has(id)) {
        ring.element.remove();
        this.rings.delete(id);
      }
    }
    for (const event of events) {
      let ring = this.rings.get(event.id);
      if (!ring) {
        const element = document.createElement('span');
        element.className = 'map-pulse';
        element.style.setProperty('--pulse-colour', `rgb(${EVENT_STYLE[event.category].colour.join(',')})`);
        this.layer.appendChild(element);
        ring = { element, event };
        this.rings.set(event.id, ring);
      }
      ring.event = event;
    }
    this.position(project);
    this.layer.dataset.count = String(this.rings.size);
  }

  position(project: (position: [number, number]) => [number, number]): void {
    for (const { element, event } of this.rings.values()) {
      const [x, y] = project(event.position);
      element.style.transform = `translate(${x}px, ${y}px)`;
    }
  }

  clear(): void {
    this.rings.clear();
    this.layer.remove();
  }
}
