// GOV.UK "Exit this page", adapted: a real link that works without script; with script the
// exit is immediate and leaves no entry to come back to. Shift three times does the same.
import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { OUTSIDE_DESTINATION, listenForShift, quickExit } from '../lib/exit';

export function QuickExit() {
  const { t } = useTranslation();
  const [presses, setPresses] = useState(0);
  useEffect(() => listenForShift(setPresses), []);
  const onClick = (e: MouseEvent) => {
    e.preventDefault();
    quickExit();
  };
  const announcement = presses === 1 ? t('exit.shift1') : presses === 2 ? t('exit.shift2') : presses >= 3 ? t('exit.shift3') : '';
  return (
    <>
      <a class="quick-exit" href={OUTSIDE_DESTINATION} rel="noreferrer" onClick={onClick} title={t('exit.hint')}>
        <span aria-hidden="true">✕ </span>
        <span class="label">{t('exit.label')}</span>
      </a>
      <div class="visually-hidden" role="status" aria-live="assertive">
        {announcement}
      </div>
    </>
  );
}
