import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { GUIDES } from './src/content/guides.ts';
import { TERMS } from './src/content/glossary.ts';
import { SERVICES } from './src/content/services.ts';
import { OUTLINE, URGENT } from './src/content/outline.ts';
import { picturesPlugin } from './src/tools/pictures.ts';
import { staticPlugin } from './src/tools/static.ts';
import { prerenderPlugin } from './src/tools/prerender.ts';
import { precomputePlugin } from './src/tools/precompute.ts';

const allPictures = () => [
  ...Object.values(GUIDES).flatMap((g) => [g.picture, ...g.steps.map((s) => s.picture)]),
  ...TERMS.map((t) => t.picture),
  ...SERVICES.map((s) => s.picture),
];

// react-i18next gets Preact through a thin module instead of preact/compat (src/lib/react.ts).
const alias = [
  { find: /^react$/, replacement: fileURLToPath(new URL('./src/lib/react.ts', import.meta.url)) },
  { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: fileURLToPath(new URL('./src/lib/react.ts', import.meta.url)) },
  // workbox-window's package points bundlers at its ES5 build (2.3 KB gzip); every browser that
  // has service workers and runs this app (ES2022) takes its modern build (1.4 KB), same code.
  { find: /^workbox-window$/, replacement: fileURLToPath(new URL('./node_modules/workbox-window/build/workbox-window.prod.mjs', import.meta.url)) },
];

// The page's own script and what it needs (src/start.ts): alone in the file the page loads.
const START = /index\.html|preload-helper|[\\/]src[\\/](start|lib[\\/]paint)\.ts$/;

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    // Browsers that cannot preload modules load them a moment later; no polyfill in the first file.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The page's own script (start.ts) is tiny and loads the app (main.tsx) once the first
      // screen is painted. The app, everything the first screen needs, is one file, not a dozen:
      // on a slow phone network each extra request costs a round trip. Screens that load later
      // keep their own chunks; the service worker's page side (workbox-window) is one file,
      // loaded after the page.
      input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), app: fileURLToPath(new URL('./src/main.tsx', import.meta.url)) },
      output: {
        codeSplitting: {
          groups: [
            { name: 'start', test: START, priority: 2 },
            { name: 'app', tags: ['$initial'], test: (id) => !START.test(id) && !id.endsWith('.css'), priority: 1 },
            { name: 'workbox-window', test: /workbox-window|pwa-register/ },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
  resolve: { alias },
  plugins: [
    preact({ reactAliasesEnabled: false }),
    picturesPlugin(allPictures),
    staticPlugin('locales'),
    prerenderPlugin(alias),
    precomputePlugin('src/content/outline.ts', { OUTLINE, URGENT }),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        // Neutral on purpose: anyone holding the phone sees the installed name and icon.
        name: 'Compass',
        short_name: 'Compass',
        description: 'A friendly guide, step by step.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#fffbf5',
        theme_color: '#2b5f8a',
        // The SVG first: Chrome takes it for installing (one small file, also the tab's icon);
        // systems that want pixels take the PNGs.
        icons: [
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The whole app, every language and every picture: after one visit, nothing needs the
        // network. Recordings and the computer voice (audio/) are cached when played, not here.
        // (the manifest and its icons are added by the plugin itself)
        globPatterns: ['**/*.{js,css,html,svg,json}'],
        globIgnores: ['audio/**'],
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        navigateFallbackDenylist: [/^\/audio\//],
        runtimeCaching: [
          // The computer voice (npm run voices): its manifest always from the network (it is
          // fetched only to keep the voice); its files, named by their text's hash, never change,
          // so they are kept whole in "voices" (the page also stores them there, src/lib/voices.ts)
          // and served in the byte ranges the audio element asks for.
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/audio\/[a-z]{2,3}\/tts\/manifest\.json$/.test(url.pathname),
            handler: 'NetworkOnly',
          },
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/audio\/[a-z]{2,3}\/tts\/.+\.webm$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'voices', rangeRequests: true },
          },
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/audio/'),
            handler: 'CacheFirst',
            options: { cacheName: 'recordings', expiration: { maxEntries: 400 } },
          },
        ],
      },
    }),
  ],
});
