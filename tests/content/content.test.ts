// Generated from the data: every step, term and service is checked, not a sample.
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/ui.json';
import bill from '../../locales/en/bill-of-rights.json';
import alone from '../../locales/en/alone-in-belgium.json';
import glossary from '../../locales/en/glossary.json';
import { GUIDES } from '../../src/content/guides';
import { TERMS } from '../../src/content/glossary';
import { SERVICES } from '../../src/content/services';
import { SOURCES } from '../../src/content/sources';
import { hasIcon } from '../../src/tools/pictures';

const TEXT = { 'bill-of-rights': bill, 'alone-in-belgium': alone } as const;
type StepText = { title: string; text: string; more?: string; alt: string };

describe('guides', () => {
  it('have the promised length', () => {
    expect(GUIDES['bill-of-rights'].steps.length).toBeGreaterThanOrEqual(12);
    expect(GUIDES['alone-in-belgium'].steps.length).toBeGreaterThanOrEqual(10);
  });

  for (const guide of Object.values(GUIDES)) {
    const steps = TEXT[guide.id].steps as Record<string, StepText>;
    it(`${guide.id}: the data and the English text name the same steps, in order`, () => {
      expect(Object.keys(steps)).toEqual(guide.steps.map((s) => s.id));
    });
    for (const step of guide.steps) {
      it(`${guide.id}/${step.id}: text, picture, sources, helpers`, () => {
        const text = steps[step.id];
        expect(text.title.trim()).not.toBe('');
        expect(text.alt.trim()).not.toBe('');
        const sentences = text.text.split(/(?<=[.!?])\s+/).filter(Boolean);
        expect(sentences.length).toBeGreaterThanOrEqual(1);
        expect(sentences.length).toBeLessThanOrEqual(4);
        expect(Boolean(text.more)).toBe(Boolean(step.more));
        expect(step.picture.every(hasIcon)).toBe(true);
        expect(step.sources.length).toBeGreaterThan(0);
        for (const ref of step.sources) expect(Object.keys(SOURCES)).toContain(ref.source);
        for (const id of step.services ?? []) expect(SERVICES.map((s) => s.id)).toContain(id);
        for (const id of [...(step.people ?? []), ...(step.terms ?? [])]) expect(TERMS.map((t) => t.id)).toContain(id);
      });
    }
  }

  it('every term a step names appears in its English text or "Tell me more", where it can be tapped', () => {
    for (const guide of Object.values(GUIDES)) {
      const steps = TEXT[guide.id].steps as Record<string, StepText>;
      for (const step of guide.steps) {
        const words = `${steps[step.id].text} ${steps[step.id].more ?? ''}`.toLowerCase();
        for (const id of step.terms ?? []) {
          const forms = (glossary as Record<string, { match: string }>)[id].match.split('|');
          expect(forms.some((f) => words.includes(f)), `${step.id} → ${id}`).toBe(true);
        }
      }
    }
  });

  it('no text a child reads names a Criminal Code article (the 2024 reform renumbered it)', () => {
    const all = JSON.stringify([bill, alone, glossary, en]);
    expect(all).not.toMatch(/433|quinquies|article \d+ of the (Belgian )?Criminal/i);
  });
});

describe('glossary', () => {
  it('has at least 15 words, each with a picture and a meaning', () => {
    expect(TERMS.length).toBeGreaterThanOrEqual(15);
    for (const term of TERMS) {
      expect(term.picture.every(hasIcon), term.id).toBe(true);
      const text = (glossary as Record<string, { word: string; meaning: string; alt: string }>)[term.id];
      expect(text.word && text.meaning && text.alt, term.id).toBeTruthy();
    }
  });
  for (const id of ['guardian', 'lawyer', 'complaint', 'police', 'judge', 'interpreter', 'trafficking', 'exploitation', 'asylum', 'residence-permit', 'age-test', 'compensation', 'privacy', 'specialised-centre', 'social-worker']) {
    it(`explains "${id}"`, () => expect(TERMS.map((t) => t.id)).toContain(id));
  }
});

describe('help directory', () => {
  for (const s of SERVICES) {
    it(`${s.id}: a valid number, a source, a date, a picture, words`, () => {
      // Short Belgian numbers (112, 101, 116 000...) are dialled as they are; others in +32 form.
      expect(s.tel).toMatch(/^(\d{3}|116\d{3}|\+32\d{8,9})$/);
      expect(s.number.replace(/\s/g, '')).toBe(s.tel.startsWith('+32') ? `0${s.tel.slice(3)}` : s.tel);
      expect(Object.keys(SOURCES)).toContain(s.source);
      expect(s.status).toBe('confirmed');
      expect(s.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.picture.every(hasIcon)).toBe(true);
      const words = (en.services as Record<string, { name: string; purpose: string }>)[s.id];
      expect(words.name && words.purpose).toBeTruthy();
    });
  }

  it('holds "free", "day and night" and "no name needed" only where a source states them (the brief\'s December list)', () => {
    const stated = Object.fromEntries(SERVICES.map((s) => [s.id, s.facts.map((f) => f.fact).sort()]));
    expect(stated).toEqual({
      emergency: ['always-open', 'free'],
      'child-focus': ['always-open', 'free'],
      awel: ['anonymous', 'free'],
      'ecoute-enfants': ['anonymous', 'free'],
      police: [],
      guardianship: ['questions-office-hours', 'reports-always-open'],
      esperanto: [],
      'minor-ndako': [],
      payoke: [],
      'pag-asa': [],
      surya: [],
    });
    for (const s of SERVICES) {
      for (const f of s.facts) {
        expect(Object.keys(SOURCES), `${s.id} ${f.fact}`).toContain(f.source);
        expect(f.status, `${s.id} ${f.fact}`).toBe('confirmed');
      }
    }
  });

  it('never lists a number the brief marks unverified', () => {
    const numbers = SERVICES.map((s) => s.tel);
    expect(numbers).not.toContain('+3278055800');
    expect(numbers).not.toContain('116111');
  });

  it('keeps 112, 116 000 and the children\'s lines one tap away', () => {
    expect(SERVICES.filter((s) => s.urgent).map((s) => s.tel).sort()).toEqual(['102', '103', '112', '116000']);
  });
});
