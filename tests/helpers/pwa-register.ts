// Stand-in for vite-plugin-pwa's virtual module: tests drive onNeedRefresh and see what
// updateSW was asked to do.
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

export const registered: { options?: RegisterSWOptions; updates: (boolean | undefined)[] } = { updates: [] };

export function registerSW(options: RegisterSWOptions = {}) {
  registered.options = options;
  return async (reload?: boolean) => {
    registered.updates.push(reload);
  };
}
