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
