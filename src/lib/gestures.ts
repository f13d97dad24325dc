// Swipe and keys for moving between steps. "Forward" is the reading direction: a swipe to the
// left and the right arrow in left-to-right languages, mirrored in right-to-left ones.
import type { Dir } from '../content/languages';

export type Move = 'next' | 'back';

const SWIPE_MIN = 60;

export function swipeMove(dx: number, dy: number, dir: Dir): Move | undefined {
  if (Math.abs(dx) < SWIPE_MIN || Math.abs(dy) > Math.abs(dx) * 0.6) return undefined;
  const leftward = dx < 0;
  return leftward === (dir === 'ltr') ? 'next' : 'back';
}

export function keyMove(e: KeyboardEvent, dir: Dir): Move | undefined {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return undefined;
  const target = e.target as HTMLElement | null;
  if (target?.closest?.('input, textarea, select, [contenteditable="true"]')) return undefined;
  switch (e.key) {
    case 'PageDown':
      return 'next';
    case 'PageUp':
      return 'back';
    case 'ArrowRight':
      return dir === 'ltr' ? 'next' : 'back';
    case 'ArrowLeft':
      return dir === 'ltr' ? 'back' : 'next';
    default:
      return undefined;
  }
}
