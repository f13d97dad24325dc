// The recording studio (#/<lang>/record), for interpreters: every sentence of both guides, as the
// reader splits and numbers them, grouped by step, with the English beside it. One sentence at a
// time is large, with the next ones visible below: Record → Stop → Play → keep, or Redo. Keys: R,
// P, D, N, B (and the arrows). The microphone is asked for on the first Record, never before. Takes
// stay on this device (IndexedDB) until Export makes one .zip; nothing is sent anywhere.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { GUIDES } from '../content/guides';
import { dirOf } from '../content/languages';
import type { GuideId } from '../content/types';
import { PageHeader } from '../components/PageHeader';
import { MANIFEST, MANIFEST_FORMAT, extensionFor, takePath, type Manifest } from '../lib/audio-files';
import { onExit } from '../lib/exit';
import { saveFile, sha256, today } from '../lib/files';
import { keyMove } from '../lib/gestures';
import { showInMiddle } from '../lib/history';
import { dynamic } from '../lib/i18n';
import { MicError, openMicrophone, type Microphone, type Recording } from '../lib/microphone';
import { playBlob, type Playing } from '../lib/playback';
import { stepSentences, type StepPart } from '../lib/sentences';
import { StoreError, interruptedTake, listTakes, markRecording, saveTake, takeKey, type Take } from '../lib/takes';
import type { Route } from '../routes';
import './studio.css';

/** The browser's part, replaceable in tests. */
export interface StudioDevices {
  openMicrophone(): Promise<Microphone>;
  listTakes(lang: string): Promise<Take[]>;
  saveTake(take: Take): Promise<void>;
  markRecording(key: string | undefined): Promise<void>;
  interruptedTake(): Promise<string | undefined>;
  play(audio: Blob): Promise<Playing>;
  sha256(text: string): Promise<string>;
  save(data: Blob, name: string): void;
  zip(files: Record<string, Uint8Array>): Promise<Uint8Array>;
}

const DEVICES: StudioDevices = {
  openMicrophone,
  listTakes,
  saveTake,
  markRecording,
  interruptedTake,
  play: playBlob,
  sha256,
  save: saveFile,
  zip: async (files) => (await import('../lib/zip')).makeZip(files),
};

interface Item {
  key: string;
  guide: GuideId;
  step: string;
  /** The step's number in its guide, from 1. */
  stepNumber: number;
  n: number;
  /** Sentences in this step. */
  count: number;
  part: StepPart;
  text: string;
  /** The English of the same part (title, text or "tell me more"): sentences do not line up across languages. */
  english: string;
}

type Note =
  | { kind: 'asking' | 'denied' | 'missing' | 'unsupported' | 'failed' | 'full' | 'unavailable' | 'interrupted' | 'playFailed' | 'empty' }
  | { kind: 'exported'; file: string };
type Mode = 'idle' | 'asking' | 'recording' | 'saving' | 'playing';

/** Physical keys (the same place on every keyboard layout). */
const KEYS = { record: 'KeyR', play: 'KeyP', redo: 'KeyD', next: 'KeyN', back: 'KeyB' } as const;

function itemsOf(lang: string): Item[] {
  const items: Item[] = [];
  for (const guide of Object.values(GUIDES)) {
    const words = i18next.getFixedT(lang, guide.id);
    const english = i18next.getFixedT('en', guide.id);
    guide.steps.forEach((step, i) => {
      const get = (t: typeof words, part: StepPart) => dynamic(t)(`steps.${step.id}.${part}`);
      const sentences = stepSentences({ title: get(words, 'title'), text: get(words, 'text'), more: step.more ? get(words, 'more') : undefined }, step.more === true, lang);
      for (const s of sentences) {
        items.push({ key: takeKey(lang, guide.id, step.id, s.n), guide: guide.id, step: step.id, stepNumber: i + 1, n: s.n, count: sentences.length, part: s.part, text: s.text, english: get(english, s.part) });
      }
    });
  }
  return items;
}

