// The help directory: urgent lines first, then the rest; beside them, the traces a call leaves
// and what to do if a children's line does not answer.
import { useTranslation } from 'react-i18next';
import { SERVICES } from '../content/services';
import { ServiceCard } from '../components/ServiceCard';
import { CallNotes } from '../components/CallNotes';
import { dynamic } from '../lib/i18n';
import { PageHeader } from '../components/PageHeader';

const ORDERED = [...SERVICES.filter((s) => s.urgent), ...SERVICES.filter((s) => !s.urgent)];

export default function Help() {
  const { t } = useTranslation();
  return (
    <div class="help">
      <PageHeader title={t('help.title')} lead={t('help.lead')} />
      <CallNotes services={ORDERED} t={dynamic(t)} />
      <ul class="services">
        {ORDERED.map((s) => (
          <ServiceCard service={s} key={s.id} />
        ))}
      </ul>
    </div>
  );
}
