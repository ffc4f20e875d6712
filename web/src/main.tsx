import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadConfig } from './lib/config';
import { startI18n } from './lib/i18n';
import './styles/main.scss';

startI18n();
const root = createRoot(document.getElementById('root') as HTMLElement);
loadConfig().then(
  (config) => root.render(<App config={config} />),
  () => {
    root.render(
      <main className="govuk-width-container govuk-main-wrapper">
        <h1 className="govuk-heading-l">Portal belum dikonfigurasi</h1>
        <p className="govuk-body">Berkas /config.json tidak dapat dibaca. Hubungi pengelola sistem.</p>
      </main>,
    );
  },
);
