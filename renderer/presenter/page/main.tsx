import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import '../../theme/theme.css';
import './presenter.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { takeFragmentKey } from '../../live/fragment-key.js';
import { PRESENTER_CREDENTIAL_KEY, PresenterApp } from './PresenterApp.js';
import { usePresenter } from './presenter-store.js';

const container = document.getElementById('root');
if (!container) throw new Error('the presenter page has no #root');
// Like the console: a #key=<id:secret> is moved to this tab's storage and stripped from the address.
takeFragmentKey(window.location, window.history, window.sessionStorage, PRESENTER_CREDENTIAL_KEY);
const saved = window.sessionStorage.getItem(PRESENTER_CREDENTIAL_KEY);
if (saved) usePresenter.getState().signIn(saved);
createRoot(container).render(
  <StrictMode>
    <PresenterApp />
  </StrictMode>,
);
