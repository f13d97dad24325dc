// Glossary words inside a step's text become buttons that show their meaning (the first time
// each appears). Only the step screen loads this.
import type { ComponentChildren } from 'preact';
import { withNumbers } from './Sentences';

export interface TermMatch {
  id: string;
  pattern: RegExp;
}

/** Draws sentences with their first mention of each term as a button; one per text (it remembers what it marked). */
export function termMarker(terms: readonly TermMatch[], onTerm: (id: string) => void, openTerm?: string): (sentence: string) => ComponentChildren {
  const used = new Set<string>();
  return (sentence) => withTerms(sentence, terms, used, onTerm, openTerm);
}

function withTerms(sentence: string, terms: readonly TermMatch[], used: Set<string>, onTerm: (id: string) => void, openTerm?: string): ComponentChildren {
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

/**
 * A pattern for the forms of a word ("guardian|guardians"), whole words only where words have
 * spaces. Case does not matter, as the language writes it: at the start of a sentence Turkish
 * writes "insan" as "İnsan", which a case-insensitive pattern alone does not find.
 */
export function termPattern(forms: string, lang: string): RegExp | undefined {
  const alternatives = forms
    .split('|')
    .map((f) => f.trim())
    .filter(Boolean)
    .flatMap((f) => [f, f.charAt(0).toLocaleUpperCase(lang) + f.slice(1)])
    .filter((f, i, all) => all.indexOf(f) === i)
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (alternatives.length === 0) return undefined;
  const body = `(?:${alternatives.join('|')})`;
  return lang === 'zh' ? new RegExp(body, 'iu') : new RegExp(`(?<![\\p{L}\\p{M}])${body}(?![\\p{L}\\p{M}])`, 'iu');
}
