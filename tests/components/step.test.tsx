import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import bill from '../../locales/en/bill-of-rights.json';
import { GUIDES } from '../../src/content/guides';
import { renderApp } from '../helpers/render';

const steps = GUIDES['bill-of-rights'].steps;
const title = (n: number) => (bill.steps as Record<string, { title: string }>)[steps[n - 1].id].title;
const count = steps.length;

async function heading(text: string) {
  return screen.findByRole('heading', { level: 1, name: text });
}

describe('step screen', () => {
  it('shows the picture, title, text, progress and controls', async () => {
    await renderApp('#/en/bill-of-rights/2');
    await heading(title(2));
    expect(screen.getByRole('img', { name: (bill.steps as Record<string, { alt: string }>)[steps[1].id].alt })).toBeTruthy();
    expect(screen.getByText(`Step 2 of ${count}`)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Back/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Next/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Exit/ })).toBeTruthy();
  });

  it('Next and Back move one step, replacing the history entry, and focus the new title', async () => {
    const before = history.length;
    await renderApp('#/en/bill-of-rights/1');
    await heading(title(1));
    fireEvent.click(screen.getByRole('link', { name: /Next/ }));
    const h = await heading(title(2));
    expect(location.hash).toBe('#/en/bill-of-rights/2');
    await waitFor(() => expect(document.activeElement).toBe(h));
    fireEvent.click(screen.getByRole('link', { name: /Back/ }));
    await heading(title(1));
    expect(history.length).toBe(before);
  });

  it('arrow and page keys move between steps', async () => {
    await renderApp('#/en/bill-of-rights/3');
    await heading(title(3));
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    await heading(title(4));
    fireEvent.keyDown(window, { key: 'PageUp' });
    await heading(title(3));
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    await heading(title(2));
  });

  it('a swipe to the left goes forward, to the right goes back', async () => {
    await renderApp('#/en/bill-of-rights/5');
    const article = (await heading(title(5))).closest('article')!;
    fireEvent.pointerDown(article, { clientX: 300, clientY: 200, pointerType: 'touch' });
    fireEvent.pointerUp(article, { clientX: 100, clientY: 210, pointerType: 'touch' });
    await heading(title(6));
    const next = (await heading(title(6))).closest('article')!;
    fireEvent.pointerDown(next, { clientX: 100, clientY: 200, pointerType: 'touch' });
    fireEvent.pointerUp(next, { clientX: 300, clientY: 200, pointerType: 'touch' });
    await heading(title(5));
  });

  it('the last step leads to a calm summary of the rights and who to call', async () => {
    await renderApp(`#/en/bill-of-rights/${count}`);
    await heading(title(count));
    fireEvent.click(screen.getByRole('link', { name: /Finish/ }));
    await screen.findByRole('heading', { level: 1, name: 'You finished' });
    for (const s of steps.filter((x) => x.summary)) expect(screen.getByText((bill.steps as Record<string, { title: string }>)[s.id].title)).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /Call Emergency/ }).length).toBeGreaterThan(0);
  });

  it('a glossary word in the text can be tapped to see its meaning', async () => {
    await renderApp('#/en/alone-in-belgium/2');
    await screen.findByRole('heading', { level: 1, name: 'A guardian to help you' });
    const word = screen.getAllByRole('button', { name: /guardian/i })[0];
    expect(word.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(word);
    expect(await screen.findByRole('region', { name: /What does “guardian” mean/ })).toBeTruthy();
    expect(word.getAttribute('aria-expanded')).toBe('true');
  });
});
