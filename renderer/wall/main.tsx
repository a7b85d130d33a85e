import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import '../theme/theme.css';
import './wall.css';
import '../panels/panels.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createWallStore, WallStoreProvider } from '../state/wall/wall-store.js';
import { WallApp } from './WallApp.js';

const container = document.getElementById('root');
if (!container) throw new Error('the wall page has no #root');
createRoot(container).render(
  <StrictMode>
    <WallStoreProvider store={createWallStore()}>
      <WallApp />
    </WallStoreProvider>
  </StrictMode>,
);
