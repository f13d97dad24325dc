// Every screen but Home loads on demand. Before a screen is shown, its code and the text it
// needs (in the page's language and, side by side, the second one) are loaded, so no screen
// ever renders half-translated and nothing waits inside a component.
import i18next from 'i18next';
import type { FunctionComponent } from 'preact';
import type { Namespace } from '../lib/i18n';
import { hasComputerVoice } from '../lib/voices';
import type { Route } from '../routes';
import { Home } from '../screens/Home';

export type Screen = FunctionComponent<{ route: never }>;
type Loader = () => Promise<{ default: FunctionComponent<never> }>;

const LOADERS: Record<Exclude<Route['name'], 'home'>, Loader> = {
  step: () => import('../screens/Step'),
  done: () => import('../screens/Done'),
  print: () => import('../screens/Print'),
  help: () => import('../screens/Help'),
  glossary: () => import('../screens/Glossary'),
  safety: () => import('../screens/Safety'),
  professionals: () => import('../screens/Professionals'),
  share: () => import('../screens/Share'),
};

export function namespacesFor(route: Route): Namespace[] {
  switch (route.name) {
    case 'step':
      // The computer voice's few words, where it may read.
      return hasComputerVoice(route.lang) ? [route.guide, 'glossary', 'voice'] : [route.guide, 'glossary'];
    case 'done':
    case 'print':
      return [route.guide];
    case 'glossary':
      return ['glossary'];
    case 'safety':
      return ['safety'];
    case 'professionals':
      return ['professionals', 'bill-of-rights', 'alone-in-belgium', 'voice'];
    default:
      return [];
  }
}

const loaded = new Map<string, Screen>([['home', Home as Screen]]);

/** The screen's component if its code and words are already here (most moves), else undefined. */
export function readyScreen(route: Route): Screen | undefined {
  const screen = loaded.get(route.name);
  if (!screen || i18next.language !== route.lang) return undefined;
  const languages = 'with' in route && route.with ? [route.lang, route.with] : [route.lang];
  const here = namespacesFor(route).every((ns) => languages.every((lng) => i18next.hasLoadedNamespace(ns, { lng })));
  return here ? screen : undefined;
}

/** The screen's component, once its code and words are ready. */
export async function prepare(route: Route): Promise<Screen> {
  let screen = loaded.get(route.name);
  if (!screen) {
    screen = (await LOADERS[route.name as keyof typeof LOADERS]()).default as Screen;
    loaded.set(route.name, screen);
  }
  if (i18next.language !== route.lang) await i18next.changeLanguage(route.lang);
  await i18next.loadNamespaces(namespacesFor(route));
  if ('with' in route && route.with) await i18next.loadLanguages(route.with);
  return screen;
}
