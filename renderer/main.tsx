/** Renderer entry: styles, the React root, and the test hook used by e2e specs and the bench. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { installTestHook } from './shell/test-hook';
import { installPalette } from './styles/palette';
import './styles/app.css';

installPalette(document);
installTestHook();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
