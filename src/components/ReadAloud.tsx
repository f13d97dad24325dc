// "Read to me": reads the visible sentences of the screen in the page's language, highlighting
// each; pause, go on, stop; slow or normal speed (slow by default, remembered). Who reads, best
// first: a person's recording (by the sentence's number, data-n), the phone's own voice, then on a
// step the computer voice made at build time (npm run voices), which says discreetly that it is
// one. With none of them, it says so instead of reading in another voice.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { isOnline } from '../lib/device';
import { NO_RECORDINGS, type StepRecordings } from '../lib/recordings';
import { onExit } from '../lib/exit';
import { Reader, browserEnv, loadVoices, pickVoice, type ReaderState, type SpeechEnv, type VoiceChoice } from '../lib/speech';
import { readPrefs, writePrefs } from '../lib/storage';
import { canUseComputerVoice } from '../lib/voices';
import { Icon } from './Icon';

const SLOW = 0.8;
const NORMAL = 1;

interface Props {
  lang: string;
  /** Changes with every screen: reading stops at once. */
  routeKey: string;
  recordings?: StepRecordings;
  /** The step on view: the computer voice has audio for steps only. */
  step?: { guide: string; id: string };
  env?: SpeechEnv;
}

/** The sentences a person can see in the main area, in the page's language. */
function visibleSentences(lang: string): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('#main .sentence')].filter((el) => {
    if (el.closest('[lang]')?.getAttribute('lang') !== lang) return false;
    if (el.closest('details:not([open]) > :not(summary)')) return false;
    return typeof el.checkVisibility === 'function' ? el.checkVisibility() : true;
  });
}

export function ReadAloud({ lang, routeKey, recordings = NO_RECORDINGS, step, env: given }: Props) {
  const { t } = useTranslation();
  const env = useMemo(() => given ?? browserEnv(), [given]);
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>();
  const [state, setState] = useState<ReaderState>('idle');
  const [rate, setRate] = useState(() => readPrefs().rate ?? SLOW);
  const elements = useRef<HTMLElement[]>([]);
  // The computer voice was used on this page (then offer to keep it), or could not play.
  const [used, setUsed] = useState(false);
  const [failed, setFailed] = useState(false);
  const reader = useMemo(
    () =>
      new Reader(env, {
        onChange(sentence, next) {
          elements.current.forEach((el, i) => el.classList.toggle('reading', i === sentence));
          setState(next);
        },
        onFail: () => setFailed(true),
      }),
    [env],
  );

  useEffect(() => {
    let live = true;
    void loadVoices(env.synth).then((v) => live && setVoices(v));
    return () => {
      live = false;
    };
  }, [env]);
  useEffect(() => () => reader.stop(), [reader, routeKey]);
  useEffect(() => setFailed(false), [routeKey]);
  useEffect(() => onExit(() => reader.stop()), [reader]);
  useEffect(() => {
    const leave = () => reader.stop();
    addEventListener('pagehide', leave);
    return () => removeEventListener('pagehide', leave);
  }, [reader]);

  const choice: VoiceChoice | undefined = voices && pickVoice(voices, lang, !isOnline());
  const recorded = recordings.whole !== undefined || recordings.sentences.size > 0;
  const computer = !recorded && !choice && step !== undefined && canUseComputerVoice(lang);
  // The computer voice's own code (file names, label, caching, "Keep the voice") loads only where
  // it reads: a step in its language, on a device with no voice for it.
  const [extra, setExtra] = useState<typeof import('./ComputerVoice') | null>();
  const wantExtra = computer && voices !== undefined;
  const canRead = recorded || choice !== undefined || (computer && !!extra);
  useEffect(() => {
    let live = true;
    // null: its code could not load (offline before it was ever cached): as if there were none.
    if (wantExtra && extra === undefined) void import('./ComputerVoice').then((m) => live && setExtra(m), () => live && setExtra(null));
    return () => {
      live = false;
    };
  }, [wantExtra, extra]);

  // The slot is there from the first frame, so nothing moves when the voices arrive.
  if (voices === undefined || (wantExtra && extra === undefined)) return <div class="read-slot" />;
  if (!canRead)
    return (
      <div class="read-slot">
        <p class="no-voice">{t('read.noVoice')}</p>
      </div>
    );

  const start = () => {
    setFailed(false);
    if (computer && step && extra) {
      // The step's own sentences (a glossary meaning opened inside it has no audio).
      elements.current = visibleSentences(lang).filter((el) => !el.closest('.definition'));
      const texts = elements.current.map((el) => el.textContent?.trim() ?? '');
      const files = extra.stepFiles(lang, step.guide, step.id, texts);
      reader.start(texts, { rate, recordings: files });
      extra.prefetch(files);
      setUsed(true);
      return;
    }
    elements.current = visibleSentences(lang);
    reader.start(
      elements.current.map((el) => el.textContent?.trim() ?? ''),
      {
        voice: choice?.voice,
        rate,
        whole: recordings.whole,
        recordings: elements.current.map((el) => recordings.sentences.get(Number(el.dataset.n))),
      },
    );
  };
  const changeRate = (value: number) => {
    setRate(value);
    writePrefs({ rate: value });
  };

  return (
    <div class="read-slot read-aloud" role="group" aria-label={t('read.start')}>
      {choice?.neighbour && !recorded && <p class="no-voice">{t('read.neighbour')}</p>}
      {state === 'idle' && (
        <button type="button" class="button" onClick={start}>
          <Icon name="speaker-high-volume" />
          {t('read.start')}
        </button>
      )}
      {state === 'reading' && (
        <button type="button" class="button" onClick={() => reader.pause()}>
          <Icon name="pause-button" />
          {t('read.pause')}
        </button>
      )}
      {state === 'paused' && (
        <button type="button" class="button" onClick={() => reader.resume()}>
          <Icon name="play-button" />
          {t('read.resume')}
        </button>
      )}
      {state !== 'idle' && (
        <button type="button" class="button secondary" onClick={() => reader.stop()}>
          <Icon name="stop-button" />
          {t('read.stop')}
        </button>
      )}
      <label class="speed">
        <span class="visually-hidden">{t('read.speed')}</span>
        <select value={String(rate)} onChange={(e) => changeRate(Number(e.currentTarget.value))}>
          <option value={String(SLOW)}>{t('read.slow')}</option>
          <option value={String(NORMAL)}>{t('read.normal')}</option>
        </select>
      </label>
      {computer && extra && <extra.ComputerVoiceBits lang={lang} reading={state !== 'idle'} used={used} failed={failed} />}
    </div>
  );
}
