import type { UpstreamLinkStatus } from '../../src/protocol/control/index.js';
import { REJECTION_REASONS } from '../../src/protocol/feed/messages.js';
import { t, type Locale, type MessageKey } from '../i18n/index.js';
import { ago, clockTime } from '../i18n/time.js';

interface Props {
  upstream: UpstreamLinkStatus;
  locale: Locale;
  /** The room's time zone: times read as on the wall. */
  timeZone?: string;
  /** The hub's clock now (estimated), to age the hub's timestamps. */
  now: number;
}

const TONE: Record<UpstreamLinkStatus['state'], 'ok' | 'warning' | 'critical' | undefined> = {
  connected: 'ok',
  connecting: 'warning',
  down: 'critical',
  'not-configured': undefined,
};

const rates = new Map<string, Intl.NumberFormat>();
function rate(value: number, locale: Locale): string {
  let format = rates.get(locale);
  if (!format) rates.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })));
  return format.format(value);
}

/**
 * The room's link to the national backend as the hub sees it: state and since when, the last message,
 * throughput, and what the hub refused or dropped (rejections by reason, non-zero only; duplicates,
 * older revisions, duplicate batches, sequence gaps, resyncs). Anything not zero that signals trouble is
 * marked with a word and a colour.
 */
export function UpstreamCard({ upstream, locale, now, timeZone }: Props) {
  const since = Date.parse(upstream.since);
  const lastMessage = upstream.lastMessageAt === null ? null : Date.parse(upstream.lastMessageAt);
  const rejections = REJECTION_REASONS.filter((reason) => (upstream.rejections[reason] ?? 0) > 0);
  const stateText = upstream.state === 'down' ? t(locale, 'upstream.down', { time: clockTime(since, timeZone) }) : t(locale, `upstream.${upstream.state}`);
  const counter = (key: MessageKey, value: number, warn: boolean) => (
    <div>
      <dt>{t(locale, key)}</dt>
      <dd className="numeric" data-tone={warn && value > 0 ? 'warning' : undefined}>
        {rate(value, locale)}
      </dd>
    </div>
  );
  return (
    <section className="upstream-card" data-state={upstream.state} aria-label={t(locale, 'console.upstreamDetails')}>
      <header className="upstream-head">
        <h2>{t(locale, 'console.upstreamDetails')}</h2>
        <span className="badge" data-tone={TONE[upstream.state]}>
          <span className="badge-dot" aria-hidden="true" />
          {stateText}
        </span>
        {upstream.state !== 'down' && !Number.isNaN(since) && <span className="upstream-since">{t(locale, 'upstream.since', { time: clockTime(since, timeZone) })}</span>}
        {upstream.url && <code className="upstream-url">{upstream.url}</code>}
      </header>
      <dl className="upstream-stats">
        <div>
          <dt>{t(locale, 'upstream.lastMessage')}</dt>
          <dd>{lastMessage === null || Number.isNaN(lastMessage) ? t(locale, 'upstream.never') : `${clockTime(lastMessage, timeZone)} · ${ago(locale, (now - lastMessage) / 1000)}`}</dd>
        </div>
        {counter('upstream.messagesPerS', upstream.messagesPerS, false)}
        {counter('upstream.observationsPerS', upstream.observationsPerS, false)}
        {counter('upstream.duplicates', upstream.duplicateItems, false)}
        {counter('upstream.staleRevisions', upstream.staleRevisions, false)}
        {counter('upstream.duplicateBatches', upstream.duplicateBatches, false)}
        {counter('upstream.gaps', upstream.gaps, true)}
        {counter('upstream.resyncs', upstream.resyncs, true)}
        <div className="upstream-rejections">
          <dt>{t(locale, 'upstream.rejections')}</dt>
          <dd data-tone={rejections.length > 0 ? 'warning' : undefined}>
            {rejections.length === 0 ? (
              t(locale, 'upstream.noRejections')
            ) : (
              <ul>
                {rejections.map((reason) => (
                  <li key={reason} data-reason={reason}>
                    {t(locale, `rejection.${reason}`)} <strong className="numeric">{rate(upstream.rejections[reason], locale)}</strong>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
