import { useId, useState } from 'react';
import { ProvinceOptions } from '../../presenter/ProvinceOptions.js';
import { areaByCode } from '../../../src/domain/areas/index.js';
import type { DisplayStatus } from '../../../src/protocol/control/index.js';
import type { Locale } from '../../i18n/index.js';
import { ct } from '../messages.js';
import { useCommand } from '../shared/use-command.js';

/**
 * Put one province in focus on every map of the room (each zooms to it, highlights it and shows its key
 * figures beside it), or end the focus. Offered only while some display shows a map.
 */
export function MapFocusControl({ displays, locale }: { displays: readonly DisplayStatus[]; locale: Locale }) {
  const run = useCommand();
  const id = useId();
  const [area, setArea] = useState('VN34-01');
  const withMaps = displays.filter((display) => display.maps.length > 0);
  if (withMaps.length === 0) return null;
  const focused = [...new Set(withMaps.map((display) => display.mapFocus).filter((code): code is string => code !== null))];
  return (
    <form
      className="switch-control map-focus-control"
      onSubmit={(event) => {
        event.preventDefault();
        void run('map.focus', { target: { kind: 'room' }, area }, ct(locale, 'room.mapFocusDone', { name: areaByCode(area)?.name ?? area }));
      }}
    >
      <label htmlFor={id}>{ct(locale, 'room.mapFocus')}</label>
      <select id={id} value={area} onChange={(event) => setArea(event.target.value)}>
        <optgroup label={ct(locale, 'room.units34')}>
          <ProvinceOptions />
        </optgroup>
        <optgroup label={ct(locale, 'room.units63')}>
          <ProvinceOptions set="units63" />
        </optgroup>
      </select>
      <button type="submit" className="button button-primary">
        {ct(locale, 'room.mapFocusNow')}
      </button>
      {focused.length > 0 && (
        <button type="button" className="button" onClick={() => void run('map.focus', { target: { kind: 'room' }, area: null }, ct(locale, 'room.mapFocusEnd'))}>
          {ct(locale, 'room.mapFocusEnd')} ({focused.map((code) => areaByCode(code)?.name ?? code).join(', ')})
        </button>
      )}
    </form>
  );
}
