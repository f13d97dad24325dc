// The most urgent lines, one tap away on every screen.
import { useTranslation } from 'react-i18next';
import { SERVICES } from '../content/services';
import { dynamic } from '../lib/i18n';
import type { Route } from '../routes';
import { Link } from './Link';

const URGENT = SERVICES.filter((s) => s.urgent && (s.id === 'emergency' || s.id === 'child-focus'));

export function UrgentBar({ lang }: { lang: string }) {
  const { t } = useTranslation();
  const tx = dynamic(t);
  const help: Route = { name: 'help', lang };
  return (
    <nav class="urgent" aria-label={t('help.urgent')}>
      {URGENT.map((s) => (
        <a class="urgent-call" href={`tel:${s.tel}`} key={s.id}>
          <span class="urgent-name">{tx(`ui:services.${s.id}.name`)}</span>
          <bdi dir="ltr" class="number">
            {s.number}
          </bdi>
        </a>
      ))}
      <Link class="urgent-more" to={help}>
        {t('help.all')}
      </Link>
    </nav>
  );
}
