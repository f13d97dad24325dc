// Renders the whole app at a hash, as main.tsx does, with the real i18n backend (locale files are
// read from disk by the fetch stub in setup.ts).
import { render } from '@testing-library/preact';
import i18next from 'i18next';
import { Suspense } from 'preact/compat';
import { App } from '../../src/app/App';
import { parse } from '../../src/app/known';
import { startI18n } from '../../src/lib/i18n';

let started: Promise<unknown> | undefined;

export async function renderApp(hash: string) {
  history.replaceState(null, '', hash || location.pathname);
  const initial = parse(location.hash);
  started ??= startI18n(initial.route.lang);
  await started;
  await i18next.changeLanguage(initial.route.lang);
  return render(
    <Suspense fallback={null}>
      <App initial={initial} />
    </Suspense>,
  );
}
