// Staying safe: what quick exit does and cannot do, private browsing, removing the app, and
// "Forget this device" (one confirmed action).
import { useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { Sentences } from '../components/Sentences';
import { forgetDevice } from '../lib/forget';
import { PageHeader } from '../components/PageHeader';

const SECTIONS = ['exit', 'cannot', 'private', 'remove', 'keep'] as const;

export default function Safety() {
  const { t } = useTranslation('safety');
  const [stage, setStage] = useState<'idle' | 'asking' | 'done'>('idle');
  const forget = async () => {
    await forgetDevice();
    setStage('done');
  };
  return (
    <div class="safety">
      <PageHeader title={t('title')} lead={t('lead')} />
      {SECTIONS.map((s) => (
        <section key={s}>
          <h2>
            <Sentences text={t(`${s}Title`)} />
          </h2>
          <p>
            <Sentences text={t(`${s}Text`)} />
          </p>
        </section>
      ))}
      <section>
        <h2>
          <Sentences text={t('forgetTitle')} />
        </h2>
        <p>
          <Sentences text={t('forgetText')} />
        </p>
        {stage === 'idle' && (
          <button type="button" class="button" onClick={() => setStage('asking')}>
            {t('forget')}
          </button>
        )}
        {stage === 'asking' && (
          <div role="alertdialog" aria-labelledby="forget-ask" class="note">
            <p id="forget-ask">{t('forgetAsk')}</p>
            <div class="note-actions">
              <button type="button" class="button" onClick={() => void forget()}>
                {t('forgetConfirm')}
              </button>
              <button type="button" class="button secondary" onClick={() => setStage('idle')}>
                {t('forgetCancel')}
              </button>
            </div>
          </div>
        )}
        {stage === 'done' && (
          <p role="status" class="note">
            {t('forgotten')}
          </p>
        )}
      </section>
    </div>
  );
}
