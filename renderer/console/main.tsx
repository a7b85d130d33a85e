import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import '../theme/theme.css';
import './console.css';
import './room/room.css';
import './shared/controls.css';
// Last: the tablet layout overrides the desk one.
import './tablet.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { restoreSignIn } from '../live/control-connection.js';
import { createConsoleStore, ConsoleStoreProvider } from '../state/console/console-store.js';
import { ConsoleApp } from './ConsoleApp.js';

const container = document.getElementById('root');
if (!container) throw new Error('the console page has no #root');
const store = createConsoleStore();
restoreSignIn(store, { location: window.location, history: window.history, storage: window.sessionStorage });
createRoot(container).render(
  <StrictMode>
    <ConsoleStoreProvider store={store}>
      <ConsoleApp />
    </ConsoleStoreProvider>
  </StrictMode>,
);
