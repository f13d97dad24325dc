import { afterEach, describe, expect, it, vi } from 'vitest';
import { exitDestination, listenForShift, onExit, NEUTRAL_PAGE, OUTSIDE_DESTINATION } from '../../src/lib/exit';

const key = (type: 'keydown' | 'keyup', k: string, shiftKey = k === 'Shift' && type === 'keydown') =>
  dispatchEvent(new KeyboardEvent(type, { key: k, shiftKey }));
const shift = () => {
  key('keydown', 'Shift');
  key('keyup', 'Shift');
};

describe('Shift pressed three times', () => {
  let stop: () => void = () => undefined;
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('announces each press and exits on the third', () => {
    const presses: number[] = [];
    const exit = vi.fn();
    stop = listenForShift((n) => presses.push(n), exit);
    shift();
    shift();
    expect(exit).not.toHaveBeenCalled();
    shift();
    expect(presses).toEqual([1, 2, 3]);
    expect(exit).toHaveBeenCalledOnce();
  });

  it('does not count Shift used with another key', () => {
    const exit = vi.fn();
    stop = listenForShift(() => undefined, exit);
    for (let i = 0; i < 3; i++) {
      key('keydown', 'Shift');
      key('keydown', 'A', true);
      key('keyup', 'A', true);
      key('keyup', 'Shift');
    }
    expect(exit).not.toHaveBeenCalled();
  });

  it('starts counting again after a few seconds without a press', () => {
    vi.useFakeTimers();
    const presses: number[] = [];
    const exit = vi.fn();
    stop = listenForShift((n) => presses.push(n), exit);
    shift();
    shift();
    vi.advanceTimersByTime(5001);
    shift();
    expect(exit).not.toHaveBeenCalled();
    expect(presses).toEqual([1, 2, 0, 1]);
  });
});

describe('exit destination', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('online in a browser tab: a common outside page', () => {
    vi.stubGlobal('navigator', { ...navigator, onLine: true });
    expect(exitDestination()).toBe(OUTSIDE_DESTINATION);
  });

  it('offline: the app\'s own neutral page', () => {
    vi.stubGlobal('navigator', { ...navigator, onLine: false });
    expect(exitDestination()).toBe(new URL(NEUTRAL_PAGE, document.baseURI).href);
  });

  it('installed: the app\'s own neutral page, not a panel over the app', () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q === '(display-mode: standalone)' }));
    expect(exitDestination()).toBe(new URL(NEUTRAL_PAGE, document.baseURI).href);
  });

  it('registered clean-ups can be removed', () => {
    const fn = vi.fn();
    const remove = onExit(fn);
    remove();
    expect(fn).not.toHaveBeenCalled();
  });
});
