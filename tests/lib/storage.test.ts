import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPrefs, writePrefs } from '../../src/lib/storage';

describe('preferences', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the language and reading speed, merged', () => {
    expect(writePrefs({ lang: 'ar' })).toBe(true);
    expect(writePrefs({ rate: 0.8 })).toBe(true);
    expect(readPrefs()).toEqual({ lang: 'ar', rate: 0.8 });
  });

  it('blocked storage: reads nothing, writes report failure, nothing throws', () => {
    vi.stubGlobal('localStorage', {
      getItem() {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    expect(readPrefs()).toEqual({});
    expect(writePrefs({ lang: 'fr' })).toBe(false);
  });

  it('full storage: the write fails quietly', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => null,
      setItem() {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    expect(writePrefs({ lang: 'fr' })).toBe(false);
  });

  it('a damaged value is ignored', () => {
    localStorage.setItem('prefs', '{not json');
    expect(readPrefs()).toEqual({});
    localStorage.setItem('prefs', '"a string"');
    expect(readPrefs()).toEqual({});
  });
});
