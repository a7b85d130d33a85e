import { EVENT_STYLE, type EventCategory, type MarkerShape } from '../../map/event-style.js';

const R = 10;
const PATHS: Readonly<Record<MarkerShape, string>> = {
  circle: `M ${-R} 0 A ${R} ${R} 0 1 0 ${R} 0 A ${R} ${R} 0 1 0 ${-R} 0 Z`,
  dot: `M -6 0 A 6 6 0 1 0 6 0 A 6 6 0 1 0 -6 0 Z`,
  square: 'M -8.5 -8.5 H 8.5 V 8.5 H -8.5 Z',
  triangle: 'M 0 -10 L 9.5 7.5 L -9.5 7.5 Z',
  diamond: 'M 0 -10 L 10 0 L 0 10 L -10 0 Z',
  drop: 'M 0 -10 C 9 -1 8 10 0 10 C -8 10 -9 -1 0 -10 Z',
  spiral: 'M -5.5 0 A 5.5 5.5 0 1 0 5.5 0 A 5.5 5.5 0 1 0 -5.5 0 Z M 5.5 0 Q 9 -9 -2 -10 Z M -5.5 0 Q -9 9 2 10 Z',
  cross: 'M -3.5 -10 H 3.5 V -3.5 H 10 V 3.5 H 3.5 V 10 H -3.5 V 3.5 H -10 V -3.5 H -3.5 Z',
  chevron: 'M 0 -10 L 10 3 L 4.5 3 L 0 -1.5 L -4.5 3 L -10 3 Z',
};

/** The event marker of a category, as the map draws it (marker-atlas.ts), for the legend. */
export function MarkerIcon({ category }: { category: EventCategory }) {
  const { colour, shape } = EVENT_STYLE[category];
  return (
    <svg className="map-marker" viewBox="-12 -12 24 24" aria-hidden="true">
      <path d={PATHS[shape]} fill={`rgb(${colour.join(',')})`} stroke="#04070d" strokeWidth="1.5" />
    </svg>
  );
}
