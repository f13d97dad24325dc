// The service worker: registered once, after the page has loaded (its script and the precache it
// starts never compete with the first screen); an update is offered, never forced. Accepting it
// reloads the same address, so the current screen (in the hash) is kept.
//
// Updates go through workbox-window (vite-plugin-pwa's registerSW). A first visit does not need
// it: nothing older controls the page, so the browser's own registration installs the offline
// copy, and workbox-window (1.8 KB) is fetched only if a newer version arrives during that visit.
// On every later visit it comes from the offline copy, at no cost.

let updateSW: ((reload?: boolean) => Promise<void>) | undefined;
let waiting = false;
let offlineReady = false;
const listeners = new Set<() => void>();
const tell = () => listeners.forEach((l) => l());

/** Registers the worker once the page has loaded (at once if it already has). */
export function startServiceWorkerAfterLoad(): void {
  if (!('serviceWorker' in navigator)) return;
  if (document.readyState === 'complete') void startServiceWorker();
  else addEventListener('load', () => void startServiceWorker(), { once: true });
}

export async function startServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  if (navigator.serviceWorker.controller) return withWorkbox();
  // The same script and scope as vite-plugin-pwa's registerSW (base './').
  // Refused (a private window in some browsers, storage blocked): the app works online, as before.
  const registration = await navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => undefined);
  if (!registration) return;
  // Installed before but not in charge of this page (a forced reload): as on a later visit.
  if (registration.active) return withWorkbox();
  const first = registration.installing ?? registration.waiting;
  first?.addEventListener('statechange', () => {
    if (first.state !== 'activated') return;
    offlineReady = true;
    tell();
  });
  // A newer version during this first visit: once it waits, workbox-window finds it waiting and
  // offers it, as it does on later visits.
  registration.addEventListener('updatefound', () => {
    const next = registration.installing;
    if (!registration.active || !next) return;
    next.addEventListener('statechange', () => {
      if (next.state === 'installed') void withWorkbox();
    });
  });
}

let workbox: Promise<void> | undefined;
/** Hands the worker to workbox-window (once). */
const withWorkbox = (): Promise<void> => (workbox ??= registerWithWorkbox());

async function registerWithWorkbox(): Promise<void> {
  const { registerSW } = await import('virtual:pwa-register');
  updateSW = registerSW({
    immediate: true,
    onNeedRefresh() {
      waiting = true;
      tell();
    },
    onOfflineReady() {
      offlineReady = true;
      tell();
    },
  });
}

export function updateWaiting(): boolean {
  return waiting;
}

/** The first visit's offline copy is complete (said once, on that visit). */
export function readyOffline(): boolean {
  return offlineReady;
}

/** Called when an update is waiting or the offline copy becomes ready. */
export function onUpdateWaiting(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Only ever called from the person's own tap on "Update now". */
export function applyUpdate(): Promise<void> {
  // workbox-window reloads only when the page was already controlled when it registered; after an
  // update found during the very first visit it would not, so reload when the new worker takes over.
  navigator.serviceWorker?.addEventListener('controllerchange', () => location.reload(), { once: true });
  return updateSW ? updateSW(true) : Promise.resolve();
}
