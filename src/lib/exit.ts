// Quick exit (../shared/design/safety.md): in one frame stop speech and audio, hide everything,
// blank the title, drop state, then replace this history entry with a neutral page.
import { isInstalled, isOnline } from './device';

/** Outside destination when online in a browser tab: common and non-personal. */
export const OUTSIDE_DESTINATION = 'https://www.google.com/';
/** The app's own neutral page: precached, plain title, nothing that links back. */
export const NEUTRAL_PAGE = 'neutral.html';

const cleanups = new Set<() => void>();

/** Registers what must stop or be dropped on exit (speech, audio, in-memory state). */
export function onExit(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

export function exitDestination(): string {
  // Offline the outside page cannot load; installed, it would open in a panel over the app.
  return isOnline() && !isInstalled() ? OUTSIDE_DESTINATION : new URL(NEUTRAL_PAGE, document.baseURI).href;
}

export function quickExit(): void {
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      /* leaving matters more than a clean stop */
    }
  }
  document.documentElement.classList.add('exiting');
  document.title = '';
  location.replace(exitDestination());
}

/** Shift pressed three times (alone, each within 5 s of the last) exits; `onPress` announces. */
export function listenForShift(onPress: (presses: number) => void, exit = quickExit): () => void {
  let presses = 0;
  let combined = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reset = () => {
    presses = 0;
    clearTimeout(timer);
  };
  const down = (e: KeyboardEvent) => {
    if (e.key !== 'Shift') {
      combined = true;
      reset();
    }
  };
  const up = (e: KeyboardEvent) => {
    if (e.key !== 'Shift') return;
    if (combined) {
      combined = e.shiftKey;
      return;
    }
    presses += 1;
    clearTimeout(timer);
    timer = setTimeout(() => {
      presses = 0;
      onPress(0);
    }, 5000);
    onPress(presses);
    if (presses >= 3) {
      reset();
      exit();
    }
  };
  addEventListener('keydown', down, true);
  addEventListener('keyup', up, true);
  return () => {
    reset();
    removeEventListener('keydown', down, true);
    removeEventListener('keyup', up, true);
  };
}

/** A page restored from the back/forward cache never shows what was on screen. */
export function guardBackForward(showHome: () => void): () => void {
  const onShow = (e: PageTransitionEvent) => {
    if (!e.persisted) return;
    document.documentElement.classList.remove('exiting');
    showHome();
  };
  addEventListener('pageshow', onShow);
  return () => removeEventListener('pageshow', onShow);
}
