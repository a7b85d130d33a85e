import { memo, useMemo, useRef } from 'react';
import type { KpiOptions } from '../../../src/layout/panel-kinds/kpi.js';
import type { HeldObservation } from '../../../src/protocol/wall/index.js';
import { t, type Locale } from '../../i18n/index.js';
import { useFitContent } from '../fit-text.js';
import { FreshnessBadge } from '../FreshnessBadge.js';
import { useFreshness, useSeries } from '../feed-hooks.js';
import type { PanelProps } from '../panel-props.js';
import { kpiFigure, type KpiChange } from './format.js';

/**
 * One key figure, large: the latest value of its series (channel + metric + area) in the locale's
 * format with its unit, a provisional/revised marker, the change against the previous period of the same
 * series (arrow, word, absolute and %, coloured by `better`), and the FreshnessBadge with the period,
 * source, cut-off and times. Re-renders only when its series or its channel's freshness state changes.
 * Before any figure: a calm "waiting for data" line with the channel's source — never blank.
 */
export function KpiPanel({ options, context }: PanelProps<KpiOptions>) {
  const series = useSeries(options.channel, options.metric, options.area);
  const freshness = useFreshness(options.channel);
  const box = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const latest = series?.latest ?? null;
  const previous = series?.previous ?? null;
  const figure = useMemo(
    () => (latest ? kpiFigure(latest, previous, options, context.locale, context.timeZone) : null),
    [latest, previous, options, context.locale, context.timeZone],
  );
  useFitContent(box, content, `${figure?.value}|${figure?.unit}|${figure?.change?.text}|${figure?.status}|${freshness.state}|${context.locale}`);

  return (
    <div className="kpi" ref={box} data-state={latest ? freshness.state : 'waiting'}>
      <div className="kpi-content" ref={content}>
        {latest && figure ? (
          <div className="kpi-main">
            <p className="kpi-figure">
              <span className="kpi-value" data-kpi-value="">
                {figure.value}
              </span>
              {figure.unit && <span className="kpi-unit">{figure.unit}</span>}
              <StatusMarker status={figure.status} revision={figure.revision} locale={context.locale} />
            </p>
            {figure.change && <ChangeLine change={figure.change} />}
          </div>
        ) : (
          <div className="kpi-main kpi-waiting" role="status">
            <span className="kpi-waiting-pulse" aria-hidden="true" />
            {t(context.locale, 'data.waiting')}
          </div>
        )}
        <FreshnessBadge channel={options.channel} provenance={latest} locale={context.locale} timeZone={context.timeZone} />
      </div>
    </div>
  );
}

const ChangeLine = memo(function ChangeLine({ change }: { change: KpiChange }) {
  return (
    <p className="kpi-change" data-direction={change.direction} data-judgement={change.judgement}>
      <span className="kpi-change-main">
        <span className="kpi-arrow" aria-hidden="true">
          {change.arrow}
        </span>
        {change.text}
      </span>
      <span className="kpi-versus">{change.versus}</span>
    </p>
  );
});

function StatusMarker({ status, revision, locale }: { status: HeldObservation['status']; revision: number; locale: Locale }) {
  if (status === 'final') return null;
  const word = status === 'provisional' ? t(locale, 'status.provisional') : revision > 0 ? t(locale, 'status.revision', { n: revision }) : t(locale, 'status.revised');
  return (
    <span className="kpi-status" data-status={status}>
      {word}
    </span>
  );
}
