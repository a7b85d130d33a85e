import { rng } from '../prng.js';
import { UNIT_FACTS } from './units.js';

const KM_PER_DEGREE = 111.32;
const factsByIso = new Map(UNIT_FACTS.map((unit) => [unit.iso, unit]));

/**
 * Where an event happened: a point within `spreadKm` of its 63-unit's reference point, drawn from the
 * event's id (so the same event is always in the same place). Events of one province then spread out
 * on the map instead of stacking on one dot, as real reports with coordinates do.
 */
export function placeOf(seed: number, id: string, iso63: string, spreadKm = 14): { lat: number; lon: number } {
  const unit = factsByIso.get(iso63);
  if (!unit) throw new Error(`sim/geo: no facts for ${iso63}`);
  const next = rng(seed, 'place', id);
  const distance = spreadKm * Math.sqrt(next());
  const angle = next() * 2 * Math.PI;
  const lat = unit.lat + (distance * Math.sin(angle)) / KM_PER_DEGREE;
  const lon = unit.lon + (distance * Math.cos(angle)) / (KM_PER_DEGREE * Math.cos((unit.lat * Math.PI) / 180));
  return { lat: Math.round(lat * 1000) / 1000, lon: Math.round(lon * 1000) / 1000 };
}
