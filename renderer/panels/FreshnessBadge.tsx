import { memo } from 'react';
import { CHANNELS } from '../../src/protocol/feed/channels.js';
import type { Period } from '../../src/protocol/feed/provenance.js';
import { t, type Locale } from '../i18n/index.js';
import { formatTime, periodLabel } from './data-format.js';
import { useFreshness, type FreshnessView } from './feed-hooks.js';
import { ToneIcon } from './ToneIcon.js';
import './freshness.css';

/** What the badge tells about the figure(s) a panel shows. */
export interface Provenance {
  period: Period;
  cutOff: string;
  source: string;
  reportedAt: string;
  /** When it reached the hub. */
  receivedAt: string;
}

interface Props {
  /** The channel the panel reads: its freshness comes from the hub's data:link. */
  channel: string;
  /** The shown figure's provenance; null while no figure has arrived (the channel's usual source is shown). */
  provenance: Provenance | null;
  locale: Locale;
  timeZone: string;
  /** Leave the period out, for a panel that shows it prominently itself. */
  hidePeriod?: boolean;
}

/**
 * The one freshness badge of every data panel (DESIGN §6): the period, the reporting agency, the data
 * cut-off, when the figure was reported and received, and how current the channel is — quiet when fresh,
 * amber with a word when late, red-orange with "Dữ liệu cũ" and since when when stale. Never colour
 * alone: each state has its word and its shape. Carries data-freshness="fresh|late|stale".
 */
export const FreshnessBadge = memo(function FreshnessBadge({ channel, provenance, locale, timeZone, hidePeriod = false }: Props) {
  const freshness = useFreshness(channel);
  const source = provenance?.source ?? CHANNELS.get(channel)?.source ?? channel;
  const state = freshness.state;
  return (
    <div className="freshness" data-freshness={state}>
      <p className="freshness-head">
        {provenance && !hidePeriod && <span className="freshness-period">{periodLabel(provenance.period, locale, timeZone)}</span>}
        <span className="freshness-source">{source}</span>
      </p>
      {provenance && <ProvenanceTimes provenance={provenance} locale={locale} timeZone={timeZone} />}
      <FreshnessState freshness={freshness} hasData={provenance !== null} locale={locale} timeZone={timeZone} />
    </div>
  );
});

function ProvenanceTimes({ provenance, locale, timeZone }: { provenance: Provenance; locale: Locale; timeZone: string }) {
  const at = (iso: string, style: 'full' | 'day-month', midnightAs24 = false) => {
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? iso : formatTime(ms, timeZone, style, midnightAs24);
  };
  return (
    <p className="freshness-times">
      <span>{t(locale, 'data.cutOff', { time: at(provenance.cutOff, 'full', true) })}</span>
      <span>{t(locale, 'data.reported', { time: at(provenance.reportedAt, 'day-month') })}</span>
      <span>{t(locale, 'data.received', { time: at(provenance.receivedAt, 'day-month') })}</span>
    </p>
  );
}

function FreshnessState({ freshness, hasData, locale, timeZone }: { freshness: FreshnessView; hasData: boolean; locale: Locale; timeZone: string }) {
  const { state, since, confirmedAt } = freshness;
  if (state === 'fresh') {
    return (
      <p className="freshness-state" data-state="fresh">
        <span className="freshness-dot" aria-hidden="true" />
        {t(locale, 'fresh.fresh')}
      </p>
    );
  }
  const detail =
    since !== null
      ? t(locale, 'fresh.since', { time: formatTime(since, timeZone, 'day-month') })
      : confirmedAt !== null
        ? t(locale, 'fresh.lastConfirmed', { time: formatTime(confirmedAt, timeZone, 'day-month') })
        : t(locale, 'fresh.neverConfirmed');
  return (
    <p className="freshness-state" data-state={state} data-tone={state === 'late' ? 'warning' : 'critical'} role="status">
      <span className="freshness-chip">
        <ToneIcon tone={state === 'late' ? 'warning' : 'critical'} />
        {/* Nothing shown yet: there is no old data, only no feed. */}
        {t(locale, state === 'late' ? 'fresh.late' : hasData ? 'fresh.stale' : 'fresh.noFeed')}
      </span>
      <span className="freshness-since">{detail}</span>
    </p>
  );
}
