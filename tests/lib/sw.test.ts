import { describe, expect, it, vi } from 'vitest';

// A worker and a registration as the browser gives them: they change state and say so.
class FakeWorker extends EventTarget {
  constructor(public state: ServiceWorkerState = 'installing') {
    super();
  }
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}
class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  active: FakeWorker | null = null;
}

function browserWith(controller: object | null, registration = new FakeRegistration()) {
  const register = vi.fn(async () => registration);
  Object.defineProperty(navigator, 'serviceWorker', { value: { controller, register, addEventListener() {} }, configurable: true });
  return { register, registration };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

/** The module afresh (its state is per page), with the stand-in for registerSW it will use. */
async function load() {
  vi.resetModules();
  const { registered } = await import('../helpers/pwa-register');
  return { registered, ...(await import('../../src/lib/sw')) };
}

describe('app updates', () => {
  it('are offered when ready and never applied by themselves', async () => {
    const { register } = browserWith({});
    const { registered, applyUpdate, onUpdateWaiting, startServiceWorker, updateWaiting } = await load();
    await startServiceWorker();
    expect(register).not.toHaveBeenCalled(); // a later visit: workbox-window registers
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

  it('on a first visit the browser registers the worker itself and says when the app works offline', async () => {
    const registration = new FakeRegistration();
    const first = new FakeWorker();
    registration.installing = first;
    const { register } = browserWith(null, registration);
    const { registered, onUpdateWaiting, readyOffline, startServiceWorker } = await load();
    const heard = vi.fn();
    onUpdateWaiting(heard);
    await startServiceWorker();
    expect(register).toHaveBeenCalledWith('./sw.js', { scope: './' });
    expect(registered.options).toBeUndefined(); // workbox-window not loaded

    first.become('installed');
    expect(readyOffline()).toBe(false);
    first.become('activated');
    expect(readyOffline()).toBe(true);
    expect(heard).toHaveBeenCalledOnce();
    await flush();
    expect(registered.options).toBeUndefined();
  });

  it('a newer version during a first visit is handed to workbox-window once it waits', async () => {
    const registration = new FakeRegistration();
    const first = new FakeWorker();
    registration.installing = first;
    browserWith(null, registration);
    const { registered, startServiceWorker } = await load();
    await startServiceWorker();
    first.become('activated');
    registration.installing = null;
    registration.active = first;

    const next = new FakeWorker();
    registration.installing = next;
    registration.dispatchEvent(new Event('updatefound'));
    await flush();
    expect(registered.options).toBeUndefined(); // still installing
    next.become('installed');
    // And another one right after: workbox-window is set up once.
    const third = new FakeWorker();
    registration.installing = third;
    registration.dispatchEvent(new Event('updatefound'));
    third.become('installed');
    await vi.waitFor(() => expect(registered.options?.onNeedRefresh).toBeTypeOf('function'));
    await flush();
    expect(registered.calls).toBe(1);
  });

  it('a browser that refuses the worker (private window, storage blocked): no error, the app goes on', async () => {
    Object.defineProperty(navigator, 'serviceWorker', {
      value: { controller: null, register: () => Promise.reject(new DOMException('denied', 'SecurityError')), addEventListener() {} },
      configurable: true,
    });
    const { registered, readyOffline, startServiceWorker } = await load();
    await expect(startServiceWorker()).resolves.toBeUndefined();
    expect(readyOffline()).toBe(false);
    expect(registered.options).toBeUndefined();
  });

  it('a worker installed before but not in charge (a forced reload) goes through workbox-window', async () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    browserWith(null, registration);
    const { registered, startServiceWorker } = await load();
    await startServiceWorker();
    expect(registered.options?.immediate).toBe(true);
  });
});
