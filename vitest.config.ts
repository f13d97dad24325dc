// Unit and component tests (jsdom). react-i18next runs on Preact through preact/compat: inline
// it so that it gets the alias too (../shared/design/toolchain.md, "Known snags").
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { staticPlugin } from './src/tools/static.ts';

export default defineConfig({
  plugins: [preact(), staticPlugin('locales')],
  resolve: {
    alias: [
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: 'preact/compat' },
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
