import { fireEvent, screen, waitFor } from '@testing-library/preact';
import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import bill from '../../locales/en/bill-of-rights.json';
import { GUIDES } from '../../src/content/guides';
import { renderApp } from '../helpers/render';

const titleOf = (n: number) => (bill.steps as Record<string, { title: string }>)[GUIDES['bill-of-rights'].steps[n - 1].id].title;

describe('the shell', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('every screen has the quick exit, a real link that works without script', async () => {
    for (const hash of ['#/en', '#/en/help', '#/en/glossary', '#/en/safety', '#/en/professionals', '#/en/bill-of-rights/1', '#/en/share', '#/en/record']) {
      const view = await renderApp(hash);
      const exit = await screen.findByRole('link', { name: /Exit/ });
      expect(exit.getAttribute('href')).toMatch(/^https:\/\//);
      view.unmount();
    }
  });

  it('right-to-left: the page is mirrored and a swipe to the right goes forward', async () => {
    await renderApp('#/ar/bill-of-rights/2');
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');
    const h = await screen.findByRole('heading', { level: 1 });
    const article = h.closest('article')!;
    fireEvent.pointerDown(article, { clientX: 100, clientY: 200, pointerType: 'touch' });
    fireEvent.pointerUp(article, { clientX: 300, clientY: 200, pointerType: 'touch' });
    await waitFor(() => expect(location.hash).toBe('#/ar/bill-of-rights/3'));
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    await waitFor(() => expect(location.hash).toBe('#/ar/bill-of-rights/2'));
  });

  it('phone numbers stay left-to-right inside right-to-left text', async () => {
    await renderApp('#/ar/help');
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    const numbers = await screen.findAllByText('116 000');
    for (const n of numbers) expect(n.closest('bdi')?.getAttribute('dir')).toBe('ltr');
  });

  it('an unknown language keeps the screen in English and says so kindly', async () => {
    await renderApp('#/xx/bill-of-rights/2');
    await screen.findByRole('heading', { level: 1, name: titleOf(2) });
    expect(screen.getByText(/We do not have that language yet/)).toBeTruthy();
    expect(location.hash).toBe('#/en/bill-of-rights/2');
  });

  it('an unknown guide opens home, and an unknown step the nearest step, each with a note', async () => {
    const view = await renderApp('#/en/no-such-guide/2');
    await screen.findByRole('heading', { level: 1, name: 'Your rights, step by step' });
    expect(screen.getByText(/could not find that guide/)).toBeTruthy();
    view.unmount();
    await renderApp('#/en/bill-of-rights/999');
    await screen.findByRole('heading', { level: 1, name: titleOf(GUIDES['bill-of-rights'].steps.length) });
    expect(screen.getByText(/That step does not exist/)).toBeTruthy();
  });

  it('changing language keeps the current screen and sets <html lang dir>', async () => {
    await renderApp('#/en/bill-of-rights/4');
    await screen.findByRole('heading', { level: 1, name: titleOf(4) });
    fireEvent.click(screen.getByRole('button', { name: /Language/ }));
    fireEvent.click(screen.getByRole('button', { name: /العربية/ }));
    await waitFor(() => expect(location.hash).toBe('#/ar/bill-of-rights/4'));
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(JSON.parse(localStorage.getItem('prefs')!)).toEqual({ lang: 'ar' });
  });

  it('the language picker searches native and English names', async () => {
    await renderApp('#/en');
    fireEvent.click(await screen.findByRole('button', { name: /Language/ }));
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search languages' }), { target: { value: 'pash' } });
    expect(screen.getByRole('button', { name: /پښتو/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Français/ })).toBeNull();
  });

  it('when storage is blocked the app still works and says it cannot remember', async () => {
    vi.stubGlobal('localStorage', {
      getItem: () => null,
      setItem() {
        throw new DOMException('blocked', 'SecurityError');
      },
      clear() {},
    });
    await renderApp('#/en');
    fireEvent.click(await screen.findByRole('button', { name: /Language/ }));
    fireEvent.click(screen.getByRole('button', { name: /Français/ }));
    await waitFor(() => expect(location.hash).toBe('#/fr'));
    expect(await screen.findByText(/cannot save your choices/)).toBeTruthy();
  });

  it('a translation holding markup or script shows as text', async () => {
    await renderApp('#/en');
    await screen.findByRole('heading', { level: 1 });
    const hostile = '<img src=x onerror="window.__pwned=1">Hello';
    i18next.addResource('en', 'ui', 'home.lead', hostile);
    await i18next.changeLanguage('en');
    await waitFor(() => expect(document.getElementById("main")?.textContent).toContain(hostile));
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("the professionals' page links to the recording studio, in the page's language", async () => {
    const studio = JSON.parse(readFileSync('locales/ps/studio.json', 'utf8'));
    await renderApp('#/ps/professionals');
    fireEvent.click(await screen.findByRole('link', { name: studio.link }));
    await waitFor(() => expect(location.hash).toBe('#/ps/record'));
    expect(await screen.findByRole('heading', { level: 1, name: studio.title })).toBeTruthy();
  });
});
