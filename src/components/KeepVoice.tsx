// "Keep the voice for offline use (2.6 MB)": fetches the rest of the language's computer voice,
// with progress; can be cancelled and taken up again (what arrived stays); says when it is done.
// On a data-saving connection it asks first. Loaded only once the computer voice has been used.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { keepVoice, keptFiles, savingData, type ComputerVoice, type KeepProgress } from '../lib/keep-voice';

type Phase = 'checking' | 'already' | 'offer' | 'ask' | 'keeping' | 'done' | 'stopped' | 'cancelled';

export function KeepVoice({ voice }: { voice: ComputerVoice }) {
  const { t, i18n } = useTranslation('voice');
  const [phase, setPhase] = useState<Phase>('checking');
  const [kept, setKept] = useState(0);
  const [progress, setProgress] = useState<KeepProgress>();
  const abort = useRef<AbortController | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void keptFiles(voice.lang).then((n) => {
      if (!live) return;
      setKept(n);
      setPhase(n >= voice.files ? 'already' : 'offer');
    });
    return () => {
      live = false;
      abort.current?.abort();
    };
  }, [voice]);

  const number = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const left = progress ? progress.allBytes - progress.bytes : voice.bytes * Math.max(0, 1 - kept / voice.files);
  const size = t('megabytes', { value: number.format(Math.max(left, 50_000) / 1e6) });

  const keep = () => {
    const controller = new AbortController();
    abort.current = controller;
    setPhase('keeping');
    keepVoice(voice.lang, setProgress, controller.signal).then(
      () => setPhase('done'),
      () => setPhase(controller.signal.aborted ? 'cancelled' : 'stopped'),
    );
  };
  const offer = () => (savingData() ? setPhase('ask') : keep());

  if (phase === 'checking' || phase === 'already') return null;
  if (phase === 'done')
    return (
      <p class="keep-note" role="status">
        {t('kept')}
      </p>
    );
  if (phase === 'ask')
    return (
      <div class="keep" role="group" aria-label={t('keep', { size })}>
        <p class="keep-note">{t('saveDataAsk', { size })}</p>
        <button type="button" class="button secondary" onClick={keep}>
          {t('saveDataYes')}
        </button>
        <button type="button" class="button secondary" onClick={() => setPhase('offer')}>
          {t('saveDataNo')}
        </button>
      </div>
    );
  if (phase === 'keeping') {
    const percent = progress && progress.allBytes ? Math.floor((progress.bytes / progress.allBytes) * 100) : 0;
    const label = t('keeping', { percent: new Intl.NumberFormat(i18n.language).format(percent) });
    return (
      <div class="keep" role="group" aria-label={t('keep', { size })}>
        <label class="keep-progress">
          <span>{label}</span>
          <progress max={100} value={percent} />
        </label>
        <button type="button" class="button secondary" onClick={() => abort.current?.abort()}>
          {t('cancel')}
        </button>
      </div>
    );
  }
  return (
    <div class="keep">
      {phase === 'stopped' && (
        <p class="keep-note" role="status">
          {t('stopped')}
        </p>
      )}
      {phase === 'cancelled' && (
        <p class="keep-note" role="status">
          {t('cancelled')}
        </p>
      )}
      <button type="button" class="button secondary" onClick={offer}>
        {t('keep', { size })}
      </button>
    </div>
  );
}
