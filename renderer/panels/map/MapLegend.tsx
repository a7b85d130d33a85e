import { forwardRef } from 'react';
import type { MapOptions } from '../../../src/layout/panel-kinds/map.js';
import { CHANNELS, metricSpec } from '../../../src/protocol/feed/channels.js';
import { languageOf, t } from '../../i18n/index.js';
import { EVENT_STYLE } from '../../map/event-style.js';
import type { ChoroplethLegend } from '../../map/layers/choropleth.js';
import { classLabels } from '../../map/legend-text.js';
import type { MapPanelModel } from '../../map/panel-model.js';
import { formatTime, unitLabel } from '../data-format.js';
import { FreshnessBadge } from '../FreshnessBadge.js';
import type { PanelContext } from '../panel-props.js';
import { MarkerIcon } from './MarkerIcon.js';

interface Props {
  model: MapPanelModel;
  options: MapOptions;
  context: PanelContext;
}

/**
 * The map's legend: for each choropleth its metric and unit, the set of provinces, every class (highest
 * first) with how many provinces it holds, the hatched "no figure", and the freshness badge (period, source,
 * cut-off); then the event categories (shape, colour and word), the AQI and the warning areas.
 */
export const MapLegend = forwardRef<HTMLDivElement, Props>(function MapLegend({ model, options, context }, ref) {
  const eventsLayer = options.layers.find((layer) => layer.type === 'events');
  const shows = (key: 'choropleth' | 'events' | 'aqi' | 'warning-areas') => !options.legendKeys || options.legendKeys.includes(key);
  return (
    <aside className="map-legend" ref={ref} data-at={options.legendAt} aria-label={t(context.locale, 'map.legend')}>
      {shows('choropleth') &&
        model.choropleths.map((legend, i) => (
          <ChoroplethKey key={i} legend={legend} context={context} />
        ))}
      {shows('events') && model.events && eventsLayer && (
        <section className="map-key" data-key="events">
          <h3 className="map-key-title">{t(context.locale, 'map.events', { hours: eventsLayer.maxAgeHours })}</h3>
          <ul className="map-key-list">
            {model.events.map(({ category, count }) => (
              <li key={category} data-category={category}>
                <MarkerIcon category={category} />
                <span className="map-key-label">{EVENT_STYLE[category][languageOf(context.locale)]}</span>
                <span className="map-key-count">{count}</span>
              </li>
            ))}
          </ul>
          {model.events.length === 0 && <p className="map-key-note">{t(context.locale, 'data.waiting')}</p>}
        </section>
      )}
      {shows('aqi') && model.aqi && (
        <section className="map-key" data-key="aqi">
          <h3 className="map-key-title">{t(context.locale, 'map.aqi')}</h3>
          {model.aqi.length === 0 ? (
            <p className="map-key-note">{t(context.locale, 'map.aqiNone')}</p>
          ) : (
            <p className="map-key-note">{formatTime(Math.max(...model.aqi.map((city) => city.hourEnd)), context.timeZone, 'full', true)}</p>
          )}
        </section>
      )}
      {shows('warning-areas') && model.warningAreas !== null && (
        <section className="map-key" data-key="warning-areas">
          <h3 className="map-key-title">{t(context.locale, 'map.warningAreas')}</h3>
          <p className="map-key-note">
            <span className="map-dash" aria-hidden="true" /> {t(context.locale, 'map.forecast')}
          </p>
        </section>
      )}
    </aside>
  );
});

function ChoroplethKey({ legend, context }: { legend: ChoroplethLegend; context: PanelContext }) {
  const language = languageOf(context.locale);
  const spec = CHANNELS.get(legend.channel);
  const metric = spec ? metricSpec(spec, legend.metric) : undefined;
  const unit = unitLabel(legend.unit || metric?.unit || '', context.locale);
  const labels = legend.breaks ? classLabels(legend.breaks, context.locale) : [];
  const classes = labels.map((label, i) => ({ label, colour: legend.colours[i]!, count: legend.counts[i] ?? 0 })).reverse();
  const direction = legend.better === 'down' ? t(context.locale, 'map.higherWorse') : legend.better === 'up' ? t(context.locale, 'map.higherBetter') : null;
  return (
    <section className="map-key" data-key="choropleth" data-set={legend.set}>
      <h3 className="map-key-title">
        {metric?.[language] ?? legend.metric}
        {unit && <span className="map-key-unit"> ({unit})</span>}
      </h3>
      <p className="map-key-note">
        {t(context.locale, legend.set === 'units63' ? 'map.set63' : 'map.set34')}
        {direction && ` · ${direction}`}
      </p>
      <ul className="map-key-list">
        {classes.map((entry) => (
          <li key={entry.label} data-class="">
            <span className="map-swatch" style={{ background: `rgb(${entry.colour.join(',')})` }} aria-hidden="true" />
            <span className="map-key-label">{entry.label}</span>
            <span className="map-key-count">{entry.count}</span>
          </li>
        ))}
        {legend.noData > 0 && (
          <li data-class="no-figure">
            <span className="map-swatch map-swatch-hatched" aria-hidden="true" />
            <span className="map-key-label">{t(context.locale, 'map.noFigure')}</span>
            <span className="map-key-count">{legend.noData}</span>
          </li>
        )}
      </ul>
      <FreshnessBadge channel={legend.channel} provenance={legend.provenance} locale={context.locale} timeZone={context.timeZone} />
    </section>
  );
}
