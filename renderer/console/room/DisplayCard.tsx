import { areaByCode } from '../../../src/domain/areas/index.js';
import { useId, useState } from 'react';
import type { DisplayStatus, LibraryEntry } from '../../../src/protocol/control/index.js';
import { t, type Locale } from '../../i18n/index.js';
import { ago, clockTime } from '../../i18n/time.js';
import { useConsole } from '../../state/console/console-store.js';
import { ct } from '../messages.js';
import { displayOutline, LayoutOutline } from '../shared/LayoutOutline.js';
import { useCan, useCommand } from '../shared/use-command.js';
import { SwitchControl } from './SwitchControl.js';

interface Props {
  display: DisplayStatus;
  layouts: readonly LibraryEntry[];
  locale: Locale;
  timeZone: string;
  /** The hub's clock now (estimated), to age the hub's timestamps. */
  now: number;
  onLiveView: (displayId: string) => void;
}

/** Past this, a display's oldest data is marked: twice the longest expected interval of the catalogue. */
const OLDEST_DATA_WARN_S = 120;

const since = (iso: string | null) => (iso ? Date.parse(iso) : null);

/**
 * One display: a picture of what it shows (the shell's capture, or for a display in a browser a miniature
 * drawn from its layout, labelled so), its state and health, and what an operator can do to it.
 */
export function DisplayCard({ display, layouts, locale, timeZone, now, onLiveView }: Props) {
  const picture = useConsole((state) => state.pictures[display.id]);
  const can = useCan();
  const run = useCommand();
  const [spotlighting, setSpotlighting] = useState(false);
  const outline = displayOutline(layouts.find((entry) => entry.id === display.layout.id), display.id);
  const { health } = display;
  const lastSeen = since(display.lastSeen);
  const healthAt = since(display.healthAt);
  const style = display.position ? { gridColumn: display.position.column, gridRow: display.position.row } : undefined;
  const badge = display.state === 'dark' ? { tone: 'critical', text: t(locale, 'tile.dark') } : display.state === 'silent' ? { tone: 'warning', text: ct(locale, 'room.silent') } : { tone: 'ok', text: t(locale, 'tile.connected') };

  return (
    <article className="tile" data-display-id={display.id} data-state={display.state} data-duplicate={display.connections > 1 || undefined} style={style}>
      <header className="tile-head">
        <div className="tile-names">
          <h3 className="tile-name">{display.name}</h3>
          <code className="tile-id">{display.id}</code>
        </div>
        <span className="badge" data-tone={badge.tone}>
          <span className="badge-dot" aria-hidden="true" />
          {badge.text}
        </span>
      </header>

      <div className="tile-picture">
        {picture ? (
          <figure className="picture">
            <img src={picture.jpeg} alt={`${display.name}: ${display.layout.name}`} />
            <figcaption>{ct(locale, 'room.picture', { time: clockTime(picture.at, timeZone) })}</figcaption>
          </figure>
        ) : outline ? (
          <LayoutOutline display={outline} spotlight={display.spotlight?.panelId ?? null} label={ct(locale, 'room.miniature')} />
        ) : null}
      </div>

      <p className="tile-showing">
        {display.spotlight ? ct(locale, 'room.spotlightOn', { title: display.spotlight.title }) : ct(locale, 'room.showing', { name: display.layout.name })}
        {display.mapFocus && <span className="display-focus"> · {ct(locale, 'room.mapFocusOn', { name: areaByCode(display.mapFocus)?.name ?? display.mapFocus })}</span>}
      </p>

      {display.state === 'dark' ? (
        <p className="tile-dark-since">{lastSeen !== null ? `${t(locale, 'tile.darkSince', { time: clockTime(lastSeen, timeZone) })} · ${ago(locale, (now - lastSeen) / 1000)}` : t(locale, 'tile.neverSeen')}</p>
      ) : (
        display.connections > 1 && (
          <p className="tile-since">
            <span className="badge" data-tone="warning">
              ⚠ {t(locale, 'tile.connections', { count: display.connections })} — {t(locale, 'tile.duplicate')}
            </span>
          </p>
        )
      )}

      {health ? (
        <dl className="tile-health" data-stale={display.state !== 'ok' || undefined}>
          <div>
            <dt>{t(locale, 'tile.fps')}</dt>
            <dd data-tone={health.fps < 20 ? 'warning' : undefined}>{Math.round(health.fps)}</dd>
          </div>
          <div>
            <dt>{t(locale, 'tile.heap')}</dt>
            <dd>{health.jsHeapMB === null ? '—' : `${Math.round(health.jsHeapMB)} MB`}</dd>
          </div>
          <div>
            <dt>{t(locale, 'tile.errors')}</dt>
            <dd data-tone={health.errors > 0 ? 'warning' : undefined}>{health.errors}</dd>
          </div>
          <div>
            <dt>{t(locale, 'tile.viewport')}</dt>
            <dd>
              {health.viewport.width}×{health.viewport.height}
            </dd>
          </div>
          <div className="tile-health-wide">
            <dt>{t(locale, 'tile.oldestData')}</dt>
            <dd className="tile-oldest-data" data-tone={health.oldestDataAgeS !== null && health.oldestDataAgeS > OLDEST_DATA_WARN_S ? 'warning' : undefined}>
              {health.oldestDataAgeS === null ? t(locale, 'tile.noData') : ago(locale, health.oldestDataAgeS)}
            </dd>
          </div>
          <div className="tile-health-wide">
            <dt>{t(locale, 'tile.layoutVersion')}</dt>
            <dd data-tone={health.layoutVersion === display.layout.version ? 'ok' : 'warning'}>
              {health.layoutVersion ?? '—'} {health.layoutVersion === display.layout.version ? `✓ ${t(locale, 'tile.layoutMatches')}` : `⚠ ${t(locale, 'tile.layoutDiffers')}`}
            </dd>
          </div>
          {health.lastError && (
            <div className="tile-health-wide">
              <dt>{t(locale, 'tile.errors')}</dt>
              <dd className="tile-last-error" title={health.lastError}>
                {health.lastError}
              </dd>
            </div>
          )}
        </dl>
      ) : (
        <p className="tile-no-health">{t(locale, 'tile.noHealth')}</p>
      )}
      {health && healthAt !== null && <p className="tile-health-at">{t(locale, 'tile.healthAt', { ago: ago(locale, (now - healthAt) / 1000) })}</p>}

      <div className="tile-actions">
        <button type="button" className="button" onClick={() => onLiveView(display.id)}>
          {ct(locale, 'room.liveView')}
        </button>
        {can('spotlight.show') &&
          (display.spotlight ? (
            <button type="button" className="button" onClick={() => void run('spotlight.clear', { displayId: display.id }, ct(locale, 'room.spotlightOff'))}>
              {ct(locale, 'room.spotlightOff')}
            </button>
          ) : (
            <button type="button" className="button" aria-expanded={spotlighting} onClick={() => setSpotlighting(!spotlighting)}>
              {ct(locale, 'room.spotlight')}
            </button>
          ))}
        {can('display.reload') && display.state !== 'dark' && (
          <button type="button" className="button button-quiet" onClick={() => void run('display.reload', { displayId: display.id }, `${ct(locale, 'room.reload')} ${display.id}`)}>
            {ct(locale, 'room.reload')}
          </button>
        )}
      </div>
      {spotlighting && can('spotlight.show') && <SpotlightPicker display={display} layouts={layouts} locale={locale} onDone={() => setSpotlighting(false)} />}
      {can('layout.switch') && <SwitchControl target={{ kind: 'display', displayId: display.id }} layouts={layouts} current={display.layout.id} label={ct(locale, 'room.showOnDisplay')} locale={locale} />}
    </article>
  );
}

