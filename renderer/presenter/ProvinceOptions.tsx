import { AREAS_34, AREAS_63 } from '../../src/domain/areas/index.js';

/** The provinces as `<option>`s: the 34 units (now), or the 63 (before 1 July 2025). */
export function ProvinceOptions({ set = 'units34' }: { set?: 'units34' | 'units63' }) {
  return (set === 'units34' ? AREAS_34 : AREAS_63).map((unit) => (
    <option key={unit.code} value={unit.code}>
      {unit.name}
    </option>
  ));
}
