import { useCallback, useEffect } from 'react';
import { CONSOLE_CREDENTIAL_KEY, startControlConnection, type ControlConnectionOptions } from '../live/control-connection.js';
import { useConsole, useConsoleStore } from '../state/console/console-store.js';
import { ConsoleShell } from './shell/ConsoleShell.js';
import { SignIn } from './SignIn.js';

interface Props {
  storage?: Pick<Storage, 'setItem' | 'removeItem'>;
  connect?: ControlConnectionOptions['connect'];
}

/** The operators' console: sign in with a credential, then watch the room live (see restoreSignIn for reloads). */
export function ConsoleApp({ storage = window.sessionStorage, connect }: Props) {
  const store = useConsoleStore();
  const credential = useConsole((state) => state.signedIn.credential);
  const locale = useConsole((state) => state.signedIn.locale);

  useEffect(() => {
    document.documentElement.lang = locale === 'vi-VN' ? 'vi' : 'en';
  }, [locale]);

  useEffect(() => {
    if (credential === null) return;
    store.getState().connectionStarted(Date.now());
    return startControlConnection(connect ? { credential, store, storage, connect } : { credential, store, storage });
  }, [credential, store, storage, connect]);

  const signIn = useCallback(
    (value: string) => {
      storage.setItem(CONSOLE_CREDENTIAL_KEY, value);
      store.getState().signIn(value);
    },
    [storage, store],
  );
  const signOut = useCallback(() => {
    storage.removeItem(CONSOLE_CREDENTIAL_KEY);
    store.getState().roomCleared();
    store.getState().signOut(null);
  }, [storage, store]);

  return credential === null ? <SignIn onSubmit={signIn} /> : <ConsoleShell onSignOut={signOut} />;
}
