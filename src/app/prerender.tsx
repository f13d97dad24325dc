// Build time only (src/tools/prerender.ts runs it in Node): the first screen as HTML, drawn by
// the same components the browser runs, so the app can take it over (hydrate) as it is.
import { renderToString } from 'preact-render-to-string';
import { initI18n } from '../lib/i18n';
import { App } from './App';
import { FIRST_SCREEN } from './first-screen';
import { prepare } from './screens';

export async function prerender(): Promise<string> {
  await initI18n(FIRST_SCREEN.route.lang);
  return renderToString(<App initial={FIRST_SCREEN} screen={await prepare(FIRST_SCREEN.route)} />);
}
