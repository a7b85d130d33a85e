import type { ReactNode } from 'react';
import { t, type MessageKey } from '../i18n/index.js';
import { refusalText, type BilingualText } from '../i18n/refusals.js';
import type { IdentityProblem } from '../live/identity.js';
import { clockTime } from '../i18n/time.js';
import { useWall } from '../state/wall/wall-store.js';

const both = (key: MessageKey, vars?: Record<string, string>): BilingualText => ({ vi: t('vi-VN', key, vars), en: t('en-GB', key, vars) });

function Bilingual({ text }: { text: BilingualText }): ReactNode {
  return (
    <>
      <p lang="vi">{text.vi}</p>
      <p lang="en">{text.en}</p>
    </>
  );
}

/**
 * What a display shows before its first assignment: calm, dark, never blank. Bilingual, since the
 * layout (and so its language) is not known yet. A refusal is shown large: someone must fix the config.
 */
export function Splash({ displayId, problem }: { displayId: string | null; problem: IdentityProblem | null }) {
  const connection = useWall((state) => state.connection);
  return (
    <div className="splash">
      <div className="splash-brand">
        <span className="splash-mark" aria-hidden="true" />
        {t('vi-VN', 'app.name')}
      </div>
      {displayId && (
        <p className="splash-display">
          {t('vi-VN', 'wall.display')} / {t('en-GB', 'wall.display')} <strong>{displayId}</strong>
        </p>
      )}
      {problem ? (
        <div className="splash-problem" role="alert">
          <Bilingual text={both(problem === 'no-display' ? 'wall.noDisplay' : 'wall.shellFailed')} />
        </div>
      ) : connection.status === 'refused' ? (
        <div className="splash-problem" role="alert" data-code={connection.refusal.code}>
          <Bilingual text={refusalText(connection.refusal, 'wall')} />
          {connection.retryAt !== null && (
            <p className="splash-retry">
              {t('vi-VN', 'wall.retryIn', { time: clockTime(connection.retryAt) })} / {t('en-GB', 'wall.retryIn', { time: clockTime(connection.retryAt) })}
            </p>
          )}
        </div>
      ) : (
        <div className="splash-status" role="status">
          <span className="splash-pulse" aria-hidden="true" />
          <div>
            <Bilingual text={both('wall.connecting')} />
          </div>
        </div>
      )}
    </div>
  );
}
