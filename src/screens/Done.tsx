// The end of a guide: a calm summary of the rights with their pictures, and who to call.
import { useTranslation } from 'react-i18next';
import { GUIDES } from '../content/guides';
import { SERVICES } from '../content/services';
import { Link } from '../components/Link';
import { Picture } from '../components/Picture';
import { PageHeader } from '../components/PageHeader';
import { Sentences } from '../components/Sentences';
import { ServiceCard } from '../components/ServiceCard';
import { CallNotes } from '../components/CallNotes';
import { dynamic } from '../lib/i18n';
import type { Route } from '../routes';
import './done.css';

export default function Done({ route }: { route: Extract<Route, { name: 'done' }> }) {
  const { t } = useTranslation(['ui', route.guide]);
  const tx = dynamic(t);
  const guide = GUIDES[route.guide];
  const rights = guide.steps.filter((s) => s.summary);
  const calls = SERVICES.filter((s) => s.urgent);
  return (
    <div class="done">
      <PageHeader title={t('done.title')} lead={t('done.text')} />
      <h2>{t('done.rights')}</h2>
      <ul class="summary">
        {rights.map((s) => (
          <li key={s.id}>
            <Picture picture={s.picture} alt="" size={56} />
            <Sentences text={tx(`${route.guide}:steps.${s.id}.title`)} />
          </li>
        ))}
      </ul>
      <h2>{t('done.call')}</h2>
      <ul class="services">
        {calls.map((s) => (
          <ServiceCard service={s} key={s.id} />
        ))}
      </ul>
      <CallNotes services={calls} t={tx} />
      <div class="home-actions">
        <Link class="button secondary" to={{ name: 'step', lang: route.lang, guide: route.guide, n: 1 }}>
          {t('done.again')}
        </Link>
        <Link class="button" to={{ name: 'home', lang: route.lang }}>
          {t('nav.home')}
        </Link>
      </div>
    </div>
  );
}
