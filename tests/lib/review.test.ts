// The review's state per string, its work on the device, and what goes into the export.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportUnits, pruneWork, readWork, stateOf, writeWork, type Item, type Records, type Work } from '../../src/lib/review';
import { forgetDevice } from '../../src/lib/forget';

const item: Item = { id: 'ui:nav.next', ns: 'ui', key: 'nav.next', en: 'Next', text: 'Suivant' };
const none: Records = { reviewed: {}, changed: {} };
const at = (w: Partial<Work>): Work => ({ en: 'Next', text: 'Suivant', date: '2027-01-15', ...w });

describe('the state of a string', () => {
  it('is not reviewed, then approved or corrected on this device', () => {
    expect(stateOf(item, undefined, none)).toBe('todo');
    expect(stateOf(item, at({ approved: true }), none)).toBe('approved');
    expect(stateOf(item, at({ correction: 'Continuer' }), none)).toBe('corrected');
    expect(stateOf(item, at({ note: 'only a note' }), none)).toBe('todo');
  });

  it('is reviewed when the build records it, and changed since review when the English moved', () => {
    expect(stateOf(item, undefined, { reviewed: { 'ui:nav.next': '2027-01-15' }, changed: {} })).toBe('reviewed');
    expect(stateOf(item, undefined, { reviewed: {}, changed: { 'ui:nav.next': { en: 'Go on', date: '2027-01-15', why: 'en' } } })).toBe('changed');
  });

  it('work done against another English or another translation is changed since review', () => {
    expect(stateOf(item, at({ approved: true, en: 'Go on' }), none)).toBe('changed');
    expect(stateOf(item, at({ correction: 'Continuer', text: 'Plus loin' }), none)).toBe('changed');
  });
});

describe('work on the device', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is kept per language and read back', () => {
    expect(writeWork('fr', { 'ui:nav.next': at({ approved: true }) })).toBe(true);
    expect(readWork('fr')).toEqual({ 'ui:nav.next': at({ approved: true }) });
    expect(readWork('de')).toEqual({});
  });

  it('"Forget this device" removes it', async () => {
    writeWork('fr', { 'ui:nav.next': at({ approved: true }) });
    await forgetDevice();
    expect(readWork('fr')).toEqual({});
  });

  it('storage that refuses: the write says so and nothing throws', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    expect(writeWork('fr', { 'ui:nav.next': at({ approved: true }) })).toBe(false);
    expect(readWork('fr')).toEqual({});
  });

  it('work that has landed in the build is dropped; work still to export is kept', () => {
    const other: Item = { id: 'ui:nav.back', ns: 'ui', key: 'nav.back', en: 'Back', text: 'Retour' };
    const work = {
      'ui:nav.next': at({ approved: true }),
      'ui:nav.back': { en: 'Back', text: 'Retour', date: '2027-01-15', correction: 'Revenir' },
      'ui:gone.key': at({ approved: true }),
    };
    const records: Records = { reviewed: { 'ui:nav.next': '2027-01-16' }, changed: {} };
    expect(Object.keys(pruneWork(work, [item, other], records))).toEqual(['ui:nav.back']);
    const landed = { ...other, text: 'Revenir' };
    expect(pruneWork(work, [item, landed], { reviewed: { 'ui:nav.next': 'x', 'ui:nav.back': 'x' }, changed: {} })).toEqual({});
  });
});

describe('the export', () => {
  it('holds approvals and corrections (with their note), English as the source; not stale work or notes alone', () => {
    const items: Item[] = [
      item,
      { id: 'ui:nav.back', ns: 'ui', key: 'nav.back', en: 'Back', text: 'Retour' },
      { id: 'ui:nav.home', ns: 'ui', key: 'nav.home', en: 'Home', text: 'Accueil' },
      { id: 'ui:nav.finish', ns: 'ui', key: 'nav.finish', en: 'Finish', text: 'Terminer' },
    ];
    const work = {
      'ui:nav.next': at({ approved: true }),
      'ui:nav.back': { en: 'Back', text: 'Retour', date: 'd', correction: 'Revenir', note: 'plus doux' },
      'ui:nav.home': { en: 'Start', text: 'Accueil', date: 'd', approved: true },
      'ui:nav.finish': { en: 'Finish', text: 'Terminer', date: 'd', note: 'hm' },
    };
    expect(exportUnits(items, work, none)).toEqual([
      { ns: 'ui', key: 'nav.next', source: 'Next', target: 'Suivant' },
      { ns: 'ui', key: 'nav.back', source: 'Back', target: 'Revenir', note: 'plus doux' },
    ]);
  });
});
