// Stand-in for vite-plugin-pwa's virtual module: tests drive onNeedRefresh and see what
// updateSW was asked to do.
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

export const registered: { options?: RegisterSWOptions; updates: (boolean | undefined)[]; calls: number } = { updates: [], calls: 0 };

export function registerSW(options: RegisterSWOptions = {}) {
  registered.options = options;
  registered.calls++;
  return async (reload?: boolean) => {
    registered.updates.push(reload);
  };
}