export default function Studio({ route, devices = DEVICES }: { route: Route & { name: 'record' }; devices?: StudioDevices }) {
  const { lang } = route;
  const { t } = useTranslation(['studio', 'ui']);
  const tx = dynamic(t);
  const dir = dirOf(lang);
  const items = useMemo(() => itemsOf(lang), [lang]);
  const [hashes, setHashes] = useState<Map<string, string>>();
  const [takes, setTakes] = useState<Map<string, Take>>(new Map());
  const [index, setIndex] = useState(0);
  const [mode, setMode] = useState<Mode>('idle');
  const [note, setNote] = useState<Note>();
  const [kept, setKept] = useState(false);
  const mic = useRef<Microphone | undefined>(undefined);
  const recording = useRef<Recording | undefined>(undefined);
  const playing = useRef<Playing | undefined>(undefined);
  /** Counts plays: one that was stopped while its take was still being decoded never starts. */
  const playTurn = useRef(0);
  const level = useRef<(value: number) => void>(() => undefined);
  const moved = useRef(false);
  const card = useRef<HTMLLIElement>(null);

  // A take counts while its sentence reads as it did when it was recorded.
  const current = (item: Item): Take | undefined => {
    const take = takes.get(item.key);
    return take && hashes && take.sha256 === hashes.get(item.key) ? take : undefined;
  };
  const changed = (item: Item) => takes.has(item.key) && hashes?.has(item.key) === true && !current(item);
  const done = hashes ? items.filter((i) => current(i)).length : 0;

  useEffect(() => {
    let live = true;
    void (async () => {
      let sums = new Map<string, string>();
      try {
        sums = new Map(await Promise.all(items.map(async (i) => [i.key, await devices.sha256(i.text)] as const)));
      } catch {
        // No Web Crypto: the page is not in a secure context (http), where no microphone works either.
        if (live) setNote({ kind: 'unsupported' });
      }
      let saved: Take[] = [];
      try {
        saved = await devices.listTakes(lang);
      } catch (error) {
        if (live) setNote({ kind: error instanceof StoreError ? error.problem : 'unavailable' });
      }
      const cut = await devices.interruptedTake();
      if (!live) return;
      const map = new Map(saved.map((take) => [take.key, take]));
      setHashes(sums);
      setTakes(map);
      const cutAt = cut === undefined ? -1 : items.findIndex((i) => i.key === cut);
      const firstOpen = items.findIndex((i) => map.get(i.key)?.sha256 !== sums.get(i.key));
      setIndex(Math.max(cutAt >= 0 ? cutAt : firstOpen, 0));
      if (cut !== undefined) setNote({ kind: 'interrupted' });
    })();
    return () => {
      live = false;
    };
  }, [items, devices, lang]);

  // Leaving the screen, the page or the app (quick exit): drop the take, let go of the microphone.
  useEffect(() => {
    const release = () => {
      recording.current?.cancel();
      recording.current = undefined;
      stopPlaying();
      mic.current?.close();
      mic.current = undefined;
    };
    const offExit = onExit(release);
    addEventListener('pagehide', release);
    return () => {
      offExit();
      removeEventListener('pagehide', release);
      release();
    };
  }, []);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    showInMiddle(card.current, card.current?.querySelector<HTMLElement>('.take-text'));
  }, [index]);

  const item = items[index];
  const take = item && current(item);
  const busy = mode === 'recording' || mode === 'saving';
  const primary = useRef<HTMLButtonElement>(null);
  // A control that goes away (Redo while recording, Stop while saving) leaves focus on the main one.
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) primary.current?.focus({ preventScroll: true });
  }, [mode]);

  const stopPlaying = () => {
    playTurn.current += 1;
    playing.current?.stop();
  };

  const record = async () => {
    if (mode !== 'idle' && mode !== 'playing') return;
    stopPlaying();
    setNote(undefined);
    setKept(false);
    if (!mic.current) {
      setMode('asking');
      setNote({ kind: 'asking' });
      try {
        mic.current = await devices.openMicrophone();
        setNote(undefined);
      } catch (error) {
        setMode('idle');
        setNote({ kind: error instanceof MicError ? error.problem : 'failed' });
        return;
      }
    }
    try {
      await devices.markRecording(item.key);
    } catch {
      /* then a reload mid-take goes unnoticed; the take itself can still be kept */
    }
    recording.current = mic.current.record((value) => level.current(value));
    setMode('recording');
  };

  const stop = async () => {
    const rec = recording.current;
    if (!rec) return;
    recording.current = undefined;
    setMode('saving');
    try {
      const made = await rec.stop();
      const sum = hashes?.get(item.key) ?? (await devices.sha256(item.text));
      const next: Take = { key: item.key, lang, guide: item.guide, step: item.step, n: item.n, audio: made.audio, type: made.type, sha256: sum, seconds: made.seconds, flags: made.flags };
      await devices.saveTake(next);
      await devices.markRecording(undefined).catch(() => undefined);
      setTakes((before) => new Map(before).set(next.key, next));
      setKept(true);
    } catch (error) {
      setNote({ kind: error instanceof StoreError ? error.problem : 'failed' });
    } finally {
      setMode('idle');
    }
  };

  const play = async () => {
    if (mode === 'playing') return stopPlaying();
    if (mode !== 'idle' || !take) return;
    setMode('playing');
    const turn = ++playTurn.current;
    try {
      playing.current = await devices.play(take.audio);
      if (turn !== playTurn.current) playing.current.stop();
      await playing.current.done;
    } catch {
      setNote({ kind: 'playFailed' });
    } finally {
      playing.current = undefined;
      // Record may already have started (it stops the playback first): leave its state alone.
      setMode((now) => (now === 'playing' ? 'idle' : now));
    }
  };

  const go = (to: number) => {
    if (mode === 'asking' || busy) return;
    if (to < 0 || to >= items.length || to === index) return;
    stopPlaying();
    setKept(false);
    if (note?.kind !== 'exported') setNote(undefined);
    moved.current = true;
    setIndex(to);
  };

  const exportTakes = async () => {
    const mine = items.flatMap((i) => {
      const found = current(i);
      return found ? [found] : [];
    });
    if (mine.length === 0) return setNote({ kind: 'empty' });
    const manifest: Manifest = { format: MANIFEST_FORMAT, version: 1, language: lang, date: today(), takes: [] };
    const files: Record<string, Uint8Array> = {};
    for (const x of mine) {
      const path = takePath(lang, x.guide, x.step, x.n, extensionFor(x.type) ?? 'webm');
      files[path] = new Uint8Array(await x.audio.arrayBuffer());
      manifest.takes.push({ path, sha256: x.sha256, seconds: x.seconds, flags: x.flags });
    }
    files[MANIFEST] = new TextEncoder().encode(JSON.stringify(manifest, null, 2));
    const file = `compass-recordings-${lang}-${manifest.date}.zip`;
    devices.save(new Blob([(await devices.zip(files)) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), file);
    setNote({ kind: 'exported', file });
  };

  // Keys act on what the screen shows now: the handler is renewed on every render.
  const onKey = useRef<(e: KeyboardEvent) => void>(() => undefined);
  onKey.current = (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.repeat) return;
    if ((e.target as HTMLElement | null)?.closest?.('input, textarea, select, [contenteditable="true"]')) return;
    const move = keyMove(e, dir);
    const act =
      e.code === KEYS.record ? () => (busy ? stop() : record())
      : e.code === KEYS.redo ? () => take && record()
      : e.code === KEYS.play ? () => play()
      : e.code === KEYS.next || move === 'next' ? () => go(index + 1)
      : e.code === KEYS.back || move === 'back' ? () => go(index - 1)
      : undefined;
    if (!act) return;
    e.preventDefault();
    void act();
  };
  useEffect(() => {
    const listen = (e: KeyboardEvent) => onKey.current(e);
    addEventListener('keydown', listen);
    return () => removeEventListener('keydown', listen);
  }, []);

  const guides = Object.values(GUIDES);
  return (
    <div class="studio">
      <PageHeader title={t('title')} lead={t('lead')} />
      <div class="studio-bar">
        <p class="progress studio-progress">
          <span>{t('progress', { n: done, count: items.length })}</span>
          <progress max={items.length} value={done} aria-hidden="true" />
        </p>
        <button type="button" class="button secondary" onClick={() => void exportTakes()} disabled={busy || mode === 'asking'} aria-describedby="export-text">
          {t('export')}
        </button>
      </div>
      <div aria-live="polite" class="studio-notes">
        {note && (
          <p class={note.kind === 'exported' || note.kind === 'asking' ? 'note' : 'note take-problem'}>
            {note.kind === 'exported' ? t('notes.exported', { file: note.file }) : tx(`notes.${note.kind}`)}
          </p>
        )}
      </div>
      {!hashes && <p class="loading">…</p>}
      {hashes && guides.map((guide) => (
        <section key={guide.id} class="studio-guide" aria-labelledby={`studio-${guide.id}`}>
          <h2 id={`studio-${guide.id}`}>{tx(`ui:guides.${guide.id}.title`)}</h2>
          {guide.steps.map((step, s) => {
            const mine = items.filter((i) => i.guide === guide.id && i.step === step.id);
            const first = items.indexOf(mine[0]);
            return (
              <section key={step.id} class="studio-step">
                <h3>
                  {t('step', { n: s + 1 })} · <span class="studio-count">{t('progress', { n: mine.filter((i) => current(i)).length, count: mine.length })}</span>
                </h3>
                <ol class="studio-sentences">
                  {mine.map((i, k) =>
                    first + k === index ? (
                      <li key={i.key} ref={card} class="take" aria-current="step">
                        <p class="studio-small">{t('sentence', { n: i.n, count: i.count })}</p>
                        <p class="take-text" tabIndex={-1} lang={lang} dir={dir}>
                          {i.text}
                        </p>
                        {lang !== 'en' && (
                          <div class="take-english">
                            <p class="studio-small">{t('english')}</p>
                            <p lang="en" dir="ltr">
                              {i.english}
                            </p>
                          </div>
                        )}
                        <div class="take-controls">
                          <button ref={primary} type="button" class={busy ? 'button stop' : 'button'} onClick={() => void (busy ? stop() : take ? play() : record())} disabled={mode === 'asking' || mode === 'saving'}>
                            {busy && <span class="dot" aria-hidden="true" />}
                            {busy || mode === 'playing' ? t('stop') : take ? t('play') : t('record')}
                          </button>
                          {take && !busy && (
                            <button type="button" class="button secondary" onClick={() => void record()} disabled={mode === 'asking'}>
                              {t('redo')}
                            </button>
                          )}
                        </div>
                        {mode === 'recording' && <Meter label={t('level')} connect={level} />}
                        <div role="status">
                          {mode === 'recording' && <p class="studio-small">{t('recording')}</p>}
                          {kept && take && mode === 'idle' && <p class="studio-small">{t('kept')}</p>}
                          {take?.flags.map((f) => (
                            <p key={f} class="note take-problem">
                              {t(`flags.${f}`)}
                            </p>
                          ))}
                        </div>
                        {changed(i) && <p class="note take-problem">{t('notes.changed')}</p>}
                        {!mic.current && <p class="studio-small">{t('why')}</p>}
                        <div class="take-nav">
                          <button type="button" class="button secondary" onClick={() => go(index - 1)} disabled={index === 0 || busy}>
                            <span class="arrow" aria-hidden="true">←</span> {t('back')}
                          </button>
                          <button type="button" class="button secondary" onClick={() => go(index + 1)} disabled={index === items.length - 1 || busy}>
                            {t('next')} <span class="arrow" aria-hidden="true">→</span>
                          </button>
                        </div>
                        <p class="studio-small studio-keys">{t('keys', { record: 'R', play: 'P', redo: 'D', next: 'N', back: 'B' })}</p>
                      </li>
                    ) : (
                      <li key={i.key}>
                        <button type="button" class="pick" onClick={() => go(first + k)} lang={lang} dir={dir}>
                          {current(i) && (
                            <span class={current(i)?.flags.length ? 'take-state flagged' : 'take-state'}>
                              {current(i)?.flags.length ? t('check') : t('recorded')}
                            </span>
                          )}
                          {i.text}
                        </button>
                      </li>
                    ),
                  )}
                </ol>
                {lang !== 'en' && (
                  <div class="studio-english" lang="en" dir="ltr">
                    {(['title', 'text', 'more'] as const).map((part) =>
                      mine.some((i) => i.part === part) ? <p key={part}>{mine.find((i) => i.part === part)?.english}</p> : null,
                    )}
                  </div>
                )}
              </section>
            );
          })}
        </section>
      ))}
      <p id="export-text" class="studio-small">
        {t('exportText')}
      </p>
    </div>
  );
}

/** The level while recording: updated about 20 times a second without redrawing the list. */
function Meter({ label, connect }: { label: string; connect: { current: (value: number) => void } }) {
  const [value, setValue] = useState(0);
  useEffect(() => {
    connect.current = setValue;
    return () => {
      connect.current = () => undefined;
    };
  }, [connect]);
  return (
    <label class="meter">
      <span class="studio-small">{label}</span>
      <meter min={0} max={1} low={0.15} high={0.9} optimum={0.5} value={value} />
    </label>
  );
}
