import { useEffect, useState, type CSSProperties } from 'react';
import { browserIdentityEnvironment, resolveIdentity, watchFragmentKey, type IdentityEnvironment, type IdentityResult } from '../live/identity.js';
import { startWallConnection, type WallConnectionOptions } from '../live/wall-connection.js';
import { t } from '../i18n/index.js';
import { ErrorBoundary } from '../panels/ErrorBoundary.js';
import { useWall, useWallStore } from '../state/wall/wall-store.js';
import { ConnectionIndicator } from './ConnectionIndicator.js';
import { DisplayGrid } from './DisplayGrid.js';
import { Splash } from './Splash.js';

/** The splash's minimum text height before an assignment says otherwise (% of the display height). */
const DEFAULT_MIN_TEXT_VH = 2;

interface Props {
  /** Tests pass their own; the page uses the window's. */
  environment?: IdentityEnvironment;
  connect?: WallConnectionOptions['connect'];
}

/** One display of the wall: resolves who it is, connects to the hub and shows its part of the layout. */
export function WallApp({ environment, connect }: Props) {
  const store = useWallStore();
  const [identity, setIdentity] = useState<IdentityResult | null>(null);
  const assignment = useWall((state) => state.assignment);

  useEffect(() => {
    let alive = true;
    const env = environment ?? browserIdentityEnvironment();
    const resolve = () =>
      resolveIdentity(env).then(
        (result) => alive && setIdentity(result),
        (error: unknown) => {
          store.getState().reportError('identity', error, Date.now());
          if (alive) setIdentity({ ok: false, displayId: null, reason: 'shell-failed' });
        },
      );
    void resolve();
    // A key added to the address later (an operator pasting it in) is taken at once: the connection restarts with it.
    const stopWatching = env.bridge ? () => {} : watchFragmentKey(window, env.location, () => void resolve());
    return () => {
      alive = false;
      stopWatching();
    };
  }, [environment, store]);

  useEffect(() => {
    if (!identity?.ok) return;
    return startWallConnection(connect ? { identity: identity.identity, store, connect } : { identity: identity.identity, store });
  }, [identity, store, connect]);

  const displayId = identity?.ok ? identity.identity.displayId : (identity?.displayId ?? null);
  const style = { '--min-text-vh': String(assignment?.minTextHeightVh ?? DEFAULT_MIN_TEXT_VH) } as CSSProperties;
  return (
    <div className="wall-root" data-display-id={displayId ?? undefined} data-layout-version={assignment?.layout.version} lang={assignment?.layout.locale ?? 'vi'} style={style}>
      {assignment ? (
        <>
          {/* A last line of defence: a fault outside any panel shows a notice, never a blank wall. */}
          <ErrorBoundary
            key={assignment.layout.version}
            onError={(error) => store.getState().reportError('display grid', error, Date.now())}
            fallback={(error) => (
              <div className="splash" role="alert">
                <div className="splash-problem">
                  <p lang="vi">{t('vi-VN', 'wall.renderError')}</p>
                  <p lang="en">{t('en-GB', 'wall.renderError')}</p>
                  <p className="splash-retry">{error.message}</p>
                </div>
              </div>
            )}
          >
            <DisplayGrid assignment={assignment} />
          </ErrorBoundary>
          <ConnectionIndicator locale={assignment.layout.locale} timeZone={assignment.layout.timeZone} />
        </>
      ) : (
        <Splash displayId={displayId} problem={identity && !identity.ok ? identity.reason : null} />
      )}
    </div>
  );
}
