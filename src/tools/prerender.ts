// Build-time only: draws the first screen (src/app/prerender.tsx, the English home screen) into
// index.html, so the quick exit, the urgent numbers and the title are on screen from the HTML
// itself, before any script runs, and work with JavaScript off. The app then takes it over.
// The components run in Node through Vite's module runner, with the same aliases as the build.
import { runnerImport, type AliasOptions, type Plugin } from 'vite';
import { staticPlugin } from './static.ts';

const MARK = '<!--app-->';

export function prerenderPlugin(alias: AliasOptions, localesDir = 'locales'): Plugin {
  return {
    name: 'prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(MARK)) throw new Error(`index.html has no ${MARK} where the first screen goes`);
        const { module } = await runnerImport<typeof import('../app/prerender')>('/src/app/prerender.tsx', {
          configFile: false,
          base: './',
          // The development server makes a relative base absolute; the page needs it as built.
          define: { 'import.meta.env.BASE_URL': JSON.stringify('./') },
          logLevel: 'error',
          resolve: { alias },
          plugins: [staticPlugin(localesDir)],
          // react-i18next must get "react" through the alias (src/lib/react.ts), not from node_modules.
          environments: { inline: { resolve: { noExternal: ['react-i18next'] } } },
          oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        });
        return html.replace(MARK, await module.prerender());
      },
    },
  };
}
