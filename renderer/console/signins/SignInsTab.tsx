import { useCallback, useEffect, useState } from 'react';
import { z } from 'zod';
import { signInSchema, type SignInInfo } from '../../../src/protocol/control/index.js';
import type { Locale } from '../../i18n/index.js';
import { clockTime } from '../../i18n/time.js';
import type { SendCommand } from '../../state/console/commands-slice.js';
import { useConsole } from '../../state/console/console-store.js';
import { ct } from '../messages.js';
import { useCommand } from '../shared/use-command.js';

/** Administrators: the console sign-ins open now (end one), and barring a credential until unbarred. */
export function SignInsTab({ locale, timeZone }: { locale: Locale; timeZone: string }) {
  const send = useConsole((state) => state.send);
  const run = useCommand();
  const [signIns, setSignIns] = useState<SignInInfo[]>([]);
  const [credentialId, setCredentialId] = useState('');
  const refresh = useCallback(() => listSignIns(send).then((list) => list && setSignIns(list)), [send]);
  useEffect(() => {
    let alive = true;
    void listSignIns(send).then((list) => alive && list && setSignIns(list));
    return () => {
      alive = false;
    };
  }, [send]);
  return (
    <div className="signins">
      <header className="section-head">
        <h2>{ct(locale, 'signins.title')}</h2>
        <button type="button" className="button" onClick={() => void refresh()}>
          {ct(locale, 'signins.refresh')}
        </button>
      </header>
      <ul className="plan-list">
        {signIns.map((signIn) => (
          <li key={signIn.id} className="plan">
            <header>
              <h3>
                {signIn.credentialId} {signIn.current && <span className="muted">{ct(locale, 'signins.current')}</span>}
              </h3>
              <span className="muted">{signIn.roles.join(', ')}</span>
            </header>
            <p className="muted">
              {signIn.address ?? '—'} · {ct(locale, 'signins.since', { time: clockTime(signIn.since, timeZone) })}
            </p>
            {!signIn.current && (
              <button type="button" className="button" onClick={() => void run('signin.revoke', { signInId: signIn.id }, `${ct(locale, 'signins.revoke')}: ${signIn.credentialId}`).then(refresh)}>
                {ct(locale, 'signins.revoke')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <form
        className="plan-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run('credential.bar', { credentialId }, `${ct(locale, 'signins.bar')}: ${credentialId}`).then(refresh);
        }}
      >
        <label className="field">
          <span className="field-label">{ct(locale, 'signins.credentialId')}</span>
          <input value={credentialId} onChange={(event) => setCredentialId(event.target.value)} required pattern="[a-z0-9][a-z0-9-]{0,62}" />
        </label>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {ct(locale, 'signins.bar')}
          </button>
          <button type="button" className="button" disabled={!credentialId} onClick={() => void run('credential.unbar', { credentialId }, `${ct(locale, 'signins.unbar')}: ${credentialId}`)}>
            {ct(locale, 'signins.unbar')}
          </button>
        </div>
      </form>
    </div>
  );
}

async function listSignIns(send: SendCommand | null): Promise<SignInInfo[] | null> {
  if (!send) return null;
  const answer = await send('signin.list', {});
  const parsed = z.array(signInSchema).safeParse(answer.ok ? answer.result : null);
  return parsed.success ? parsed.data : null;
}
