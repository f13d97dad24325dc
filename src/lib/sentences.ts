// Sentence splitting for reading aloud (one utterance per sentence) and highlighting. Uses the
// browser's own Intl.Segmenter where it exists; else a rule for the scripts we ship: Latin and
// Cyrillic . ! ?, Arabic ؟ and Urdu ۔, Ethiopic ። ፧, Han 。！？.

const END = /[^.!?…؟۔።፧。！？]+(?:[.!?…؟۔።፧。！？]+["'”’»)\]]*|$)\s*/gu;

export function splitByRule(text: string): string[] {
  return (text.match(END) ?? []).map((s) => s.trim()).filter(Boolean);
}

export function splitSentences(text: string, lang: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    try {
      const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
      return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean);
    } catch {
      /* an unknown locale tag: fall through */
    }
  }
  return splitByRule(text);
}

/** The parts of a step that are read aloud, in reading order. */
export const STEP_PARTS = ['title', 'text', 'more'] as const;
export type StepPart = (typeof STEP_PARTS)[number];

export interface NumberedSentence {
  /** From 1: the number a per-sentence recording carries (audio/<lang>/<guide>/<step-id>/<n>.<ext>). */
  n: number;
  part: StepPart;
  text: string;
}

/**
 * A step's sentences, numbered from 1 over its title, then its text, then its "tell me more"
 * (when the step has one), whether "tell me more" is open or not. The studio records by these
 * numbers, `npm run audio:import` checks them, and the reader plays recording n for sentence n.
 */
export function stepSentences(words: Partial<Record<StepPart, string>>, hasMore: boolean, lang: string): NumberedSentence[] {
  const out: NumberedSentence[] = [];
  for (const part of STEP_PARTS) {
    const text = words[part];
    if (!text || (part === 'more' && !hasMore)) continue;
    for (const sentence of splitSentences(text, lang)) out.push({ n: out.length + 1, part, text: sentence });
  }
  return out;
}

/** The number of the first sentence of each part (for marking the sentences on screen). */
export function firstNumbers(sentences: readonly NumberedSentence[]): Partial<Record<StepPart, number>> {
  const first: Partial<Record<StepPart, number>> = {};
  for (const s of sentences) first[s.part] ??= s.n;
  return first;
}
