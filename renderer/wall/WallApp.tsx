import { useEffect, useState, type CSSProperties } from 'react';
import { flushSync } from 'react-dom';
import type { DisplayAssignment } from '../../src/protocol/wall/index.js';
import { browserIdentityEnvironment, resolveIdentity, watchFragmentKey, type IdentityEnvironment, type IdentityResult } from '../live/identity.js';
import { startWallConnection, type WallConnectionOptions } from '../live/wall-connection.js';
import { t } from '../i18n/index.js';
import { ErrorBoundary } from '../panels/ErrorBoundary.js';
import { layerKey } from '../state/wall/assignment-slice.js';
import { useWall, useWallStore } from '../state/wall/wall-store.js';
import { ConnectionIndicator } from './ConnectionIndicator.js';
import { DisplayGrid } from './DisplayGrid.js';
import { Splash } from './Splash.js';
import { AnnotationLayer } from '../presenter/AnnotationLayer.js';
import { SessionLinkContext, WallSessionLink } from '../presenter/session-link.js';

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
  // The presenter session's layer and video: one link per page, handed to the connection and the panels.
  const [sessionLink] = useState(() => new WallSessionLink((message) => store.getState().reportError('session', message, Date.now())));

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
    const bridge = (environment ?? browserIdentityEnvironment()).bridge;
    const onPicture = bridge ? (listener: Parameters<NonNullable<WallConnectionOptions['onPicture']>>[0]) => bridge.device.onPicture(listener) : undefined;
    return startWallConnection({ identity: identity.identity, store, flushSync, session: sessionLink, ...(connect ? { connect } : {}), ...(onPicture ? { onPicture } : {}) });
  }, [identity, store, connect, environment, sessionLink]);

  const displayId = identity?.ok ? identity.identity.displayId : (identity?.displayId ?? null);
  const style = {
    '--min-text-vh': String(assignment?.minTextHeightVh ?? DEFAULT_MIN_TEXT_VH),
    '--small-print-vh': String(assignment?.smallPrintHeightVh ?? DEFAULT_MIN_TEXT_VH),
  } as CSSProperties;
  return (
    <div className="wall-root" data-display-id={displayId ?? undefined} data-layout-version={assignment?.layout.version} lang={assignment?.layout.locale ?? 'vi'} style={style}>
      {assignment ? (
        <SessionLinkContext.Provider value={sessionLink}>
          <Layers assignment={assignment} />
          <AnnotationLayer minTextHeightVh={assignment.minTextHeightVh} />
          <ConnectionIndicator locale={assignment.layout.locale} timeZone={assignment.layout.timeZone} />
        </SessionLinkContext.Provider>
      ) : (
        <Splash displayId={displayId} problem={identity && !identity.ok ? identity.reason : null} />
      )}
    </div>
  );
}

/**
 * What the display shows, and (during a two-phase switch) the next assignment rendered off-screen in a
 * hidden layer of the same size. The commit only flips which layer is visible: the prepared layer stays
 * mounted (same key), so the switch costs one style change in one frame — never a blank or half-built wall.
 */
function Layers({ assignment }: { assignment: DisplayAssignment }) {
  const store = useWallStore();
  const pending = useWall((state) => state.pending);
  const retiring = useWall((state) => state.retiring);
  // The order never changes a layer's place among its siblings: retiring, shown, prepared.
  const layers: DisplayAssignment[] = [];
  if (retiring && layerKey(retiring) !== layerKey(assignment)) layers.push(retiring);
  layers.push(assignment);
  if (pending && layerKey(pending.assignment) !== layerKey(assignment)) layers.push(pending.assignment);
  return (
    <div className="wall-layers">
      {layers.map((layer) => {
        const shown = layer === assignment;
        return (
          <div
            key={layerKey(layer)}
            className="wall-layer"
            data-layer={shown ? 'shown' : layer === retiring ? 'retiring' : 'prepared'}
            data-layout-version={layer.layout.version}
            aria-hidden={shown ? undefined : true}
            style={{ '--min-text-vh': String(layer.minTextHeightVh), '--small-print-vh': String(layer.smallPrintHeightVh), visibility: shown ? 'visible' : 'hidden' } as CSSProperties}
          >
            {/* A last line of defence: a fault outside any panel shows a notice, never a blank wall. */}
            <ErrorBoundary
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
              <DisplayGrid assignment={layer} />
            </ErrorBoundary>
          </div>
        );
      })}
    </div>
  );
}
