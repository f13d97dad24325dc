// @vitest-environment node
// Takes on the device (IndexedDB, here fake-indexeddb in plain Node, whose Blobs clone): kept
// per sentence, listed per language, kept across a reopening; a take cut off by a reload is
// noticed; "Forget this device" removes them even while the studio holds the database open.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { forgetDevice } from '../../src/lib/forget';
import { StoreError, interruptedTake, listTakes, markRecording, saveTake, takeKey, type Take } from '../../src/lib/takes';

const take = (lang: string, n: number, text = 'audio'): Take => ({
  key: takeKey(lang, 'bill-of-rights', 'what-counts', n),
  lang,
  guide: 'bill-of-rights',
  step: 'what-counts',
  n,
  audio: new Blob([text], { type: 'audio/webm' }),
  type: 'audio/webm;codecs=opus',
  sha256: 'abc',
  seconds: 1.5,
  flags: [],
});

describe('takes on the device', () => {
  it('keeps one take per sentence (a new one replaces it) and lists them by language', async () => {
    await saveTake(take('ps', 1, 'first'));
    await saveTake(take('ps', 1, 'second'));
    await saveTake(take('ps', 2));
    await saveTake(take('ti', 1));
    const ps = await listTakes('ps');
    expect(ps.map((t) => t.key)).toEqual(['ps/bill-of-rights/what-counts/1', 'ps/bill-of-rights/what-counts/2']);
    expect(await ps[0].audio.text()).toBe('second');
    expect((await listTakes('ti')).length).toBe(1);
  });

  it('notices a take that was being recorded when the page went away, once', async () => {
    await markRecording('ps/bill-of-rights/what-counts/3');
    expect(await interruptedTake()).toBe('ps/bill-of-rights/what-counts/3');
    expect(await interruptedTake()).toBeUndefined();
    await markRecording('ps/bill-of-rights/what-counts/4');
    await markRecording(undefined);
    expect(await interruptedTake()).toBeUndefined();
  });

  it('"Forget this device" removes every take, though the studio has the database open', async () => {
    await saveTake(take('ps', 5));
    expect((await listTakes('ps')).length).toBeGreaterThan(0);
    vi.stubGlobal('localStorage', { clear() {} });
    vi.stubGlobal('sessionStorage', { clear() {} });
    vi.stubGlobal('navigator', {});
    await forgetDevice();
    vi.unstubAllGlobals();
    expect(await indexedDB.databases()).toEqual([]);
    expect(await listTakes('ps')).toEqual([]);
  });

  it('a full device is told apart from storage that is not there', async () => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    await expect(saveTake(take('ps', 6))).rejects.toEqual(new StoreError('full'));
    IDBObjectStore.prototype.put = put;
    expect((await listTakes('ps')).some((t) => t.n === 6)).toBe(false);
  });
});
