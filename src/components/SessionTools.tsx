// For a worker in a session: a second language side by side, full screen for a projector, the
// printable handout and the share page. Quiet, below the step, so the child's view stays calm.
import { useId } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../content/languages';
import { navigate } from '../lib/history';
import { toggleFullscreen } from '../lib/session';
import { buildHash, type Route } from '../routes';
import { Link } from './Link';

export function SessionTools({ route }: { route: Extract<Route, { name: 'step' }> }) {
  const { t } = useTranslation();
  const id = useId();
  const choose = (code: string) => {
    navigate(buildHash({ ...route, with: code || undefined }));
  };
  // Folded away by default: the child's screen stays calm; a worker opens it once per session.
  return (
    <details class="session" open={route.with !== undefined}>
      <summary>{t('footer.professionals')}</summary>
      <div class="session-tools">
      <label for={id}>{t('session.second')}</label>
      <select id={id} value={route.with ?? ''} onChange={(e) => choose(e.currentTarget.value)}>
        <option value="">{t('session.none')}</option>
        {LANGUAGES.filter((l) => l.code !== route.lang).map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.native}
          </option>
        ))}
      </select>
      <button type="button" class="button secondary" onClick={toggleFullscreen}>
        {t('session.present')}
      </button>
      <Link class="button secondary" to={{ name: 'print', lang: route.lang, guide: route.guide, ...(route.with ? { with: route.with } : {}) }}>
        {t('session.print')}
      </Link>
      <Link class="button secondary" to={{ name: 'share', lang: route.lang }}>
        {t('session.share')}
      </Link>
      </div>
    </details>
  );
}
