// Boot (loaded by start.ts once the page is painted): choose the language (link, stored choice,
// device, English), load its screen text, take over the first screen that came drawn in the
// page (or draw the one the link names over it), then register the service worker.
import { hydrate, render } from 'preact';
import { App } from './app/App';
import { drawsFirstScreen } from './app/first-screen';
import { parse } from './app/known';
import { prepare } from './app/screens';
import { askPersistentStorage } from './lib/device';
import { startI18n } from './lib/i18n';
import { readPrefs } from './lib/storage';
import { startServiceWorkerAfterLoad } from './lib/sw';

// No top-level await: the screens loaded later import this same first-load chunk, and a module
// still awaiting at the top level would make them wait for it forever.
async function boot(): Promise<void> {
  const initial = parse(location.hash);
  await startI18n(initial.route.lang);
  const app = <App initial={initial} screen={await prepare(initial.route)} />;
  const root = document.getElementById('app')!;
  // The page came with the English home screen drawn (src/tools/prerender.ts): taken over as it
  // is when the app would draw the same, else drawn over (Preact reuses and corrects the nodes).
  if (root.firstElementChild && drawsFirstScreen(initial, readPrefs().intro === true)) hydrate(app, root);
  else render(app, root);
  // What src/lib/first-paint.js held back (words in another language, another screen) shows now.
  document.documentElement.removeAttribute('data-wait');
  startServiceWorkerAfterLoad();
  askPersistentStorage();
}

void boot();
