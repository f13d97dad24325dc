// Renders the whole app at a hash, as main.tsx does, with the real i18n backend (locale files are
// read from disk by the fetch stub in setup.ts).
import { render } from '@testing-library/preact';
import { App } from '../../src/app/App';
import { parse } from '../../src/app/known';
import { prepare } from '../../src/app/screens';
import { startI18n } from '../../src/lib/i18n';

let started: Promise<unknown> | undefined;

export async function renderApp(hash: string) {
  history.replaceState(null, '', hash || location.pathname);
  const initial = parse(location.hash);
  started ??= startI18n(initial.route.lang);
  await started;
  return render(<App initial={initial} screen={await prepare(initial.route)} />);
}
