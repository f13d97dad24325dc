// Runs something once the page has been painted: the first screen comes drawn in the HTML, and
// the app's script must not compete with it for the network or the processor.

export function afterFirstPaint(run: () => void): void {
  // A page opened in the background paints nothing until it is shown: nothing to wait for.
  if (document.visibilityState === 'hidden') return run();
  // A frame's callback runs just before it is painted; a task queued from there runs after.
  requestAnimationFrame(() => setTimeout(run));
}
