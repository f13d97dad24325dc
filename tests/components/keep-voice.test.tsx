// The "Keep the voice for offline use" control: its real size, progress, a question first on a
// data-saving connection, cancel and take up again, and a word when it is done.
import { fireEvent, render, screen } from '@testing-library/preact';
import i18next from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { KeepVoice } from '../../src/components/KeepVoice';
import { startI18n } from '../../src/lib/i18n';

const FILES = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`g/s/${i}.webm`, { bytes: 155_000 }]));
const VOICE = { lang: 'ti', bytes: 3_100_000, files: 20 };
let stored: Map<string, Response>;
let release: (() => void) | undefined;

/** Lets the held file arrive, once it has been asked for. */
const letGo = () =>
  vi.waitFor(() => {
    expect(release).toBeDefined();
    release!();
  });

beforeAll(async () => {
  await startI18n('en');
});

beforeEach(async () => {
  stored = new Map();
  release = undefined;
  const cache = {
    match: async (u: string) => stored.get(u),
    put: async (u: string, r: Response) => void stored.set(u, r),
    delete: async (u: string) => stored.delete(u),
    keys: async () => [...stored.keys()].map((url) => ({ url })),
  };
  vi.stubGlobal('caches', { open: async () => cache });
  const locales = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
    const url = String(input);
    if (url.includes('/locales/')) return locales(input, init);
    if (url.endsWith('manifest.json')) return new Response(JSON.stringify({ files: FILES }));
    // The tenth file waits until the test lets it go (or the download is cancelled).
    if (url.endsWith('/9.webm'))
      await new Promise<void>((resolve, reject) => {
        release = resolve;
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    return new Response('opus');
  });
  if (!i18next.hasLoadedNamespace('voice')) await i18next.reloadResources(['en'], ['voice']);
});
afterEach(() => {
  vi.unstubAllGlobals();
  Object.defineProperty(navigator, 'connection', { value: undefined, configurable: true });
});

describe('keeping the voice for offline use', () => {
  it('names the real size, shows progress, can be cancelled keeping what arrived, and resumes to done', async () => {
    render(<KeepVoice voice={VOICE} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Keep the voice for offline use (3.1 MB)' }));
    await screen.findByText(/^Keeping the voice: \d+%$/);
    expect(screen.getByRole('progressbar')).toBeTruthy();
    await vi.waitFor(() => expect(release).toBeDefined());
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByText('Stopped. What arrived is kept.');
    expect(stored.size).toBeGreaterThan(0);
    expect(stored.size).toBeLessThan(20);
    // Taken up again, it asks only for what is missing.
    const again = screen.getByRole('button', { name: /^Keep the voice for offline use \(\d\.\d MB\)$/ });
    expect(again.textContent).not.toContain('3.1 MB');
    release = undefined;
    fireEvent.click(again);
    await letGo();
    await screen.findByText('The voice is kept on this phone. It works without internet.');
    expect(stored.size).toBe(20);
  });

  it('on a data-saving connection it asks first, and "Not now" downloads nothing', async () => {
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
    render(<KeepVoice voice={VOICE} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Keep the voice for offline use (3.1 MB)' }));
    expect(screen.getByText('Your phone is saving data. Keeping the voice uses 3.1 MB. Keep it now?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(stored.size).toBe(0);
    fireEvent.click(await screen.findByRole('button', { name: 'Keep the voice for offline use (3.1 MB)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, keep it' }));
    await letGo();
    await screen.findByText('The voice is kept on this phone. It works without internet.');
  });

  it('shows nothing once the whole voice is already kept', async () => {
    for (const f of Object.keys(FILES)) stored.set(new URL(`/audio/ti/tts/${f}`, location.href).href, new Response(''));
    const { container } = render(<KeepVoice voice={VOICE} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(container.textContent).toBe('');
  });
});
