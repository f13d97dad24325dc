// Home: the two guides as big picture cards, help now, staying safe. Nothing else competes.
import { useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { OUTLINE } from '../content/outline';
import { Link } from '../components/Link';
import { Note } from '../components/Notes';
import { Picture } from '../components/Picture';
import { Sentences } from '../components/Sentences';
import { dynamic } from '../lib/i18n';
import { readPrefs, writePrefs } from '../lib/storage';
import type { Route } from '../routes';
import { Icon } from '../components/Icon';
import { PageHeader } from '../components/PageHeader';

export function Home({ route: { lang } }: { route: Route }) {
  const { t } = useTranslation();
  const tx = dynamic(t);
  const [intro, setIntro] = useState(() => !readPrefs().intro);
  const closeIntro = () => {
    writePrefs({ intro: true });
    setIntro(false);
  };
  return (
    <div class="home">
      {intro && (
        <Note onDismiss={closeIntro} dismissLabel={t('intro.ok')}>
          <strong>{t('intro.title')}. </strong>
          {t('intro.text')}
        </Note>
      )}
      <PageHeader title={t('home.title')} lead={t('home.lead')} />
      <h2 class="visually-hidden">{t('home.guides')}</h2>
      <ul class="cards">
        {Object.values(OUTLINE).map((g, i) => (
          <li key={g.id}>
            <Link class="card" to={{ name: 'step', lang, guide: g.id, n: 1 }}>
              {/* Below the first card, pictures wait until scrolled near (on a phone, below the fold). */}
              <Picture picture={g.picture} alt="" size={96} lazy={i > 0} />
              <span>
                <strong>
                  <Sentences text={tx(`guides.${g.id}.title`)} />
                </strong>
                <Sentences text={tx(`guides.${g.id}.summary`)} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <div class="home-actions">
        <Link class="button" to={{ name: 'help', lang }}>
          <Icon name="telephone-receiver" lazy />
          {t('home.getHelp')}
        </Link>
        <Link class="button secondary" to={{ name: 'safety', lang }}>
          <Icon name="shield" lazy />
          {t('home.safety')}
        </Link>
      </div>
    </div>
  );
}
