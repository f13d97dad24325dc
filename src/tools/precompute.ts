// Build-time only: writes a module's exports as the values they have, in place of the code that
// computes them (which may import much more). The module stays the source: tests and the
// development server run it as it is.
import { normalizePath, type Plugin } from 'vite';

export function precomputePlugin(file: string, values: Record<string, unknown>): Plugin {
  const suffix = normalizePath(file);
  return {
    name: 'precompute',
    apply: 'build',
    enforce: 'pre',
    transform(_code, id) {
      if (!normalizePath(id.split('?')[0]).endsWith(suffix)) return undefined;
      return Object.entries(values)
        .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
        .join('\n');
    },
  };
}
