import { describe, expect, it, vi } from 'vitest';
import { registered } from '../helpers/pwa-register';
import { applyUpdate, onUpdateWaiting, startServiceWorker, updateWaiting } from '../../src/lib/sw';

describe('app updates', () => {
  it('are offered when ready and never applied by themselves', async () => {
    Object.defineProperty(navigator, 'serviceWorker', { value: { addEventListener() {} }, configurable: true });
    await startServiceWorker();
    const heard = vi.fn();
    onUpdateWaiting(heard);
    expect(updateWaiting()).toBe(false);
    registered.options?.onNeedRefresh?.();
    expect(updateWaiting()).toBe(true);
    expect(heard).toHaveBeenCalledOnce();
    await new Promise((r) => setTimeout(r, 50));
    expect(registered.updates).toEqual([]);
    await applyUpdate();
    expect(registered.updates).toEqual([true]);
  });
});
