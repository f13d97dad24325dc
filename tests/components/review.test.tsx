// The review screen in French: every string beside its English, grouped by screen; "Looks right"
// counts and brings up the next string; a correction is checked as typed by the importer's rules;
// the work survives a reload; the export holds the approvals and corrections.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GUIDES } from '../../src/content/guides';
import { strings } from '../../src/tools/track.mjs';
import { renderApp } from '../helpers/render';

const files = vi.hoisted(() => ({ saved: [] as { name: string; text: string }[] }));
vi.mock('../../src/lib/files', () => ({
  downloadFile: (name: string, text: string) => files.saved.push({ name, text }),
  canShareFiles: () => false,
  shareFile: async () => false,
}));

const total = Object.keys(strings('locales', 'en')).length;
const fr = strings('locales', 'fr'); // (read here: the French words may be improved at any time)
const card = (id: string) => screen.getByText(id).closest('li')!;

// Nearly five hundred strings on one screen: slower than most component tests in jsdom.
describe('checking a translation (#/fr/review)', { timeout: 30_000 }, () => {
  beforeEach(() => (files.saved.length = 0));
  afterEach(() => vi.unstubAllGlobals());

  it('lists every string beside its English, grouped by screen, each screen one tap away', async () => {
    await renderApp('#/fr/review');
    await screen.findByRole('heading', { level: 1, name: fr['review:title'] });
    expect(await screen.findByText(`0 sur ${total} relus`)).toBeTruthy();
    expect(document.querySelectorAll('li.string')).toHaveLength(total);
    // (by text, not role: queries by role over a thousand elements take seconds in jsdom)
    const home = screen.getByText('Accueil', { selector: 'h2' }).parentElement!;
    expect(within(home).getByRole('link', { name: 'Ouvrir cet écran' }).getAttribute('href')).toBe('#/fr');
    const title = card('ui:home.title');
    expect(within(title).getByText('Your rights, step by step').getAttribute('lang')).toBe('en');
    expect(within(title).getByText(fr['ui:home.title']).getAttribute('lang')).toBe('fr');
    const step3 = screen.getByText(`${fr['ui:guides.alone-in-belgium.title']} · ${fr['ui:nav.progress'].replace('{{n}}', '3').replace('{{count}}', String(GUIDES['alone-in-belgium'].steps.length))}`.replace(/\s+/g, ' '), { selector: 'h2' }).parentElement!;
    expect(within(step3).getByRole('link', { name: 'Ouvrir cet écran' }).getAttribute('href')).toBe('#/fr/alone-in-belgium/3');

    // Beside a string that uses a hard word: the word the French glossary agreed on for it.
    const trafficking = within(card('alone-in-belgium:steps.what-is-trafficking.title'));
    expect(trafficking.getByText(fr['ui:glossary.title'])).toBeTruthy();
    expect(trafficking.getByText('trafficking', { selector: 'dt' }).getAttribute('lang')).toBe('en');
    expect(trafficking.getByText(fr['glossary:trafficking.word'], { selector: 'dd' }).getAttribute('lang')).toBe('fr');
    // None where the English has no glossary word, and a glossary entry does not list itself.
    expect(card('ui:home.lead').querySelector('dl')).toBeNull();
    expect(card('glossary:trafficking.word').querySelector('dl')).toBeNull();
  });

  it('"Looks right" counts the string, brings up the next one, and is still there after a reload', async () => {
    const view = await renderApp('#/fr/review');
    await screen.findByText(`0 sur ${total} relus`);
    const first = within(card('ui:home.title')).getByRole('checkbox', { name: fr['review:looksRight'] });
    fireEvent.click(first);
    expect(await screen.findByText(`1 sur ${total} relus`)).toBeTruthy();
    const next = within(card('ui:home.lead')).getByRole('checkbox');
    await waitFor(() => expect(document.activeElement).toBe(next));

    view.unmount();
    await renderApp('#/fr/review');
    await screen.findByText(`1 sur ${total} relus`);
    fireEvent.click(screen.getByRole('radio', { name: 'Relus (1)' }));
    expect(within(card('ui:home.title')).getByRole('checkbox')).toHaveProperty('checked', true);
    expect(screen.queryByText('ui:home.lead')).toBeNull();
  });

  it('a correction that breaks a placeholder is refused on the spot, in plain words, and blocks the export', async () => {
    await renderApp('#/fr/review');
    await screen.findByText(`0 sur ${total} relus`);
    const progress = card('ui:nav.progress');
    fireEvent.click(within(progress).getByText('Écrire une correction'));
    const field = await within(progress).findByRole('textbox', { name: 'Votre correction' });
    fireEvent.input(field, { target: { value: 'Étape {{n}}' } });

    expect(await within(progress).findByText('{{count}} manque. Remettez-le exactement tel quel.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText("Corrections avec un problème : 1. Réglez-les avant d'exporter.")).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Télécharger le fichier' })).toHaveProperty('disabled', true);

    fireEvent.input(field, { target: { value: 'Étape {{n}} sur {{count}}, vas-y' } });
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBeNull());
    fireEvent.input(within(progress).getByRole('textbox', { name: "Note pour l'équipe (facultatif)" }), {
      target: { value: 'Plus encourageant.' },
    });
    fireEvent.click(within(card('ui:home.title')).getByRole('checkbox'));
    const download = screen.getByRole('button', { name: 'Télécharger le fichier' });
    await waitFor(() => expect(download).toHaveProperty('disabled', false));
    expect(screen.getByText('Marqués comme justes : 1. Corrigés : 1.')).toBeTruthy();
    fireEvent.click(download);

    expect(files.saved).toHaveLength(1);
    const { name, text } = files.saved[0];
    expect(name).toMatch(/^compass-review-fr-\d{4}-\d{2}-\d{2}\.xlf$/);
    expect(text).toContain('target-language="fr"');
    expect(text).toContain(`<trans-unit id="home.title" approved="yes">\n        <source>Your rights, step by step</source>\n        <target>${fr['ui:home.title']}</target>`);
    expect(text).toMatch(
      /<trans-unit id="nav.progress" approved="yes">\s*<source>Step \{\{n\}\} of \{\{count\}\}<\/source>\s*<target>Étape \{\{n\}\} sur \{\{count\}\}, vas-y<\/target>\s*<note>Plus encourageant.<\/note>/,
    );
    expect(text.match(/<trans-unit /g)).toHaveLength(2);
  });

  it('English has nothing to check: the screen says so', async () => {
    await renderApp('#/en/review');
    expect(await screen.findByText(/English is the original text/)).toBeTruthy();
  });
});

describe('the professionals\' page', () => {
  it('shows how much of each language a native speaker has reviewed, with a link to check it', async () => {
    await renderApp('#/fr/professionals');
    const table = await screen.findByRole('region', { name: 'Langues et état des traductions' });
    const row = within(table).getByRole('row', { name: /Deutsch/ });
    expect(within(row).getByText('0 % relu')).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'Vérifier : Deutsch' }).getAttribute('href')).toBe('#/de/review');
  });
});
