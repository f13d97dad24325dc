// The microphone's failures become plain problems the studio can explain, and the meter's scale.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MicError, levelOf, openMicrophone } from '../../src/lib/microphone';

const refusing = (name: string) => ({ mediaDevices: { getUserMedia: () => Promise.reject(new DOMException('no', name)) } });

describe('microphone', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says why it cannot record: blocked, missing, or not possible in this browser', async () => {
    vi.stubGlobal('MediaRecorder', class {});
    for (const [name, problem] of [
      ['NotAllowedError', 'denied'],
      ['SecurityError', 'denied'],
      ['NotFoundError', 'missing'],
      ['NotReadableError', 'missing'],
      ['AbortError', 'failed'],
    ]) {
      vi.stubGlobal('navigator', refusing(name));
      await expect(openMicrophone(), name).rejects.toEqual(new MicError(problem as MicError['problem']));
    }
    vi.stubGlobal('navigator', {}); // no mediaDevices: an http page, or an old browser
    await expect(openMicrophone()).rejects.toEqual(new MicError('unsupported'));
  });

  it('asks nothing of the browser until it is opened', async () => {
    const getUserMedia = vi.fn(() => Promise.reject(new DOMException('no', 'NotAllowedError')));
    vi.stubGlobal('navigator', { mediaDevices: { getUserMedia } });
    vi.stubGlobal('MediaRecorder', class {});
    await import('../../src/lib/microphone');
    expect(getUserMedia).not.toHaveBeenCalled();
  });

  it('shows the level on a -60 to 0 dBFS scale', () => {
    expect(levelOf(0)).toBe(0);
    expect(levelOf(0.001)).toBe(0);
    expect(levelOf(1)).toBe(1);
    expect(levelOf(0.1)).toBeCloseTo(2 / 3);
  });
});
