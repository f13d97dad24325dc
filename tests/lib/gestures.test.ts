import { describe, expect, it } from 'vitest';
import { keyMove, swipeMove } from '../../src/lib/gestures';

const key = (k: string, extra: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key: k, ...extra });

describe('moving between steps', () => {
  it('a swipe to the left goes forward in left-to-right, back in right-to-left', () => {
    expect(swipeMove(-120, 5, 'ltr')).toBe('next');
    expect(swipeMove(120, 5, 'ltr')).toBe('back');
    expect(swipeMove(-120, 5, 'rtl')).toBe('back');
    expect(swipeMove(120, 5, 'rtl')).toBe('next');
  });
  it('a short or mostly vertical swipe (scrolling) does nothing', () => {
    expect(swipeMove(-30, 0, 'ltr')).toBeUndefined();
    expect(swipeMove(-100, 90, 'ltr')).toBeUndefined();
  });
  it('arrow keys follow the reading direction; page keys (clickers) always go forward/back', () => {
    expect(keyMove(key('ArrowRight'), 'ltr')).toBe('next');
    expect(keyMove(key('ArrowRight'), 'rtl')).toBe('back');
    expect(keyMove(key('ArrowLeft'), 'rtl')).toBe('next');
    expect(keyMove(key('PageDown'), 'rtl')).toBe('next');
    expect(keyMove(key('PageUp'), 'ltr')).toBe('back');
  });
  it('ignores keys with modifiers and keys typed in a field', () => {
    expect(keyMove(key('ArrowRight', { altKey: true }), 'ltr')).toBeUndefined();
    const input = document.createElement('input');
    document.body.append(input);
    const e = key('ArrowRight', { bubbles: true });
    let move: unknown = 'unset';
    input.addEventListener('keydown', (ev) => (move = keyMove(ev, 'ltr')));
    input.dispatchEvent(e);
    expect(move).toBeUndefined();
    input.remove();
  });
});
