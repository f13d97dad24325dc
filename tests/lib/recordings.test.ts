import { describe, expect, it } from 'vitest';
import { recordingsFor } from '../../src/lib/recordings';

const LIST = [
  'audio/fr/bill-of-rights/not-your-fault.mp3',
  'audio/ps/alone-in-belgium/guardian/2.mp3',
  'audio/ps/alone-in-belgium/guardian/10.mp3',
  'audio/ps/alone-in-belgium/guardian/1.mp3',
  'audio/ps/alone-in-belgium/guardian-extra.mp3',
];

describe('recordings', () => {
  it('finds one recording for a whole step', () => {
    expect(recordingsFor('fr', 'bill-of-rights', 'not-your-fault', LIST)).toEqual(['/audio/fr/bill-of-rights/not-your-fault.mp3']);
  });
  it('finds per-sentence recordings in number order, and nothing of a step with a longer id', () => {
    expect(recordingsFor('ps', 'alone-in-belgium', 'guardian', LIST)).toEqual([
      '/audio/ps/alone-in-belgium/guardian/1.mp3',
      '/audio/ps/alone-in-belgium/guardian/2.mp3',
      '/audio/ps/alone-in-belgium/guardian/10.mp3',
    ]);
  });
  it('finds nothing for another language', () => {
    expect(recordingsFor('en', 'bill-of-rights', 'not-your-fault', LIST)).toEqual([]);
  });
});
