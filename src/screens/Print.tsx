// The handout: the whole guide on one page, in one or two languages, with pictures and the help
// numbers, laid out for A4 by the print stylesheet. Nothing interactive is printed.
import { useTranslation } from 'react-i18next';
import { GUIDES } from '../content/guides';
import { dirOf } from '../content/languages';
import { SERVICES } from '../content/services';
import { Picture } from '../components/Picture';
import { dynamic } from '../lib/i18n';
import { printPage } from '../lib/session';
import type { Route } from '../routes';
import type { GuideId } from '../content/types';
import './print.css';

function Words({ guide, lang, id }: { guide: GuideId; lang: string; id: string }) {
  const { t } = useTranslation([guide], { lng: lang });
  const tx = dynamic(t);
  return (
    <div class="print-words" lang={lang} dir={dirOf(lang)}>
      <h2>{tx(`steps.${id}.title`)}</h2>
      <p>{tx(`steps.${id}.text`)}</p>
    </div>
  );
}

function Title({ guide, lang }: { guide: GuideId; lang: string }) {
  const { t } = useTranslation('ui', { lng: lang });
  return (
    <span lang={lang} dir={dirOf(lang)} class="print-title">
      {dynamic(t)(`guides.${guide}.title`)}
    </span>
  );
}

export default function Print({ route }: { route: Extract<Route, { name: 'print' }> }) {
  const { t } = useTranslation(['ui', route.guide]);
  const tx = dynamic(t);
  const guide = GUIDES[route.guide];
  const langs = route.with ? [route.lang, route.with] : [route.lang];
  return (
    <div class={route.with ? 'handout two' : 'handout'}>
      <button type="button" class="button no-print" onClick={printPage}>
        {t('session.print')}
      </button>
      <h1>
        {langs.map((l) => (
          <Title guide={route.guide} lang={l} key={l} />
        ))}
      </h1>
      <ol class="print-steps">
        {guide.steps.map((step) => (
          <li key={step.id}>
            <Picture picture={step.picture} alt={tx(`${route.guide}:steps.${step.id}.alt`)} size={64} />
            {langs.map((l) => (
              <Words guide={route.guide} lang={l} id={step.id} key={l} />
            ))}
          </li>
        ))}
      </ol>
      <h2>{t('done.call')}</h2>
      <ul class="print-numbers">
        {SERVICES.map((s) => (
          <li key={s.id}>
            {tx(`ui:services.${s.id}.name`)}:{' '}
            <bdi dir="ltr" class="number">
              {s.number}
            </bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}