/** Choose a panel (of any layout) to show alone, full screen, on this display. */
function SpotlightPicker({ display, layouts, locale, onDone }: { display: DisplayStatus; layouts: readonly LibraryEntry[]; locale: Locale; onDone: () => void }) {
  const run = useCommand();
  const id = useId();
  const options = layouts.flatMap((entry) => entry.walls.flatMap((wall) => wall.displays.flatMap((d) => d.panels.map((panel) => ({ value: `${entry.id}/${panel.id}`, label: `${panel.title ?? panel.id} · ${entry.name}` })))));
  const [choice, setChoice] = useState(options.find((option) => option.value.startsWith(`${display.layout.id}/`))?.value ?? options[0]?.value ?? '');
  return (
    <form
      className="spotlight-picker"
      onSubmit={(event) => {
        event.preventDefault();
        const [layoutId = '', panelId = ''] = choice.split('/');
        void run('spotlight.show', { displayId: display.id, layoutId, panelId }, `${ct(locale, 'room.spotlight')}: ${panelId} → ${display.id}`).then((answer) => answer.ok && onDone());
      }}
    >
      <label htmlFor={id}>{ct(locale, 'room.pickPanel')}</label>
      <select id={id} value={choice} onChange={(event) => setChoice(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-primary" disabled={!choice}>
        {ct(locale, 'room.spotlight')}
      </button>
    </form>
  );
}
