import { useState, type FormEvent } from 'react';
import { t } from '../i18n/index.js';
import { isCredential } from '../live/control-connection.js';
import { useConsole } from '../state/console/console-store.js';

/** The sign-in form: one credential ("id:secret"), typed into a password field. */
export function SignIn({ onSubmit }: { onSubmit: (credential: string) => void }) {
  const locale = useConsole((state) => state.signedIn.locale);
  const notice = useConsole((state) => state.signedIn.notice);
  const [value, setValue] = useState('');
  const [formatError, setFormatError] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const credential = value.trim();
    if (!isCredential(credential)) {
      setFormatError(true);
      return;
    }
    setValue('');
    onSubmit(credential);
  };

  return (
    <main className="signin">
      <form className="signin-card" onSubmit={submit} noValidate>
        <h1 className="signin-brand">
          <span className="brand-mark" aria-hidden="true" />
          OpsWall
        </h1>
        <p className="signin-subtitle">{t(locale, 'console.title')}</p>
        {notice && (
          <div className="signin-notice" role="alert">
            <p lang="vi">{notice.vi}</p>
            <p lang="en">{notice.en}</p>
          </div>
        )}
        <label className="field">
          <span className="field-label">{t(locale, 'console.credential')}</span>
          <input
            type="password"
            name="credential"
            autoComplete="current-password"
            spellCheck={false}
            autoFocus
            value={value}
            aria-invalid={formatError}
            onChange={(event) => {
              setValue(event.target.value);
              setFormatError(false);
            }}
          />
        </label>
        {formatError && (
          <p className="field-error" role="alert">
            {t(locale, 'console.badCredentialFormat')}
          </p>
        )}
        <p className="field-hint">{t(locale, 'console.credentialHint')}</p>
        <button type="submit" className="button button-primary">
          {t(locale, 'console.signIn')}
        </button>
      </form>
    </main>
  );
}
