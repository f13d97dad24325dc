// The service worker: registered once, after the page has loaded (workbox-window, its script
// and the precache it starts never compete with the first screen); an update is offered, never
// forced. Accepting it reloads the same address, so the current screen (in the hash) is kept.

let updateSW: ((reload?: boolean) => Promise<void>) | undefined;
let waiting = false;
let offlineReady = false;
const listeners = new Set<() => void>();

/** Registers the worker once the page has loaded (at once if it already has). */
export function startServiceWorkerAfterLoad(): void {
  if (!('serviceWorker' in navigator)) return;
  if (document.readyState === 'complete') void startServiceWorker();
  else addEventListener('load', () => void startServiceWorker(), { once: true });
}

export async function startServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  updateSW = registerSW({
    immediate: true,
    onNeedRefresh() {
      waiting = true;
      listeners.forEach((l) => l());
    },
    onOfflineReady() {
      offlineReady = true;
      listeners.forEach((l) => l());
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
