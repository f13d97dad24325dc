// Generated from the data: every screen with a call button says, beside the buttons, that a call
// leaves traces (and, where a children's line is offered, what to do if nobody answers); every
// service card says only what its data holds. In English and in Arabic.
import { readFileSync } from 'node:fs';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { GUIDES } from '../../src/content/guides';
import { SERVICES } from '../../src/content/services';
import { renderApp } from '../helpers/render';

type Ui = { help: { trace: string; noAnswer: string; fact: Record<string, string>; region: Record<string, string> } };
const ui = (lang: string): Ui => JSON.parse(readFileSync(`locales/${lang}/ui.json`, 'utf8'));
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const SCREENS = [
  ...Object.values(GUIDES).flatMap((g) => g.steps.map((s, i) => ({ hash: `${g.id}/${i + 1}`, services: s.services ?? [] }))),
  ...Object.values(GUIDES).map((g) => ({ hash: `${g.id}/done`, services: SERVICES.filter((s) => s.urgent).map((s) => s.id) })),
  { hash: 'help', services: SERVICES.map((s) => s.id) },
];

describe.each(['en', 'ar'])('call buttons in %s', (lang) => {
  const words = ui(lang).help;
  for (const { hash, services } of SCREENS) {
    it(`#/${lang}/${hash}: ${services.length ? 'the trace note sits beside the call buttons' : 'no call buttons, no note'}`, async () => {
      const view = await renderApp(`#/${lang}/${hash}`);
      await screen.findAllByRole('heading', { level: 1 });
      const main = document.getElementById('main')!;
      await waitFor(() => expect(main.querySelectorAll('a[href^="tel:"]').length).toBe(services.length));
      for (const call of main.querySelectorAll('a[href^="tel:"]')) {
        // The nearest group of calls (a step's "who can help", the list on the help or end screen) holds the note.
        const group = call.closest('.who, .help, .done')!;
        const notes = [...group.querySelectorAll('.call-note')].map((n) => squash(n.textContent));
        expect(notes).toContain(words.trace);
        const childLine = services.some((id) => SERVICES.find((s) => s.id === id)?.childLine);
        expect(notes.includes(words.noAnswer)).toBe(childLine);
      }
      view.unmount();
    });
  }

  it(`every card on #/${lang}/help says only what its data holds`, async () => {
    const view = await renderApp(`#/${lang}/help`);
    await screen.findAllByRole('heading', { level: 1 });
    const cards = await waitFor(() => {
      const found = [...document.querySelectorAll('.service')];
      expect(found).toHaveLength(SERVICES.length);
      return found;
    });
    const allFacts = Object.values(words.fact);
    for (const s of SERVICES) {
      const card = cards.find((c) => c.querySelector(`a[href="tel:${s.tel}"]`))!;
      const shown = squash(card.querySelector('.facts')?.textContent).split(' · ');
      expect(shown, s.id).toEqual([...s.facts.map((f) => words.fact[f.fact]), words.region[s.region]]);
      for (const fact of allFacts) if (!s.facts.some((f) => words.fact[f.fact] === fact)) expect(squash(card.textContent), s.id).not.toContain(fact);
    }
    view.unmount();
  });
});

describe('glossary words in "Tell me more"', () => {
  it.each(['en', 'ar'])('%s: a word only in "Tell me more" can be tapped to show its meaning there', async (lang) => {
    const glossary = JSON.parse(readFileSync(`locales/${lang}/glossary.json`, 'utf8'));
    const guide = JSON.parse(readFileSync(`locales/${lang}/alone-in-belgium.json`, 'utf8'));
    const n = GUIDES['alone-in-belgium'].steps.findIndex((s) => s.id === 'victim-papers') + 1;
    const view = await renderApp(`#/${lang}/alone-in-belgium/${n}`);
    await screen.findByRole('heading', { level: 1, name: guide.steps['victim-papers'].title });
    const more = document.querySelector('details.more') as HTMLDetailsElement;
    more.open = true;
    const word = [...more.querySelectorAll<HTMLButtonElement>('button.term')].find((b) => glossary.prosecutor.match.toLowerCase().split('|').includes(squash(b.textContent).toLowerCase()));
    expect(word, 'the prosecutor is a tappable word in "Tell me more"').toBeTruthy();
    fireEvent.click(word!);
    const region = await screen.findByRole('region', { name: new RegExp(glossary.prosecutor.word) });
    expect(more.contains(region)).toBe(true);
    expect(squash(region.textContent)).toContain(glossary.prosecutor.meaning);
    view.unmount();
  });
});

describe('professionals see where each number comes from', () => {
  it('each number: its source, the day it was read, and "not yet confirmed by a partner"', async () => {
    const pro = JSON.parse(readFileSync('locales/en/professionals.json', 'utf8'));
    const view = await renderApp('#/en/professionals');
    const table = await screen.findByRole('region', { name: pro.directoryTitle });
    for (const s of SERVICES) {
      const row = [...table.querySelectorAll('tr')].find((r) => r.textContent?.includes(s.number))!;
      expect(squash(row.textContent)).toContain(s.read);
      expect(squash(row.textContent)).toContain(s.confirmed ? s.confirmed.by : pro.notConfirmed);
    }
    expect(squash(document.body.textContent)).not.toContain('Last checked');
    view.unmount();
  });
});
