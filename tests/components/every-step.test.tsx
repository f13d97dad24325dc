// Generated from the data: every step of both guides renders its title, its text and its
// labelled picture, and "tell me more" where the step has one; its sentences on screen carry the
// numbers that per-sentence recordings are named by (title, text, then "tell me more", even closed).
import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import alone from '../../locales/en/alone-in-belgium.json';
import bill from '../../locales/en/bill-of-rights.json';
import { GUIDES } from '../../src/content/guides';
import { stepSentences } from '../../src/lib/sentences';
import { renderApp } from '../helpers/render';

type Words = Record<string, { title: string; text: string; alt: string; more?: string }>;
const WORDS: Record<string, Words> = { 'bill-of-rights': bill.steps, 'alone-in-belgium': alone.steps };

describe.each(Object.values(GUIDES))('every step of $id', (guide) => {
  guide.steps.forEach((step, i) => {
    it(`${i + 1}. ${step.id}`, async () => {
      const words = WORDS[guide.id][step.id];
      const view = await renderApp(`#/en/${guide.id}/${i + 1}`);
      await screen.findByRole('heading', { level: 1, name: words.title });
      const text = document.querySelector('.step-body .text')?.textContent?.replace(/\s+/g, ' ').trim();
      expect(text).toBe(words.text);
      const picture = screen.getByRole('img', { name: words.alt });
      expect(picture.getAttribute('src')).toMatch(/pictures\/.+\.svg$/);
      expect(Boolean(screen.queryByText('Tell me more'))).toBe(Boolean(step.more));
      const numbered = [...document.querySelectorAll<HTMLElement>('.step-body .sentence[data-n]')].map((el) => ({
        n: Number(el.dataset.n),
        text: el.textContent?.trim(),
      }));
      expect(numbered).toEqual(stepSentences(words, step.more === true, 'en').map(({ n, text }) => ({ n, text })));
      view.unmount();
    });
  });
});
