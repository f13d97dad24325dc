// "A new version is ready": offered, never forced; "Update now" reloads on the same screen.
import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { applyUpdate, onUpdateWaiting, updateWaiting } from '../lib/sw';
import { Note } from './Notes';

export function UpdatePrompt() {
  const { t } = useTranslation();
  const [waiting, setWaiting] = useState(updateWaiting());
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => onUpdateWaiting(() => setWaiting(true)), []);
  if (!waiting || dismissed) return null;
  return (
    <Note
      action={
        <button type="button" class="button" onClick={() => void applyUpdate()}>
          {t('update.now')}
        </button>
      }
      onDismiss={() => setDismissed(true)}
      dismissLabel={t('update.later')}
    >
      {t('update.ready')}
    </Note>
  );
}
