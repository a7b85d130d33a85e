import type { RoomStatus, SwitchProgress } from '../../../src/protocol/control/index.js';
import type { Locale } from '../../i18n/index.js';
import { useConsole } from '../../state/console/console-store.js';
import { ct } from '../messages.js';
import { useCan, useCommand } from '../shared/use-command.js';

/** The switch under way (or just done), display by display. */
export function SwitchBanner({ progress, room, locale }: { progress: SwitchProgress | null; room: RoomStatus; locale: Locale }) {
  if (!progress) return null;
  const tone = progress.state === 'done' ? 'ok' : progress.state === 'failed' ? 'critical' : progress.state === 'partial' ? 'warning' : 'info';
  const name = (id: string) => room.displays.find((display) => display.id === id)?.name ?? id;
  return (
    <section className="banner switch-banner" data-tone={tone} data-switch-state={progress.state} role="status" aria-live="polite">
      <strong>{ct(locale, `switch.${progress.state}`, { what: progress.what })}</strong>
      {progress.queued > 0 && <span> · {ct(locale, 'switch.queued', { n: progress.queued })}</span>}
      <ul className="switch-displays">
        {Object.entries(progress.displays).map(([id, entry]) => (
          <li key={id} data-display-id={id} data-state={entry.state}>
            {name(id)}: {ct(locale, `switch.state.${entry.state}`)}
            {entry.reason && ` — ${entry.reason}`}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Boards that alert rules propose: accept or dismiss in one action. */
export function AlertBanners({ room, locale }: { room: RoomStatus; locale: Locale }) {
  const can = useCan();
  const run = useCommand();
  const open = room.alerts.filter((alert) => alert.state === 'open');
  if (open.length === 0) return null;
  return (
    <section className="alerts" aria-label={ct(locale, 'alert.title')}>
      {open.map((alert) => (
        <article key={alert.id} className="banner alert" data-tone={alert.severity === 'critical' ? 'critical' : 'warning'} data-alert-id={alert.id} role="alert">
          <div>
            <strong>{alert.title}</strong>
            <p>{alert.detail}</p>
            <p className="muted">{ct(locale, 'alert.propose', { label: alert.proposal.label })}</p>
          </div>
          {can('alert.accept') && (
            <div className="alert-actions">
              <button type="button" className="button button-primary" onClick={() => void run('alert.accept', { alertId: alert.id }, `${ct(locale, 'alert.accept')}: ${alert.title}`)}>
                {ct(locale, 'alert.accept')}
              </button>
              <button type="button" className="button" onClick={() => void run('alert.dismiss', { alertId: alert.id }, `${ct(locale, 'alert.dismiss')}: ${alert.title}`)}>
                {ct(locale, 'alert.dismiss')}
              </button>
            </div>
          )}
        </article>
      ))}
    </section>
  );
}

/** What came of the latest commands. */
export function Notices({ locale }: { locale: Locale }) {
  const notices = useConsole((state) => state.notices);
  const dismiss = useConsole((state) => state.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <ul className="notices" aria-live="polite">
      {notices.map((notice) => (
        <li key={notice.id} className="notice" data-tone={notice.tone}>
          <span>{notice.text}</span>
          <button type="button" className="button button-quiet" onClick={() => dismiss(notice.id)} aria-label={ct(locale, 'close')}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
