// Boot: choose the language (link, stored choice, device, English), load its screen text, draw
// the app, then register the service worker. Everything here is on the first-load path.
import { render } from 'preact';
import { Suspense } from 'preact/compat';
import { App } from './app/App';
import { parse } from './app/known';
import { askPersistentStorage } from './lib/device';
import { startI18n } from './lib/i18n';
import { startServiceWorker } from './lib/sw';
import './app/app.css';

const initial = parse(location.hash);
await startI18n(initial.route.lang);
// The shell's own text is loaded above; the outer boundary only guards against a slow namespace.
render(
  <Suspense fallback={null}>
    <App initial={initial} />
  </Suspense>,
  document.getElementById('app')!,
);
startServiceWorker();
askPersistentStorage();
