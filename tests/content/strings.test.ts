// The rules a translated string must keep, shared by the XLIFF import and the review screen, and
// where each string appears (the review screen's groups and links, the XLIFF notes).
import { describe, expect, it } from 'vitest';
import { checkText, placeholders, screenOf, splitPlaceholders } from '../../src/content/strings.mjs';
import { GUIDES } from '../../src/content/guides';

const stepNumber = (guide: string, id: string) => GUIDES[guide as keyof typeof GUIDES].steps.findIndex((s) => s.id === id) + 1;

describe('what a translation must keep', () => {
  it('a translation with the same placeholders, in any order and spacing, is accepted', () => {
    expect(checkText('Step {{n}} of {{count}}', 'Étape {{n}} sur {{count}}')).toBeNull();
    expect(checkText('Step {{n}} of {{count}}', '{{ count }} 步中的第 {{n}} 步')).toBeNull();
    expect(checkText('Go back', 'Retour')).toBeNull();
  });

  it('a lost, renamed or added placeholder is refused, naming what is missing and what is extra', () => {
    expect(checkText('Step {{n}} of {{count}}', 'Étape {{n}}')).toEqual({ problem: 'placeholders', missing: ['{{count}}'], extra: [] });
    expect(checkText('Call {{name}}', 'Appeler {{nom}}')).toEqual({ problem: 'placeholders', missing: ['{{name}}'], extra: ['{{nom}}'] });
    expect(checkText('Go back', 'Retour {{n}}')).toEqual({ problem: 'placeholders', missing: [], extra: ['{{n}}'] });
    expect(checkText('Step {{n}}', 'Étape {{n}} {{n}}')).toEqual({ problem: 'placeholders', missing: [], extra: ['{{n}}'] });
  });

  it('an empty translation is refused, and so is one with only spaces', () => {
    expect(checkText('Next', '')).toEqual({ problem: 'empty' });
    expect(checkText('Next', '   ')).toEqual({ problem: 'empty' });
    expect(checkText('Next', undefined)).toEqual({ problem: 'empty' });
  });

  it('markup is refused: translations are plain text', () => {
    expect(checkText('Next', 'Suivant <b>ici</b>')).toEqual({ problem: 'markup' });
    expect(checkText('Next', '<img src=x onerror=alert(1)>')).toEqual({ problem: 'markup' });
    expect(checkText('Next', 'a > b')).toEqual({ problem: 'markup' });
  });

  it('lists placeholders without spaces, sorted, and cuts a text into text and placeholder chips', () => {
    expect(placeholders('{{ count }} and {{n}}')).toEqual(['{{count}}', '{{n}}']);
    expect(splitPlaceholders('Step {{n}} of {{count}}')).toEqual([
      { text: 'Step ', placeholder: false },
      { text: '{{n}}', placeholder: true },
      { text: ' of ', placeholder: false },
      { text: '{{count}}', placeholder: true },
    ]);
  });
});

describe('where a string appears', () => {
  it('a guide step text is on that step', () => {
    const third = GUIDES['alone-in-belgium'].steps[2].id;
    expect(screenOf('alone-in-belgium', `steps.${third}.more`, stepNumber)).toEqual({
      group: 'alone-in-belgium/3',
      path: '/alone-in-belgium/3',
      step: 3,
      part: 'more',
    });
  });

  it('screen text goes to the screen it is on', () => {
    expect(screenOf('ui', 'help.call', stepNumber)).toEqual({ group: 'help', path: '/help' });
    expect(screenOf('ui', 'nav.next', stepNumber).path).toBe('/bill-of-rights/1');
    expect(screenOf('ui', 'done.title', stepNumber).path).toBe('/bill-of-rights/done');
    expect(screenOf('ui', 'exit.label', stepNumber).group).toBe('every');
    expect(screenOf('glossary', 'guardian.match', stepNumber)).toEqual({ group: 'glossary', path: '/glossary', part: 'match' });
    expect(screenOf('safety', 'forget', stepNumber).path).toBe('/safety');
    expect(screenOf('professionals', 'use.0', stepNumber).path).toBe('/professionals');
    expect(screenOf('review', 'title', stepNumber).path).toBe('/review');
  });
});
