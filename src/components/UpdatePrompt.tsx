// "A new version is ready": offered, never forced; "Update now" reloads on the same screen.
// On the first visit, once everything is cached: "it now works without internet".
import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { applyUpdate, onUpdateWaiting, readyOffline, updateWaiting } from '../lib/sw';
import { Note } from './Notes';

export function UpdatePrompt() {
  const { t } = useTranslation();
  const [, refresh] = useState(0);
  const [dismissed, setDismissed] = useState<string[]>([]);
  useEffect(() => onUpdateWaiting(() => refresh((n) => n + 1)), []);
  if (readyOffline() && !updateWaiting() && !dismissed.includes('offline')) {
    return (
      <Note toast onDismiss={() => setDismissed([...dismissed, 'offline'])}>
        {t('update.offline')}
      </Note>
    );
  }
  if (!updateWaiting() || dismissed.includes('update')) return null;
  return (
    <Note
      action={
        <button type="button" class="button" onClick={() => void applyUpdate()}>
          {t('update.now')}
        </button>
      }
      onDismiss={() => setDismissed([...dismissed, 'update'])}
      dismissLabel={t('update.later')}
    >
      {t('update.ready')}
    </Note>
  );
}
