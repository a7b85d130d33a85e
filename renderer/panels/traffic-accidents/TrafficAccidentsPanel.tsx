import { useMemo } from 'react';
import type { CivilDate } from '../../../src/domain/civil-date.js';
import type { TrafficAccidentsOptions } from '../../../src/layout/panel-kinds/traffic-accidents.js';
import { fill, languageOf, type Locale } from '../../i18n/index.js';
import { wordsFor } from '../../i18n/words.js';
import { formatNumber, periodLabel } from '../data-format.js';
import { useChannelData } from '../feed-hooks.js';
import { FreshnessBadge } from '../FreshnessBadge.js';
import type { PanelProps } from '../panel-props.js';
import { accidentOverview, accidentRanking, type AccidentOverview, type Counts } from './model.js';
import type { RankedChange } from './ranking.js';
import { DIRECTION, WORDS } from './words.js';

const CHANNEL = 'traffic/accidents';

/** Official Letter 4699 §VII on the wall: the overview (day, month so far, modes, deaths per day) or the rise/fall ranking. */
export function TrafficAccidentsPanel({ options, context }: PanelProps<TrafficAccidentsOptions>) {
  const data = useChannelData(CHANNEL);
  if (options.view === 'ranking') return <Ranking data={data} count={options.count} locale={context.locale} timeZone={context.timeZone} />;
  return <Overview data={data} area={options.area} locale={context.locale} timeZone={context.timeZone} />;
}

const civil = (date: CivilDate) => `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}`;

function Overview({ data, area, locale, timeZone }: { data: ReturnType<typeof useChannelData>; area: string; locale: Locale; timeZone: string }) {
  const overview = useMemo(() => accidentOverview(data, area), [data, area]);
  const words = wordsFor(WORDS, locale);
  const number = (value: number | null) => (value === null ? '–' : formatNumber(value, 0, locale));
  const cells = (counts: Counts) => (['accidents', 'deaths', 'injured'] as const).map((measure) => <td key={measure}>{number(counts[measure])}</td>);
  return (
    <div className="data-panel ta">
      <table className="ta-table">
        <thead>
          <tr>
            <td />
            <th scope="col">{words.accidents}</th>
            <th scope="col">{words.deaths}</th>
            <th scope="col">{words.injured}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="ta-today">
            <th scope="row">{overview.day ? fill(words.day, { date: civil(overview.day) }) : '–'}</th>
            {cells(overview.today)}
          </tr>
          {overview.period?.rows.map(({ mode, counts }) => (
            <tr key={mode} className={mode === 'all' ? 'ta-month' : 'ta-mode'} data-mode={mode}>
              <th scope="row">{mode === 'all' ? fill(words.month, { start: civil(overview.period!.start), end: civil(overview.period!.end) }) : words[mode]}</th>
              {cells(counts)}
            </tr>
          ))}
        </tbody>
      </table>
      <PerDay overview={overview} locale={locale} />
      <FreshnessBadge channel={CHANNEL} provenance={overview.provenance} locale={locale} timeZone={timeZone} hidePeriod />
    </div>
  );
}

function PerDay({ overview, locale }: { overview: AccidentOverview; locale: Locale }) {
  const words = wordsFor(WORDS, locale);
  if (!overview.perDay) return null;
  const change = overview.perDayChange?.value ?? null;
  const direction = change === null ? null : change > 0 ? 'up' : change < 0 ? 'down' : 'same';
  return (
    <p className="ta-per-day">
      <span>{fill(words.perDay, { value: formatNumber(overview.perDay.value, 1, locale) })}</span>
      {direction && change !== null && (
        <span className="ta-per-day-change" data-direction={direction}>
          {direction === 'up' ? '▲ ' : direction === 'down' ? '▼ ' : ''}
          {fill(words.perDayChange, { direction: DIRECTION[languageOf(locale)][direction], value: formatNumber(Math.abs(change), 1, locale) })}
        </span>
      )}
    </p>
  );
}

function Ranking({ data, count, locale, timeZone }: { data: ReturnType<typeof useChannelData>; count: number; locale: Locale; timeZone: string }) {
  const ranking = useMemo(() => accidentRanking(data, count), [data, count]);
  const words = wordsFor(WORDS, locale);
  return (
    <div className="data-panel ta ta-ranking">
      <p className="ta-basis">{ranking.basis ? fill(words.basis, { period: periodLabel(ranking.basis.period, locale, timeZone, 'inline') }) : ''}</p>
      <div className="ta-lists">
        <RankList title={words.up} entries={ranking.up} direction="up" locale={locale} />
        <RankList title={words.down} entries={ranking.down} direction="down" locale={locale} />
      </div>
      <FreshnessBadge channel={CHANNEL} provenance={ranking.basis} locale={locale} timeZone={timeZone} hidePeriod />
    </div>
  );
}

function RankList({ title, entries, direction, locale }: { title: string; entries: RankedChange[]; direction: 'up' | 'down'; locale: Locale }) {
  const words = wordsFor(WORDS, locale);
  return (
    <section className="ta-list" data-direction={direction}>
      <h3>
        {direction === 'up' ? '▲ ' : '▼ '}
        {title}
      </h3>
      {entries.length === 0 ? (
        <p className="ta-none">{words.none}</p>
      ) : (
        <ol>
          {entries.map((entry) => (
            <li key={entry.area} data-area={entry.area} data-rank={entry.rank}>
              <span className="ta-rank">{entry.rank}.</span>
              <span className="ta-name">{entry.name}</span>
              <span className="ta-change">
                {entry.change > 0 ? '+' : ''}
                {formatNumber(entry.change, 0, locale)}
                {entry.tied && <span className="visually-hidden"> ({words.tied})</span>}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
