// The shell: quick exit, language and read-aloud always in the same place, the screen for the
// current route, and the urgent help bar. State flows one way: hash → route → screen.
import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from '../components/Link';
import { Note } from '../components/Notes';
import { QuickExit } from '../components/QuickExit';
import { UpdatePrompt } from '../components/UpdatePrompt';
import { UrgentBar } from '../components/UrgentBar';
import { LanguagePicker } from '../components/LanguagePicker';
import { ReadAloud } from '../components/ReadAloud';
import { guardBackForward, onExit } from '../lib/exit';
import { failedLanguages, onFailedLanguage } from '../lib/i18n';
import { navigate, onNavigate } from '../lib/history';
import { readPrefs, writePrefs } from '../lib/storage';
import { deviceLanguages } from '../lib/device';
import { buildHash, withLanguage, type Parsed, type Route } from '../routes';
import { parse } from './known';
import { OUTLINE } from '../content/outline';
import { NO_RECORDINGS, cacheRecordings, recordingsFor } from '../lib/recordings';
import { prepare, readyScreen, type Screen } from './screens';
import { Icon } from '../components/Icon';

export function App({ initial, screen }: { initial: Parsed; screen: Screen }) {
  const { t } = useTranslation();
  const [{ route, problem }, setParsed] = useState<Parsed>(initial);
  // A language whose words failed to load is shown in English with a note (until dismissed).
  const [, heardFailure] = useState(0);
  const [fallbackDismissed, dismissFallback] = useState<string>();
  const fallback = failedLanguages().has(route.lang) && fallbackDismissed !== route.lang;
  const [storageFailed, setStorageFailed] = useState(false);
  // Device languages come first in the picker only until a language has been chosen.
  const [firstVisit] = useState(() => !readPrefs().lang);

  // The screen on view changes only once the next one is ready: no flash of untranslated text.
  const [prepared, setShown] = useState<{ route: Route; Screen: Screen }>({ route: initial.route, Screen: screen });
  const ready = readyScreen(route);
  const shown = ready ? { route, Screen: ready } : prepared;
  useEffect(() => {
    if (ready) return;
    let live = true;
    prepare(route)
      .then((Screen) => live && setShown({ route, Screen }))
      .catch(() => live && setParsed({ route: { name: 'home', lang: route.lang }, problem: 'page' }));
    return () => {
      live = false;
    };
  }, [route]);

  useEffect(() => onNavigate((hash) => setParsed(parse(hash))), []);
  useEffect(() => onExit(() => setParsed({ route: { name: 'home', lang: route.lang } })), [route.lang]);
  useEffect(() => guardBackForward(() => navigate(buildHash({ name: 'home', lang: route.lang }))), [route.lang]);
  useEffect(() => onFailedLanguage(() => heardFailure((n) => n + 1)), []);

  // The address always names the screen shown (a bad link is corrected in place).
  useEffect(() => {
    const hash = buildHash(route);
    if (hash !== location.hash) history.replaceState(null, '', hash);
  }, [route]);

  useEffect(() => cacheRecordings(route.lang), [route.lang]);

  const chooseLanguage = (code: string) => {
    if (!writePrefs({ lang: code })) setStorageFailed(true);
    navigate(buildHash(withLanguage(route, code)));
  };
  const home: Route = { name: 'home', lang: route.lang };
  const printing = route.name === 'print';
  const step = route.name === 'step' ? { guide: route.guide, id: OUTLINE[route.guide].steps[route.n - 1] } : undefined;
  const recordings = step ? recordingsFor(route.lang, step.guide, step.id) : NO_RECORDINGS;

  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {t('app.skip')}
      </a>
      <header class="topbar">
        <Link to={home} class="brand">
          <Icon name="compass" />
          {t('app.name')}
        </Link>
        <QuickExit />
        <UrgentBar lang={route.lang} />
      </header>
      {!printing && (
        <div class="toolbar">
          <LanguagePicker current={route.lang} onChoose={chooseLanguage} preferred={firstVisit ? deviceLanguages() : []} />
          <ReadAloud lang={route.lang} routeKey={buildHash(route)} recordings={recordings} step={step} />
        </div>
      )}
      <div class="notes">
        <UpdatePrompt />
        {problem && <Note onDismiss={() => setParsed({ route })}>{t(`notes.${problem}`)}</Note>}
        {fallback && <Note onDismiss={() => dismissFallback(route.lang)}>{t('notes.fallback')}</Note>}
        {storageFailed && <Note onDismiss={() => setStorageFailed(false)}>{t('notes.storage')}</Note>}
      </div>
      <main id="main" tabIndex={-1}>
        <shown.Screen route={shown.route as never} />
      </main>
      <footer class="footer">
        <nav aria-label={t('nav.main')}>
          <Link to={{ name: 'glossary', lang: route.lang }}>{t('footer.glossary')}</Link>
          <Link to={{ name: 'safety', lang: route.lang }}>{t('footer.safety')}</Link>
          <Link to={{ name: 'professionals', lang: route.lang }}>{t('footer.professionals')}</Link>
        </nav>
      </footer>
    </>
  );
}
