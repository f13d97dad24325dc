// The words of one step in one language: title, text with tappable glossary words, "tell me
// more", and who can help. Rendered once, or twice side by side in session mode.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import { TERMS } from '../content/glossary';
import { dirOf } from '../content/languages';
import { SERVICES } from '../content/services';
import type { GuideId, Step } from '../content/types';
import { showScreenTitle } from '../lib/history';
import { dynamic } from '../lib/i18n';
import { firstNumbers, stepSentences } from '../lib/sentences';
import { CallNotes } from './CallNotes';
import { Picture } from './Picture';
import { Sentences } from './Sentences';
import { termMarker, termPattern, type TermMatch } from './Terms';

interface Props {
  guide: GuideId;
  step: Step;
  lang: string;
  /** The second language's column: its title is an h2 and does not take focus. */
  secondary?: boolean;
}

export function StepBody({ guide, step, lang, secondary }: Props) {
  // The page's own language takes the usual path; only the second column asks for another.
  const { t } = useTranslation([guide, 'glossary', 'ui'], secondary ? { lng: lang } : undefined);
  const tx = dynamic(t);
  // The open word and the block it was tapped in: its meaning shows right under that block.
  const [open, setOpen] = useState<{ id: string; in: 'text' | 'more' }>();
  const title = useRef<HTMLHeadingElement>(null);
  // On every step change focus moves to the title, so screen readers hear it. This runs here,
  // once the words have loaded, not in the screen (which renders before them).
  useEffect(() => {
    if (!secondary) showScreenTitle(title.current);
  }, [guide, step.id, secondary]);
  const terms = useMemo<TermMatch[]>(
    () =>
      (step.terms ?? []).flatMap((id) => {
        const pattern = termPattern(tx(`glossary:${id}.match`), lang);
        return pattern ? [{ id, pattern }] : [];
      }),
    [step, lang, tx],
  );
  // Sentences are numbered over title, text and "tell me more" (open or not), as recordings are.
  const first = useMemo(() => {
    const words = { title: tx(`steps.${step.id}.title`), text: tx(`steps.${step.id}.text`), more: step.more ? tx(`steps.${step.id}.more`) : undefined };
    return firstNumbers(stepSentences(words, step.more === true, lang));
  }, [step, lang, tx]);
  const term = TERMS.find((x) => x.id === open?.id);
  const toggle = (where: 'text' | 'more') => (id: string) => setOpen(open?.id === id && open.in === where ? undefined : { id, in: where });
  const definition = term && (
    <div class="definition" id="definition" role="region" aria-label={tx('ui:step.meaning', { word: tx(`glossary:${term.id}.word`) })}>
      <Picture picture={term.picture} alt={tx(`glossary:${term.id}.alt`)} size={64} />
      <div>
        <p>
          <strong>
            <Sentences text={tx(`glossary:${term.id}.word`)} />
          </strong>
        </p>
        <p>
          <Sentences text={tx(`glossary:${term.id}.meaning`)} />
        </p>
        <button type="button" class="button secondary" onClick={() => setOpen(undefined)}>
          {tx('ui:step.close')}
        </button>
      </div>
    </div>
  );
  const Heading = secondary ? 'h2' : 'h1';
  const services = SERVICES.filter((s) => step.services?.includes(s.id));
  const people = TERMS.filter((x) => step.people?.includes(x.id));

  return (
    <section class="step-body" lang={lang} dir={dirOf(lang)}>
      <Heading ref={title} tabIndex={-1} class="step-title">
        <Sentences text={tx(`steps.${step.id}.title`)} first={first.title} />
      </Heading>
      <p class="text">
        <Sentences text={tx(`steps.${step.id}.text`)} first={first.text} sentence={termMarker(terms, toggle('text'), open?.in === 'text' ? open.id : undefined)} />
      </p>
      {open?.in === 'text' && definition}
      {step.more && (
        <details class="more">
          <summary>{tx('ui:step.more')}</summary>
          <p>
            <Sentences text={tx(`steps.${step.id}.more`)} first={first.more} sentence={termMarker(terms, toggle('more'), open?.in === 'more' ? open.id : undefined)} />
          </p>
          {open?.in === 'more' && definition}
        </details>
      )}
      {(people.length > 0 || services.length > 0) && (
        <div class="who">
          <h3>{tx('ui:step.whoCanHelp')}</h3>
          <ul class="helpers">
            {people.map((p) => (
              <li class="chip" key={p.id}>
                <Picture picture={p.picture} alt="" size={40} />
                {tx(`glossary:${p.id}.word`)}
              </li>
            ))}
            {services.map((s) => (
              <li key={s.id}>
                <a class="chip" href={`tel:${s.tel}`}>
                  <Picture picture={s.picture} alt="" size={40} />
                  {tx('ui:help.call', { name: tx(`ui:services.${s.id}.name`) })}{' '}
                  <bdi dir="ltr" class="number">
                    {s.number}
                  </bdi>
                </a>
              </li>
            ))}
          </ul>
          {services.length > 0 && <CallNotes services={services} t={tx} />}
        </div>
      )}
    </section>
  );
}
