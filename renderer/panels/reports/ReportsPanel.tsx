import { memo, useEffect, useMemo, useState } from 'react';
import type { ReportsOptions } from '../../../src/layout/panel-kinds/reports.js';
import { fill, t, type Locale } from '../../i18n/index.js';
import { wordsFor } from '../../i18n/words.js';
import { areaName, formatTime } from '../data-format.js';
import { useChannelsData } from '../feed-hooks.js';
import { FreshnessBadge } from '../FreshnessBadge.js';
import type { PanelProps } from '../panel-props.js';
import { ToneIcon } from '../ToneIcon.js';
import { isHubMedia, shownReports, type ShownReport } from './model.js';
import { WORDS } from './words.js';

/** Serious events, hot issues, warnings: newest first, as a list or one at a time, with their pictures. */
export function ReportsPanel({ options, context }: PanelProps<ReportsOptions>) {
  const held = useChannelsData(options.channels);
  const { locale, timeZone } = context;
  const words = wordsFor(WORDS, locale);
  const all = useMemo(() => shownReports(held, options.channels, options), [held, options]);
  const [turn, setTurn] = useState(0);
  useEffect(() => {
    if (options.mode !== 'rotate') return;
    const timer = setInterval(() => setTurn((value) => value + 1), options.rotateSeconds * 1000);
    return () => clearInterval(timer);
  }, [options.mode, options.rotateSeconds]);
  const pool = all.slice(0, Math.max(options.count, options.mode === 'rotate' ? 6 : options.count));
  const shown = options.mode === 'rotate' ? (pool.length > 0 ? [pool[turn % pool.length]!] : []) : pool.slice(0, options.count);
  const newest = all[0]?.report ?? null;
  return (
    <div className="data-panel reports" data-mode={options.mode} style={{ '--report-lines': options.textLines } as React.CSSProperties}>
      {held.every((data) => data === null) ? (
        <p className="data-panel-waiting" role="status">
          {t(locale, 'data.waiting')}
        </p>
      ) : shown.length === 0 ? (
        <p className="data-panel-none">{words.none}</p>
      ) : (
        <ol className="reports-list">
          {shown.map((item) => (
            <ReportItem key={`${item.channel}|${item.report.id}`} item={item} media={options.media} textLines={options.textLines} locale={locale} timeZone={timeZone} />
          ))}
        </ol>
      )}
      {options.mode === 'rotate' && pool.length > 1 && <p className="reports-position">{fill(words.position, { n: (turn % pool.length) + 1, total: pool.length })}</p>}
      <FreshnessBadge channel={all[0]?.channel ?? options.channels[0]!} provenance={newest} locale={locale} timeZone={timeZone} hidePeriod />
    </div>
  );
}

const ReportItem = memo(function ReportItem({ item, media, textLines, locale, timeZone }: { item: ShownReport; media: boolean; textLines: number; locale: Locale; timeZone: string }) {
  const words = wordsFor(WORDS, locale);
  const { report } = item;
  const picture = media ? report.media?.find((entry) => entry.kind === 'image' && isHubMedia(entry.url)) : undefined;
  const grave = report.severity === 'extreme' || report.severity === 'severe';
  return (
    <li className="report" data-severity={report.severity ?? 'info'} data-kind={report.kind} data-report-id={report.id}>
      <div className="report-words">
        <h3 className="report-title">
          {grave && <ToneIcon tone={report.severity === 'extreme' ? 'critical' : 'warning'} />} {report.title}
        </h3>
        <p className="report-meta">
          {[areaName(report.area, locale), formatTime(Date.parse(report.occurredAt), timeZone, 'day-month'), report.severity ? words[report.severity] : null].filter(Boolean).join(' · ')}
        </p>
        {textLines > 0 && <p className="report-text">{report.text}</p>}
      </div>
      {picture && <img className="report-picture" src={picture.url} alt={picture.caption ? fill(words.picture, { caption: picture.caption }) : ''} />}
    </li>
  );
});

