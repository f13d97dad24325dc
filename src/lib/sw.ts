// The service worker: registered once; an update is offered, never forced. Accepting it reloads
// the same address, so the current screen (which lives in the hash) is kept.
import { registerSW } from 'virtual:pwa-register';

let updateSW: ((reload?: boolean) => Promise<void>) | undefined;
let waiting = false;
let offlineReady = false;
const listeners = new Set<() => void>();

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
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
