// Check the translation (#/<lang>/review), for a native speaker who reads English: every string of
// the language, grouped by the screen it is on, the English beside it and a link to that screen.
// Per string: the glossary's agreed word for each hard word it uses; "Looks right" (ticking it
// brings up the next string to check), or a correction, checked as it is typed by the same rules
// as the XLIFF import (src/content/strings.mjs). The work stays on this device (src/lib/review.ts)
// until it is exported as one XLIFF 1.2 file.
import { Component } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { GUIDES } from '../content/guides';
import { findLanguage } from '../content/languages';
import { SCREEN_ORDER, checkText, placeholders, screenOf, splitPlaceholders, type TextProblem } from '../content/strings.mjs';
import type { GuideId } from '../content/types';
import { Link } from '../components/Link';
import { PageHeader } from '../components/PageHeader';
import { canShareFiles, downloadFile, shareFile } from '../lib/files';
import { NAMESPACES, dynamic } from '../lib/i18n';
import {
  NO_RECORDS,
  exportUnits,
  fetchRecords,
  focusInView,
  focusSoon,
  needsReview,
  pruneWork,
  readWork,
  stateOf,
  termFinder,
  writeWork,
  type GlossaryTexts,
  type Item,
  type Records,
  type State,
  type Work,
  type WorkMap,
} from '../lib/review';
import { buildXliff } from '../lib/xliff';
import type { Route } from '../routes';
import './review.css';

type Filter = 'todo' | 'changed' | 'reviewed' | 'corrected' | 'all';
const FILTERS: readonly Filter[] = ['todo', 'changed', 'reviewed', 'corrected', 'all'];
const inFilter: Record<Filter, (s: State) => boolean> = {
  todo: (s) => s === 'todo',
  changed: (s) => s === 'changed',
  reviewed: (s) => s === 'approved' || s === 'reviewed',
  corrected: (s) => s === 'corrected',
  all: () => true,
};
type Tx = (key: string, options?: Record<string, unknown>) => string;

const today = () => new Date().toISOString().slice(0, 10);

