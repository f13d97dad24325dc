// Boot: choose the language (link, stored choice, device, English), load its screen text, draw
// the app, then register the service worker. Everything here is on the first-load path.
import { render } from 'preact';
import { App } from './app/App';
import { parse } from './app/known';
import { prepare } from './app/screens';
import { askPersistentStorage } from './lib/device';
import { startI18n } from './lib/i18n';
import { startServiceWorker } from './lib/sw';
import './app/app.css';

// No top-level await: the screens loaded later import this same first-load chunk, and a module
// still awaiting at the top level would make them wait for it forever.
async function boot(): Promise<void> {
  const initial = parse(location.hash);
  await startI18n(initial.route.lang);
  render(<App initial={initial} screen={await prepare(initial.route)} />, document.getElementById('app')!);
  startServiceWorker();
  askPersistentStorage();
}

void boot();
