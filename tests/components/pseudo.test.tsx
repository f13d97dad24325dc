// In the development pseudo-language every translated string has accented vowels, so a text node
// with a plain vowel is a string some component wrote itself instead of taking from locales/.
// Data shown as it is (language names, citations, numbers, links) is marked with its own lang or
// class and is not counted.
import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { pseudo } from '../../src/lib/pseudo';
import { renderApp } from '../helpers/render';

function hardCoded(): string[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    const parent = node.parentElement;
    if (!text || !parent || parent.closest('script, style, .number, .url')) continue;
    if (parent.closest('[lang]')?.getAttribute('lang') !== 'qps') continue;
    if (/[aeiouAEIOU]/.test(text)) found.push(text);
  }
  return found;
}

describe('pseudo-language (development)', () => {
  it('accents every vowel', () => expect(pseudo('Your rights, {{n}}')).toBe('Yöür rïghts, {{n}}'));

  for (const path of ['', '/bill-of-rights/2', '/alone-in-belgium/2?with=fr', '/bill-of-rights/done', '/alone-in-belgium/print', '/help', '/glossary', '/safety', '/professionals', '/share', '/review']) {
    it(`#/qps${path} shows no hard-coded text`, async () => {
      await renderApp(`#/qps${path}`);
      await screen.findAllByRole('heading', { level: 1 });
      if (path === '/review') await waitFor(() => expect(document.querySelector('li.string')).not.toBeNull(), { timeout: 10_000 });
      expect(document.documentElement.lang).toBe('qps');
      expect(document.querySelector('h1')?.textContent).toMatch(/[áéïöüÁÉÏÖÜ]/);
      expect(hardCoded()).toEqual([]);
    });
  }

  it('the check finds a hard-coded string', async () => {
    await renderApp('#/qps/help');
    await screen.findAllByRole('heading', { level: 1 });
    const stray = document.createElement('p');
    stray.textContent = 'Call us';
    document.querySelector('main')!.append(stray);
    expect(hardCoded()).toEqual(['Call us']);
  });
});
