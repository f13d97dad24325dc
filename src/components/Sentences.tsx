// Text as sentences: each one can be highlighted while it is read aloud. Glossary words inside
// become buttons that show their meaning (first time each appears); numbers stay whole and
// left-to-right.
import type { ComponentChildren } from 'preact';
import { useTranslation } from 'react-i18next';
import { splitSentences } from '../lib/sentences';

export interface TermMatch {
  id: string;
  pattern: RegExp;
}

interface Props {
  text: string;
  terms?: readonly TermMatch[];
  onTerm?: (id: string) => void;
  openTerm?: string;
  /** The number of the first sentence within its step (see stepSentences): the reader plays recording n for it. */
  first?: number;
}

export function Sentences({ text, terms = [], onTerm, openTerm, first }: Props) {
  const { i18n } = useTranslation();
  const used = new Set<string>();
  return (
    <>
      {splitSentences(text, i18n.language).map((sentence, i) => (
        <span class="sentence" key={i} data-n={first === undefined ? undefined : first + i}>
          {withTerms(sentence, terms, used, onTerm, openTerm)}
          {' '}
        </span>
      ))}
    </>
  );
}

/** Numbers ("116 000", "112") stay whole and left-to-right inside right-to-left text. */
function withNumbers(text: string): ComponentChildren {
  const parts = text.split(/(\d+(?: \d+)*)/);
  if (parts.length === 1) return text;
  return parts.map((part, i) =>
    i % 2 ? (
      <bdi dir="ltr" class="number" key={i}>
        {part}
      </bdi>
    ) : (
      part
    ),
  );
}

function withTerms(sentence: string, terms: readonly TermMatch[], used: Set<string>, onTerm?: (id: string) => void, openTerm?: string): ComponentChildren {
  if (!onTerm) return withNumbers(sentence);
  for (const term of terms) {
    if (used.has(term.id)) continue;
    const m = term.pattern.exec(sentence);
    if (!m) continue;
    used.add(term.id);
    const before = sentence.slice(0, m.index);
    const after = sentence.slice(m.index + m[0].length);
    return (
      <>
        {withTerms(before, terms, used, onTerm, openTerm)}
        <button type="button" class="term" aria-expanded={openTerm === term.id} aria-controls="definition" onClick={() => onTerm(term.id)}>
          {m[0]}
        </button>
        {withTerms(after, terms, used, onTerm, openTerm)}
      </>
    );
  }
  return withNumbers(sentence);
}

/** A pattern for the forms of a word ("guardian|guardians"), whole words only where words have spaces. */
export function termPattern(forms: string, lang: string): RegExp | undefined {
  const alternatives = forms
    .split('|')
    .map((f) => f.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (alternatives.length === 0) return undefined;
  const body = `(?:${alternatives.join('|')})`;
  return lang === 'zh' ? new RegExp(body, 'iu') : new RegExp(`(?<![\\p{L}\\p{M}])${body}(?![\\p{L}\\p{M}])`, 'iu');
}
