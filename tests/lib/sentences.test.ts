import { describe, expect, it } from 'vitest';
import { firstNumbers, splitByRule, splitSentences, stepSentences } from '../../src/lib/sentences';

const CASES: [string, string, string[]][] = [
  ['en', 'You have rights. Is it your fault? No! It is not.', ['You have rights.', 'Is it your fault?', 'No!', 'It is not.']],
  ['ar', 'لديك حقوق. هل هذا خطؤك؟ لا، ليس خطأك.', ['لديك حقوق.', 'هل هذا خطؤك؟', 'لا، ليس خطأك.']],
  ['ur', 'آپ کے حقوق ہیں۔ یہ آپ کی غلطی نہیں ہے۔', ['آپ کے حقوق ہیں۔', 'یہ آپ کی غلطی نہیں ہے۔']],
  ['ti', 'መሰል መሰላት ኣለዉኻ። ጌጋኻ ድዩ፧ ኣይኮነን።', ['መሰል መሰላት ኣለዉኻ።', 'ጌጋኻ ድዩ፧', 'ኣይኮነን።']],
  ['zh', '你有权利。这是你的错吗？不是！', ['你有权利。', '这是你的错吗？', '不是！']],
  ['uk', 'У тебе є права. Це не твоя провина.', ['У тебе є права.', 'Це не твоя провина.']],
];

describe('sentence splitting', () => {
  for (const [lang, text, expected] of CASES) {
    it(`splits ${lang} at its own punctuation (Intl.Segmenter)`, () => expect(splitSentences(text, lang)).toEqual(expected));
    it(`splits ${lang} at its own punctuation (rule, where Intl.Segmenter is missing)`, () => expect(splitByRule(text)).toEqual(expected));
  }

  it('keeps a text without a full stop as one sentence', () => {
    expect(splitSentences('Get help now', 'en')).toEqual(['Get help now']);
    expect(splitByRule('Get help now')).toEqual(['Get help now']);
  });
});

describe('numbering a step\'s sentences (what per-sentence recordings are named by)', () => {
  const words = { title: 'You have rights.', text: 'Nobody may hurt you. It is not your fault.', more: 'Ask for help. Any time.' };

  it('numbers from 1 over the title, then the text, then "tell me more"', () => {
    expect(stepSentences(words, true, 'en')).toEqual([
      { n: 1, part: 'title', text: 'You have rights.' },
      { n: 2, part: 'text', text: 'Nobody may hurt you.' },
      { n: 3, part: 'text', text: 'It is not your fault.' },
      { n: 4, part: 'more', text: 'Ask for help.' },
      { n: 5, part: 'more', text: 'Any time.' },
    ]);
    expect(firstNumbers(stepSentences(words, true, 'en'))).toEqual({ title: 1, text: 2, more: 4 });
  });

  it('leaves out "tell me more" where the step has none', () => {
    expect(stepSentences(words, false, 'en').map((s) => s.n)).toEqual([1, 2, 3]);
  });
});
