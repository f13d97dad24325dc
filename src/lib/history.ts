// In-app navigation replaces the current history entry: a whole visit is one entry, so Back
// after a quick exit never shows a step.
type Listener = (hash: string) => void;
const listeners = new Set<Listener>();

export function navigate(hash: string): void {
  if (hash === location.hash) return;
  history.replaceState(null, '', hash);
  listeners.forEach((l) => l(hash));
}

/** Called on in-app navigation and when the person edits the address (hashchange). */
export function onNavigate(listener: Listener): () => void {
  listeners.add(listener);
  const onHash = () => listener(location.hash);
  addEventListener('hashchange', onHash);
  return () => {
    listeners.delete(listener);
    removeEventListener('hashchange', onHash);
  };
}

let firstScreen = true;

/** A new screen starts at the top, with its title focused so screen readers announce it. */
export function showScreenTitle(title: HTMLElement | null): void {
  // The page's first screen can be on view (drawn in the HTML) before the app takes it over: a
  // person who has already scrolled or moved focus by then is left where they are.
  const moved = firstScreen && (scrollY > 0 || (document.activeElement !== null && document.activeElement !== document.body));
  firstScreen = false;
  if (moved) return;
  scrollTo(0, 0);
  title?.focus({ preventScroll: true });
}

/** Brings a part of the screen to its middle and focuses an element in it (announced, not scrolled again). */
export function showInMiddle(part: HTMLElement | null, focus: HTMLElement | null | undefined): void {
  part?.scrollIntoView?.({ block: 'center' });
  focus?.focus({ preventScroll: true });
}
