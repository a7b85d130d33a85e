import { memo, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { civilDateIn, type CivilDate } from '../../../src/domain/civil-date.js';
import type { DecreePeriodKind } from '../../../src/domain/reporting-period.js';
import type { ClockOptions } from '../../../src/layout/panel-kinds/clock.js';
import { t, type Locale } from '../../i18n/index.js';
import { useFitContent } from '../fit-text.js';
import type { PanelProps } from '../panel-props.js';
import { formatLongDate, formatShortDate, formatTime, formatUtcOffset, periodLines } from './format.js';
import { createSecondTicker, type SecondTicker } from './ticker.js';

/**
 * Local time, date and the current reporting periods with their cut-offs. Only the time line re-renders
 * each second; the panel, its date and its periods re-render when the day changes.
 */
export function ClockPanel({ options, context }: PanelProps<ClockOptions>) {
  const timeZone = options.timeZone ?? context.timeZone;
  const [ticker] = useState(() => createSecondTicker());
  // A string snapshot: it changes once a day, so the panel re-renders once a day.
  const dayKey = useSyncExternalStore(ticker.subscribe, () => formatShortDate(civilDateIn(ticker.now(), timeZone)));
  const today = useMemo(() => parseShortDate(dayKey), [dayKey]);
  const box = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  useFitContent(box, content, `${dayKey}|${options.periods.join()}|${options.showSeconds}|${options.showDate}|${context.locale}`);

  return (
    <div className="clock" ref={box}>
      <div className="clock-content" ref={content} data-periods={options.periods.length}>
        <div className="clock-now">
          <ClockTime ticker={ticker} timeZone={timeZone} showSeconds={options.showSeconds} />
          {options.showDate && <div className="clock-date">{formatLongDate(today, context.locale)}</div>}
        </div>
        {options.periods.length > 0 && <ClockPeriods today={today} periods={options.periods} locale={context.locale} />}
      </div>
    </div>
  );
}

function ClockTime({ ticker, timeZone, showSeconds }: { ticker: SecondTicker; timeZone: string; showSeconds: boolean }) {
  const time = useSyncExternalStore(ticker.subscribe, () => formatTime(ticker.now(), timeZone, showSeconds));
  const zone = useSyncExternalStore(ticker.subscribe, () => formatUtcOffset(ticker.now(), timeZone));
  return (
    <div className="clock-time-row">
      <time className="clock-time" dateTime={time}>
        {time.slice(0, 5)}
        {showSeconds && <span className="clock-seconds">{time.slice(5)}</span>}
      </time>
      <span className="clock-zone">{zone}</span>
    </div>
  );
}

const ClockPeriods = memo(function ClockPeriods({ today, periods, locale }: { today: CivilDate; periods: readonly DecreePeriodKind[]; locale: Locale }) {
  const lines = useMemo(() => periodLines(today, periods, locale), [today, periods, locale]);
  return (
    <ul className="clock-periods" aria-label={t(locale, 'clock.periodsTitle')}>
      {lines.map((line) => (
        <li key={line.frequency} className="clock-period" data-frequency={line.frequency} data-due={line.daysLeft <= 3 ? 'soon' : undefined} aria-label={`${line.label}: ${line.detail}`}>
          <span className="clock-period-label">{line.label}</span>
          <span className="clock-period-left">{line.left}</span>
          <span className="clock-period-cutoff">{line.cutOff}</span>
        </li>
      ))}
    </ul>
  );
});

function parseShortDate(text: string): CivilDate {
  const [day, month, year] = text.split('/').map(Number) as [number, number, number];
  return { year, month, day };
}
