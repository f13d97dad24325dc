import { describe, expect, it } from 'vitest';
import { splitByRule, splitSentences } from '../../src/lib/sentences';

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
