// What the device tells us: its languages, whether it is online, whether the app is installed.

export function deviceLanguages(): readonly string[] {
  return globalThis.navigator?.languages ?? [];
}

export function isOnline(): boolean {
  return globalThis.navigator?.onLine !== false;
}

export function isInstalled(): boolean {
  return globalThis.matchMedia?.('(display-mode: standalone)').matches === true;
}

/** Asks the browser to keep the offline copy when space runs low; no prompt in most browsers. */
export function askPersistentStorage(): void {
  navigator.storage?.persist?.().catch(() => undefined);
}
