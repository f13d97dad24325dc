import { describe, expect, it } from 'vitest';
import { recordingsFor } from '../../src/lib/recordings';

const LIST = [
  'audio/fr/bill-of-rights/not-your-fault.mp3',
  'audio/ps/alone-in-belgium/guardian/2.webm',
  'audio/ps/alone-in-belgium/guardian/10.mp3',
  'audio/ps/alone-in-belgium/guardian/1.ogg',
  'audio/ps/alone-in-belgium/guardian-extra.mp3',
  'audio/ps/alone-in-belgium/guardian/notes.txt.mp3',
];

describe('recordings', () => {
  it('finds one recording for a whole step', () => {
    expect(recordingsFor('fr', 'bill-of-rights', 'not-your-fault', LIST)).toEqual({ whole: '/audio/fr/bill-of-rights/not-your-fault.mp3', sentences: new Map() });
  });
  it('finds per-sentence recordings by sentence number, and nothing of a step with a longer id', () => {
    expect(recordingsFor('ps', 'alone-in-belgium', 'guardian', LIST)).toEqual({
      sentences: new Map([
        [2, '/audio/ps/alone-in-belgium/guardian/2.webm'],
        [10, '/audio/ps/alone-in-belgium/guardian/10.mp3'],
        [1, '/audio/ps/alone-in-belgium/guardian/1.ogg'],
      ]),
    });
  });
  it('finds nothing for another language', () => {
    expect(recordingsFor('en', 'bill-of-rights', 'not-your-fault', LIST)).toEqual({ sentences: new Map() });
  });
});
