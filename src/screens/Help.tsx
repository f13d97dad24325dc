// The help directory: urgent lines first, then the rest; a kind word on the traces a call leaves.
import { useTranslation } from 'react-i18next';
import { SERVICES } from '../content/services';
import { ServiceCard } from '../components/ServiceCard';
import { Sentences } from '../components/Sentences';
import { Icon } from '../components/Icon';
import { PageHeader } from '../components/PageHeader';

const ORDERED = [...SERVICES.filter((s) => s.urgent), ...SERVICES.filter((s) => !s.urgent)];

export default function Help() {
  const { t } = useTranslation();
  return (
    <div class="help">
      <PageHeader title={t('help.title')} lead={t('help.lead')} />
      <p class="trace">
        <Icon name="information" />
        <Sentences text={t('help.trace')} />
      </p>
      <ul class="services">
        {ORDERED.map((s) => (
          <ServiceCard service={s} key={s.id} />
        ))}
      </ul>
    </div>
  );
}
