// Unit and component tests (jsdom). react-i18next runs on Preact through src/lib/react.ts:
// inline it so that it gets the alias too (../shared/design/toolchain.md, "Known snags").
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { staticPlugin } from './src/tools/static.ts';

export default defineConfig({
  plugins: [preact({ reactAliasesEnabled: false }), staticPlugin('locales')],
  resolve: {
    alias: [
      { find: /^react$/, replacement: new URL('./src/lib/react.ts', import.meta.url).pathname },
      { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: new URL('./src/lib/react.ts', import.meta.url).pathname },
      { find: /^virtual:pwa-register$/, replacement: new URL('./tests/helpers/pwa-register.ts', import.meta.url).pathname },
    ],
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/helpers/setup.ts'],
    server: { deps: { inline: ['react-i18next'] } },
  },
});
