import { memo } from 'react';
import { CHANNELS, metricSpec } from '../../../src/protocol/feed/channels.js';
import { languageOf, t } from '../../i18n/index.js';
import type { MapPanelModel } from '../../map/panel-model.js';
import { defaultDecimals, formatNumber } from '../data-format.js';
import type { PanelContext } from '../panel-props.js';

/**
 * The map's text alternative, for screen readers and for checking what the map shows: the first
 * choropleth as a table of provinces, figures and classes. Visually hidden.
 */
export const MapTable = memo(function MapTable({ model, context }: { model: MapPanelModel; context: PanelContext }) {
  const legend = model.choropleths[0];
  if (!legend || model.table.length === 0) return null;
  const spec = CHANNELS.get(legend.channel);
  const metric = spec ? metricSpec(spec, legend.metric) : undefined;
  return (
    <table className="visually-hidden map-table">
      <caption>{t(context.locale, 'map.table', { metric: metric?.[languageOf(context.locale)] ?? legend.metric })}</caption>
      <thead>
        <tr>
          <th scope="col">{t(context.locale, 'map.province')}</th>
          <th scope="col">{legend.unit}</th>
          <th scope="col">{t(context.locale, 'map.class')}</th>
        </tr>
      </thead>
      <tbody>
        {model.table.map((row) => (
          <tr key={row.code} data-area={row.code} data-class={row.classIndex ?? 'none'}>
            <th scope="row">{row.name}</th>
            <td>{row.figure ? formatNumber(row.figure.value, defaultDecimals(row.figure.value), context.locale) : t(context.locale, 'map.noFigure')}</td>
            <td>{row.classIndex === null ? '' : row.classIndex + 1}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
