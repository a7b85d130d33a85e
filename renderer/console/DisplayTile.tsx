import type { DisplayStatus } from '../../src/protocol/control/index.js';
import { t, type Locale } from '../i18n/index.js';
import { ago, clockTime } from '../i18n/time.js';

interface Props {
  display: DisplayStatus;
  activeLayoutVersion: string;
  locale: Locale;
  /** The room's time zone: times read as on the wall. */
  timeZone?: string;
  /** The hub's clock now (estimated), to age the hub's timestamps. */
  now: number;
}

/**
 * Past this, a display's oldest data is marked. Twice the longest expected interval of the catalogue
 * (60 s): beyond it some panel of the display shows stale data.
 */
const OLDEST_DATA_WARN_S = 120;

function since(iso: string | null): number | null {
  if (!iso) return null;
  const at = Date.parse(iso);
  return Number.isNaN(at) ? null : at;
}

/** One display in the picture of its wall: connected or DARK, duplicate connections, its last health. */
export function DisplayTile({ display, activeLayoutVersion, locale, now, timeZone }: Props) {
  const dark = display.connections === 0;
  const lastSeen = since(display.lastSeen);
  const connectedSince = since(display.connectedSince);
  const healthAt = since(display.healthAt);
  const { health } = display;
  const style = display.position ? { gridColumn: display.position.column, gridRow: display.position.row } : undefined;
  const layoutMatches = health?.layoutVersion === activeLayoutVersion;

  return (
    <article className="tile" data-display-id={display.id} data-state={dark ? 'dark' : 'connected'} data-duplicate={display.connections > 1 || undefined} style={style}>
      <header className="tile-head">
        <div className="tile-names">
          <h3 className="tile-name">{display.name}</h3>
          <code className="tile-id">{display.id}</code>
        </div>
        <span className="badge" data-tone={dark ? 'critical' : 'ok'}>
          <span className="badge-dot" aria-hidden="true" />
          {dark ? t(locale, 'tile.dark') : t(locale, 'tile.connected')}
        </span>
      </header>

      {dark ? (
        <p className="tile-dark-since">
          {lastSeen !== null
            ? `${t(locale, 'tile.darkSince', { time: clockTime(lastSeen, timeZone) })} · ${ago(locale, (now - lastSeen) / 1000)}`
            : t(locale, 'tile.neverSeen')}
        </p>
      ) : (
        <p className="tile-since">
          {connectedSince !== null && t(locale, 'tile.connectedSince', { time: clockTime(connectedSince, timeZone) })}
          {display.connections > 1 && (
            <span className="badge" data-tone="warning">
              ⚠ {t(locale, 'tile.connections', { count: display.connections })} — {t(locale, 'tile.duplicate')}
            </span>
          )}
        </p>
      )}

      {health ? (
        <dl className="tile-health" data-stale={dark || undefined}>
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
              {health.viewport.devicePixelRatio !== 1 && ` @${health.viewport.devicePixelRatio}x`}
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
            <dd data-tone={layoutMatches ? 'ok' : 'warning'}>
              {health.layoutVersion ?? '—'} {layoutMatches ? `✓ ${t(locale, 'tile.layoutMatches')}` : `⚠ ${t(locale, 'tile.layoutDiffers')}`}
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
    </article>
  );
}
