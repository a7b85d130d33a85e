import { forwardRef } from 'react';
import { areaByCode } from '../../../src/domain/areas/index.js';
import { languageOf, t } from '../../i18n/index.js';
import type { FocusModel } from '../../map/panel-model.js';
import { defaultDecimals, formatNumber, periodLabel, unitLabel } from '../data-format.js';
import type { PanelContext } from '../panel-props.js';

/** The province in focus, beside the map: its name and its key figures, each with its period. */
export const FocusCard = forwardRef<HTMLDivElement, { focus: FocusModel; context: PanelContext; side: 'left' | 'right' }>(function FocusCard({ focus, context, side }, ref) {
  const language = languageOf(context.locale);
  const set = areaByCode(focus.area)?.set;
  return (
    <aside className="map-focus" ref={ref} data-area={focus.area} data-side={side} aria-live="polite">
      <p className="map-focus-kicker">{t(context.locale, 'map.inFocus')}</p>
      <h3 className="map-focus-name">{focus.name}</h3>
      {set === 'units63' && <p className="map-focus-note">{t(context.locale, 'map.set63')}</p>}
      <dl className="map-focus-figures">
        {focus.figures.map(({ label, figure }) => (
          <div key={`${label}|${figure.metric}`} className="map-focus-figure">
            <dt>{label}</dt>
            <dd>
              <span className="map-focus-value" data-metric={figure.metric}>
                {formatNumber(figure.value, defaultDecimals(figure.value), context.locale)}
              </span>
              {unitLabel(figure.unit, context.locale) && <span className="map-focus-unit"> {unitLabel(figure.unit, context.locale)}</span>}
              <span className="map-focus-period">{periodLabel(figure.period, context.locale, context.timeZone)}</span>
            </dd>
          </div>
        ))}
        {focus.aqi && (
          <div className="map-focus-figure">
            <dt>VN_AQI</dt>
            <dd>
              <span className="map-focus-value map-focus-aqi" style={{ background: focus.aqi.band.hex, color: `rgb(${focus.aqi.band.textOnColour.join(',')})` }}>
                {focus.aqi.aqi} · {focus.aqi.band[language]}
              </span>
            </dd>
          </div>
        )}
        {focus.events > 0 && (
          <div className="map-focus-figure">
            <dt>{t(context.locale, 'map.eventsCount', { n: focus.events })}</dt>
            <dd />
          </div>
        )}
      </dl>
      {focus.figures.length === 0 && !focus.aqi && focus.events === 0 && <p className="map-focus-note">{t(context.locale, 'map.noFocusFigures')}</p>}
    </aside>
  );
});
