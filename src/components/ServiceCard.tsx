// One help line: picture, name, what it is for, the facts we know, and a big call button.
import { useTranslation } from 'react-i18next';
import type { Service } from '../content/types';
import { dynamic } from '../lib/i18n';
import { Picture } from './Picture';
import { Sentences } from './Sentences';
import { Icon } from './Icon';
import './service.css';

export function ServiceCard({ service: s }: { service: Service }) {
  const { t } = useTranslation();
  const tx = dynamic(t);
  const name = tx(`ui:services.${s.id}.name`);
  // Only what the data states, each fact with its source (services.ts): nothing about cost or hours otherwise.
  const facts = [...s.facts.map((f) => tx(`ui:help.fact.${f.fact}`)), tx(`ui:help.region.${s.region}`)];
  return (
    <li class="service">
      <Picture picture={s.picture} alt="" size={64} />
      <h2>
        <Sentences text={name} />
      </h2>
      <p>
        <Sentences text={tx(`ui:services.${s.id}.purpose`)} />
      </p>
      <p class="facts">{facts.join(' · ')}</p>
      <a class="call" href={`tel:${s.tel}`}>
        <Icon name="telephone-receiver" />
        {t('help.call', { name })}
        <bdi dir="ltr" class="number">
          {s.number}
        </bdi>
      </a>
    </li>
  );
}