/** A day (YYYY-MM-DD) as the language writes it. */
function day(date: string, lang: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? date : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

function flatten(value: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else if (value !== undefined) out[prefix] = String(value);
  return out;
}

const stepNumber = (guide: string, id: string) =>
  Object.hasOwn(GUIDES, guide) ? GUIDES[guide as GuideId].steps.findIndex((s) => s.id === id) + 1 : 0;

interface Group {
  id: string;
  path: string;
  items: Item[];
}

/** Every string of the language in screen order, grouped by screen. */
function groupsOf(bundle: (lng: string, ns: string) => unknown, lang: string): Group[] {
  const groups = new Map<string, Group>();
  const termsIn = termFinder((bundle('en', 'glossary') ?? {}) as GlossaryTexts, (bundle(lang, 'glossary') ?? {}) as GlossaryTexts);
  for (const ns of NAMESPACES) {
    const english = flatten(bundle('en', ns));
    const translated = flatten(bundle(lang, ns));
    for (const [key, en] of Object.entries(english)) {
      const where = screenOf(ns, key, stepNumber);
      const group = groups.get(where.group) ?? { id: where.group, path: where.path, items: [] };
      const id = `${ns}:${key}`;
      const terms = termsIn(en, id);
      group.items.push({ id, ns, key, en, text: translated[key] ?? '', ...(terms.length ? { terms } : {}) });
      groups.set(where.group, group);
    }
  }
  const guideOrder = Object.keys(GUIDES);
  const rank = (id: string) => {
    const [screen, n] = id.split('/');
    return n ? [SCREEN_ORDER.indexOf('guides'), guideOrder.indexOf(screen), Number(n)] : [SCREEN_ORDER.indexOf(screen), 0, 0];
  };
  const before = (a: Group, b: Group) => {
    const [x, y] = [rank(a.id), rank(b.id)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  };
  return [...groups.values()].sort(before);
}

function groupTitle(group: Group, tx: Tx): string {
  const [screen, n] = group.id.split('/');
  if (n) {
    const count = GUIDES[screen as GuideId].steps.length;
    return `${tx(`ui:guides.${screen}.title`)} · ${tx('ui:nav.progress', { n, count })}`;
  }
  const titles: Record<string, string> = {
    home: 'ui:nav.home',
    every: 'review:screen.every',
    step: 'review:screen.step',
    done: 'review:screen.done',
    help: 'ui:help.title',
    glossary: 'ui:glossary.title',
    safety: 'safety:title',
    share: 'ui:share.title',
    professionals: 'professionals:title',
    review: 'review:title',
    studio: 'studio:title',
  };
  return tx(titles[screen] ?? 'review:screen.every');
}

/** A text with its {{placeholders}} shown as chips (kept left-to-right inside right-to-left text). */
function Chips({ text }: { text: string }) {
  return (
    <>
      {splitPlaceholders(text).map((part, i) =>
        part.placeholder ? (
          <bdi key={i} dir="ltr" class="ph">
            {part.text}
          </bdi>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

function problemText(problem: TextProblem, tx: Tx): string {
  if (problem.problem !== 'placeholders') return tx(`review:problem.${problem.problem}`);
  return [
    ...problem.missing.map((p) => tx('review:problem.missing', { placeholder: p })),
    ...problem.extra.map((p) => tx('review:problem.extra', { placeholder: p })),
  ].join(' ');
}

interface Handlers {
  onApprove(item: Item, approved: boolean): void;
  onCorrection(item: Item, correction: string | undefined): void;
  onNote(item: Item, note: string): void;
  onNext(id: string): void;
}

interface CardProps extends Handlers {
  item: Item;
  index: number;
  state: State;
  work?: Work;
  records: Records;
  problem: TextProblem | null;
  lang: string;
  tx: Tx;
}

/** One string. A class for its shouldComponentUpdate: typing in one card redraws that card only. */
class Card extends Component<CardProps, { open: boolean }> {
  state = { open: this.props.work?.correction !== undefined };
  private field: HTMLTextAreaElement | null = null;
  private caret?: number;

  shouldComponentUpdate(next: CardProps, nextState: { open: boolean }) {
    const p = this.props;
    return (
      nextState.open !== this.state.open ||
      next.item !== p.item ||
      next.state !== p.state ||
      next.work !== p.work ||
      next.problem !== p.problem ||
      next.records !== p.records ||
      next.tx !== p.tx
    );
  }

  componentDidUpdate() {
    if (this.caret !== undefined && this.field) {
      this.field.focus();
      this.field.setSelectionRange(this.caret, this.caret);
      this.caret = undefined;
    }
  }

  private insert(placeholder: string) {
    const field = this.field;
    if (!field) return;
    const { selectionStart: start, selectionEnd: end, value } = field;
    this.caret = start + placeholder.length;
    this.props.onCorrection(this.props.item, value.slice(0, start) + placeholder + value.slice(end));
  }

  render() {
    const { item, index, state, work, records, problem, lang, tx, onApprove, onCorrection, onNote, onNext } = this.props;
    const { open } = this.state;
    const language = findLanguage(lang);
    const where = screenOf(item.ns, item.key, stepNumber);
    const part = where.part ? tx(`review:part.${where.part}`) : undefined;
    const corrected = work?.correction !== undefined;
    const recorded = state === 'reviewed';
    const changed = records.changed[item.id];
    const localChange = state === 'changed' && work && (work.approved || corrected);
    const id = `r${index}`;
    const wanted = placeholders(item.en);
    const badge =
      state === 'reviewed' ? tx('review:state.reviewed', { date: day(records.reviewed[item.id], lang) }) : tx(`review:state.${state}`);
    return (
      <li class="string" data-state={state} data-index={index}>
        <p class="string-meta">
          <code lang="zxx" dir="ltr" translate={false}>
            {item.id}
          </code>
          {part && <span>{part}</span>}
          <span class="badge" data-state={state}>
            {badge}
          </span>
        </p>
        <div class="pair">
          <div>
            <span class="review-label">{tx('review:english')}</span>
            <p lang="en" dir="ltr" id={`${id}-en`}>
              <Chips text={item.en} />
            </p>
          </div>
          <div>
            <span class="review-label" lang={lang} dir={language?.dir}>
              {language?.native}
            </span>
            <p lang={lang} dir={language?.dir} id={`${id}-text`}>
              <Chips text={item.text} />
            </p>
          </div>
        </div>
        {item.terms && (
          <div class="terms-used">
            <span class="review-label">{tx('ui:glossary.title')}</span>
            <dl>
              {item.terms.map((term) => (
                <div key={term.id}>
                  <dt lang="en" dir="ltr">
                    {term.en}
                  </dt>
                  <dd lang={lang} dir={language?.dir}>
                    {term.word}
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        )}
        {state === 'changed' && localChange && work.en !== item.en && (
          <p class="changed">
            {tx('review:englishChanged', { date: day(work.date, lang) })}{' '}
            <q lang="en" dir="ltr">
              {work.en}
            </q>
          </p>
        )}
        {state === 'changed' && localChange && work.en === item.en && <p class="changed">{tx('review:textChanged')}</p>}
        {state === 'changed' && !localChange && changed && (
          <p class="changed">
            {changed.why === 'text' ? (
              tx('review:textChanged')
            ) : (
              <>
                {tx('review:englishChanged', { date: day(changed.date, lang) })}{' '}
                <q lang="en" dir="ltr">
                  {changed.en}
                </q>
              </>
            )}
          </p>
        )}
        <label class="check">
          <input
            type="checkbox"
            checked={recorded || (work?.approved === true && !corrected && state !== 'changed')}
            disabled={recorded || corrected}
            aria-describedby={`${id}-text`}
            data-focus={!(recorded || corrected) || undefined}
            onChange={(e) => onApprove(item, e.currentTarget.checked)}
          />
          {tx('review:looksRight')}
        </label>
        <details class="correct" open={open} onToggle={(e) => this.setState({ open: (e.currentTarget as HTMLDetailsElement).open })}>
          <summary data-focus={corrected || undefined}>{tx('review:correct')}</summary>
          {open && (
            <div class="correct-body">
              <label for={`${id}-fix`}>{tx('review:correction')}</label>
              <textarea
                id={`${id}-fix`}
                ref={(el) => {
                  this.field = el;
                }}
                lang={lang}
                dir={language?.dir}
                rows={Math.min(8, Math.max(2, Math.ceil(item.text.length / 40)))}
                value={work?.correction ?? item.text}
                aria-invalid={problem ? true : undefined}
                aria-describedby={[problem ? `${id}-problem` : '', wanted.length ? `${id}-keep` : ''].filter(Boolean).join(' ') || undefined}
                onInput={(e) => {
                  const value = e.currentTarget.value;
                  onCorrection(item, value === item.text ? undefined : value);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                    e.preventDefault();
                    onNext(item.id);
                  }
                }}
              />
              {wanted.length > 0 && (
                <div class="keep-parts" id={`${id}-keep`}>
                  <span>{tx('review:keep')}</span>
                  {wanted.map((p) => (
                    <button
                      key={p}
                      type="button"
                      class="ph-chip"
                      dir="ltr"
                      aria-label={tx('review:insert', { placeholder: p })}
                      onClick={() => this.insert(p)}
                    >
                      {p}
                    </button>
                  ))}
                </div>
              )}
              {problem && (
                <p class="problem" id={`${id}-problem`}>
                  {problemText(problem, tx)}
                </p>
              )}
              <label for={`${id}-note`}>{tx('review:note')}</label>
              <textarea id={`${id}-note`} rows={2} value={work?.note ?? ''} onInput={(e) => onNote(item, e.currentTarget.value)} />
              {corrected && (
                <button
                  type="button"
                  class="button secondary"
                  onClick={() => {
                    onCorrection(item, undefined);
                    onNote(item, '');
                    this.setState({ open: false });
                  }}
                >
                  {tx('review:remove')}
                </button>
              )}
            </div>
          )}
        </details>
      </li>
    );
  }
}

export default function Review({ route: { lang } }: { route: Route }) {
  const { t, i18n } = useTranslation(['review', 'ui']);
  const tx = useMemo(() => dynamic(t), [t]);
  const language = findLanguage(lang);
  const groups = useMemo(() => groupsOf((lng, ns) => i18n.getResourceBundle(lng, ns), lang), [i18n, lang]);
  const items = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const indexOf = useMemo(() => new Map(items.map((item, i) => [item.id, i])), [items]);

  const [records, setRecords] = useState<Records>();
  const [recordsFailed, setRecordsFailed] = useState(false);
  const [work, setWorkState] = useState<WorkMap>({});
  const workRef = useRef<WorkMap>({});
  const [storageFailed, setStorageFailed] = useState(false);
  const [filter, setFilter] = useState<Filter>('todo');
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set());
  const list = useRef<HTMLDivElement>(null);
  const sendTitle = useRef<HTMLHeadingElement>(null);
  const [shareable] = useState(canShareFiles);
  const latest = useRef<Handlers>(undefined as unknown as Handlers);
  const handlers = useMemo<Handlers>(
    () => ({
      onApprove: (item, approved) => latest.current.onApprove(item, approved),
      onCorrection: (item, correction) => latest.current.onCorrection(item, correction),
      onNote: (item, note) => latest.current.onNote(item, note),
      onNext: (id) => latest.current.onNext(id),
    }),
    [],
  );

  const setWork = (next: WorkMap) => {
    workRef.current = next;
    setWorkState(next);
    if (!writeWork(lang, next)) setStorageFailed(true);
  };

  const stateMap = (w: WorkMap, r: Records) => new Map(items.map((item) => [item.id, stateOf(item, w[item.id], r)]));

  // Load earlier reviews, drop work that has landed since, and open on the strings to check.
  useEffect(() => {
    if (lang === 'en') return;
    let live = true;
    void fetchRecords(lang).then((loaded) => {
      if (!live) return;
      const r = loaded ?? NO_RECORDS;
      setRecordsFailed(!loaded);
      const stored = readWork(lang);
      const kept = pruneWork(stored, items, r);
      workRef.current = kept;
      setWorkState(kept);
      if (Object.keys(kept).length !== Object.keys(stored).length) writeWork(lang, kept);
      const states = stateMap(kept, r);
      const count = (f: Filter) => items.filter((i) => inFilter[f](states.get(i.id)!)).length;
      // Strings approved before whose English has moved come first: a text once right may be wrong now.
      const first: Filter = count('changed') ? 'changed' : count('todo') ? 'todo' : 'all';
      setFilter(first);
      setShown(new Set(items.filter((i) => inFilter[first](states.get(i.id)!)).map((i) => i.id)));
      setRecords(r);
    });
    return () => {
      live = false;
    };
  }, [lang, items]);

  const states = useMemo(() => stateMap(work, records ?? NO_RECORDS), [work, records, items]);
  const problems = useMemo(() => {
    const out = new Map<string, TextProblem>();
    for (const item of items) {
      const correction = work[item.id]?.correction;
      const problem = correction === undefined ? null : checkText(item.en, correction);
      if (problem) out.set(item.id, problem);
    }
    return out;
  }, [work, items]);

  if (lang === 'en') {
    return (
      <div class="review">
        <PageHeader title={t('title')} />
        <p>{t('source')}</p>
        <p>
          <Link to={{ name: 'professionals', lang }}>{t('ui:footer.professionals')}</Link>
        </p>
      </div>
    );
  }

  const counts = Object.fromEntries(FILTERS.map((f) => [f, items.filter((i) => inFilter[f](states.get(i.id)!)).length])) as Record<Filter, number>;
  const done = counts.reviewed + counts.corrected - problems.size; // a correction with a problem is not done
  const units = records ? exportUnits(items, work, records) : [];
  const approvedCount = items.filter((i) => states.get(i.id) === 'approved').length;

  const choose = (f: Filter) => {
    setFilter(f);
    setShown(new Set(items.filter((i) => inFilter[f](states.get(i.id)!)).map((i) => i.id)));
  };
  const cardOf = (id: string) => list.current?.querySelector<HTMLElement>(`[data-index="${indexOf.get(id)}"]`);

  /** Focus the next string to check after `afterId` among those shown, else the export. */
  const next = (afterId?: string, w: WorkMap = workRef.current) => {
    const now = stateMap(w, records ?? NO_RECORDS);
    const order = items.filter((i) => shown.has(i.id));
    const from = afterId ? order.findIndex((i) => i.id === afterId) + 1 : 0;
    const target = [...order.slice(from), ...order.slice(0, from)].find((i) => i.id !== afterId && needsReview(now.get(i.id)!));
    focusInView((target && cardOf(target.id)?.querySelector<HTMLElement>('[data-focus]')) ?? sendTitle.current);
  };

  const change = (item: Item, edit: (w: Work) => Work): WorkMap => {
    const current = workRef.current;
    const base: Work = { ...current[item.id], en: item.en, text: item.text, date: today() };
    const updated = edit(base);
    const changed = { ...current };
    if (updated.approved || updated.correction !== undefined || updated.note) changed[item.id] = updated;
    else delete changed[item.id];
    setWork(changed);
    return changed;
  };
  // Cards redraw only when their own string changes, so they get handlers that never change and
  // call the latest ones (which see the current filter and records).
  latest.current = {
    onApprove(item, approved) {
      const w = change(item, (b) => ({ ...b, approved: approved || undefined }));
      if (approved) next(item.id, w);
    },
    onCorrection(item, correction) {
      change(item, (b) => ({ ...b, correction, approved: undefined }));
    },
    onNote(item, note) {
      change(item, (b) => ({ ...b, note: note || undefined }));
    },
    onNext: (id) => next(id),
  };

  /** Download or share: the export file, made when the button is pressed. */
  const send = (how: (name: string, text: string, type: string) => unknown) => () =>
    void how(`compass-review-${lang}-${today()}.xlf`, buildXliff(lang, units), 'application/xliff+xml');
  const cannotSend = units.length === 0 || problems.size > 0;
  const firstProblem = () => {
    const id = [...problems.keys()][0];
    if (!shown.has(id)) choose('all');
    focusSoon(() => cardOf(id)?.querySelector<HTMLElement>('textarea'));
  };
  const visible = groups.map((g) => ({ ...g, items: g.items.filter((i) => shown.has(i.id)) })).filter((g) => g.items.length);

  return (
    <div class="review">
      <PageHeader title={t('title')} lead={t('lead')} />
      <p>
        {t('ui:language.label')}:{' '}
        <span lang={lang} dir={language?.dir}>
          {language?.native}
        </span>{' '}
        <span lang="en">({language?.english})</span>
      </p>
      {storageFailed && <p class="note">{t('storage')}</p>}
      {recordsFailed && <p class="note">{t('records')}</p>}
      {!records ? (
        <p class="loading">{t('loading')}</p>
      ) : (
        <>
          <div class="review-bar">
            <p class="review-progress">
              <span>{t('progress', { done, total: items.length })}</span>
              <progress max={items.length} value={done} aria-hidden="true" />
            </p>
            <button type="button" class="button" onClick={() => next()}>
              {t('next')}
            </button>
            <button type="button" class="button secondary" onClick={() => focusInView(sendTitle.current)}>
              {t('exportTitle')}
            </button>
          </div>
          <fieldset class="filters">
            <legend>{t('show')}</legend>
            {FILTERS.map((f) => (
              <label key={f} class="filter">
                <input type="radio" name="review-filter" checked={filter === f} onChange={() => choose(f)} />
                {t(`filter.${f}`)}{' '}
                <span class="count">({counts[f]})</span>
              </label>
            ))}
          </fieldset>
          <div ref={list}>
            {visible.length === 0 && <p>{t('empty')}</p>}
            {visible.map((group) => {
              const title = groupTitle(group, tx);
              return (
                <section key={group.id}>
                  <div class="group-head">
                    <h2 id={`g-${group.id.replace('/', '-')}`}>{title}</h2>
                    <a
                      class="open"
                      href={`#/${lang}${group.path}`}
                      target="_blank"
                      rel="noopener noreferrer"
                      aria-describedby={`g-${group.id.replace('/', '-')}`}
                    >
                      {t('open')}
                    </a>
                  </div>
                  <ul class="strings">
                    {group.items.map((item) => (
                      <Card
                        key={item.id}
                        item={item}
                        index={indexOf.get(item.id)!}
                        state={states.get(item.id)!}
                        work={work[item.id]}
                        records={records}
                        problem={problems.get(item.id) ?? null}
                        lang={lang}
                        tx={tx}
                        {...handlers}
                      />
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
          <section class="send" aria-labelledby="send-title">
            <h2 id="send-title" ref={sendTitle} tabIndex={-1}>
              {t('exportTitle')}
            </h2>
            <p>{t('exportLead')}</p>
            {units.length > 0 ? <p>{t('exportCount', { approved: approvedCount, corrected: units.length - approvedCount })}</p> : <p>{t('nothing')}</p>}
            {problems.size > 0 && (
              <div class="note">
                <p>{t('fix', { count: problems.size })}</p>
                <button type="button" class="button secondary" onClick={firstProblem}>
                  {t('showProblem')}
                </button>
              </div>
            )}
            <div class="send-actions">
              <button type="button" class="button" disabled={cannotSend} onClick={send(downloadFile)}>
                {t('download')}
              </button>
              {shareable && (
                <button type="button" class="button secondary" disabled={cannotSend} onClick={send(shareFile)}>
                  {t('share')}
                </button>
              )}
            </div>
          </section>
        </>
      )}
    </div>
  );
}
