// Pictures below the fold wait until the person scrolls near them: the first visit fetches only
// what the first screen shows (the service worker fetches the rest for offline use afterwards).

/** Calls `show` once `element` comes within `margin` of the screen (at once where this cannot be known). */
export function whenNear(element: Element | null, show: () => void, margin = '200px'): () => void {
  if (!element || typeof IntersectionObserver === 'undefined') {
    show();
    return () => undefined;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      show();
    },
    { rootMargin: margin },
  );
  observer.observe(element);
  return () => observer.disconnect();
}
