// Words to know: each hard word with a picture and one or two plain sentences.
import { useTranslation } from 'react-i18next';
import { TERMS } from '../content/glossary';
import { Picture } from '../components/Picture';
import { Sentences } from '../components/Sentences';
import { dynamic } from '../lib/i18n';
import { PageHeader } from '../components/PageHeader';
import './glossary.css';

export default function Glossary() {
  const { t } = useTranslation(['ui', 'glossary']);
  const tx = dynamic(t);
  return (
    <div class="glossary">
      <PageHeader title={t('glossary.title')} lead={t('glossary.lead')} />
      <ul class="terms">
        {TERMS.map((term) => (
          <li key={term.id} id={`term-${term.id}`}>
            <Picture picture={term.picture} alt={tx(`glossary:${term.id}.alt`)} size={64} />
            <div>
              <h2>
                <Sentences text={tx(`glossary:${term.id}.word`)} />
              </h2>
              <p>
                <Sentences text={tx(`glossary:${term.id}.meaning`)} />
              </p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
