import { t, type Locale } from '../i18n/index.js';
import { refusalText } from '../i18n/refusals.js';
import { useWall } from '../state/wall/wall-store.js';
import { clockTime } from '../i18n/time.js';

/**
 * A discreet corner badge over the wall once it shows a layout: a dot while connected, a short line while
 * reconnecting, the refusal in both languages when the hub refuses. Never a modal; never hides the wall.
 */
export function ConnectionIndicator({ locale, timeZone }: { locale: Locale; timeZone: string }) {
  const connection = useWall((state) => state.connection);
  const { status } = connection;
  if (status === 'connected') {
    return <div className="connection-indicator" data-status={status} role="status" aria-label={t(locale, 'conn.connected')} title={t(locale, 'conn.connected')} />;
  }
  if (status === 'refused') {
    const reason = refusalText(connection.refusal, 'wall');
    return (
      <div className="connection-indicator" data-status={status} role="alert">
        <span className="connection-dot" />
        <span className="connection-text">
          <span lang="vi">{reason.vi}</span>
          <span lang="en">{reason.en}</span>
        </span>
      </div>
    );
  }
  const label = status === 'connecting' ? t(locale, 'conn.connecting') : t(locale, 'conn.reconnecting', { time: clockTime(connection.since, timeZone) });
  return (
    <div className="connection-indicator" data-status={status} role="status">
      <span className="connection-dot" />
      <span className="connection-text">{label}</span>
    </div>
  );
}
