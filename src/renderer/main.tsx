/** Entry point. Fonts are bundled: institution PCs often have no Devanagari font at all. */
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-devanagari/400.css';
import '@fontsource/noto-sans-devanagari/600.css';
import '@fontsource/noto-sans-devanagari/700.css';
import './styles/app.css';
import './styles/sync.css';
import './styles/matches.css';
import './styles/casefile.css';
import './styles/movements.css';
import './styles/cases.css';
import './styles/print.css';
import './styles/purge.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureRunToken } from './api/run-token';
import { App } from './App';
import { initI18n } from './i18n';

captureRunToken();
void initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
