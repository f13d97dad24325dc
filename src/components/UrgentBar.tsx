// The most urgent lines, one tap away on every screen.
import { useTranslation } from 'react-i18next';
import { URGENT } from '../content/outline';
import { dynamic } from '../lib/i18n';
import type { Route } from '../routes';
import { Link } from './Link';

// 112 and 116 000 everywhere; the children's lines too where the screen is wide enough (on a
// phone they are first on the help page, one tap away).
const EVERYWHERE = ['emergency', 'child-focus'];

export function UrgentBar({ lang }: { lang: string }) {
  const { t } = useTranslation();
  const tx = dynamic(t);
  const help: Route = { name: 'help', lang };
  return (
    <nav class="urgent" aria-label={t('help.urgent')}>
      {URGENT.map((s) => (
        <a class={EVERYWHERE.includes(s.id) ? 'urgent-call' : 'urgent-call wide-only'} href={`tel:${s.tel}`} key={s.id}>
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
