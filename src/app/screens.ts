// Every screen but Home loads on demand. Before a screen is shown, its code and the text it
// needs (in the page's language and, side by side, the second one) are loaded, so no screen
// ever renders half-translated and nothing waits inside a component.
import i18next from 'i18next';
import type { FunctionComponent } from 'preact';
import { NAMESPACES, type Namespace } from '../lib/i18n';
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
  record: () => import('../screens/Studio'),
  review: () => import('../screens/Review'),
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
      return ['professionals', 'bill-of-rights', 'alone-in-belgium', 'studio', 'review', 'voice'];
    case 'record':
      return ['studio', 'bill-of-rights', 'alone-in-belgium'];
    case 'review':
      return [...NAMESPACES]; // every string of the language, and its English (the fallback)
    default:
      return [];
  }
}

/** The page's language, and the second one whose words the screen shows beside it. */
function languagesOf(route: Route): string[] {
  if ('with' in route && route.with) return [route.lang, route.with];
  if (route.name === 'record' && route.lang !== 'en') return [route.lang, 'en']; // the English beside each sentence
  return [route.lang];
}

const loaded = new Map<string, Screen>([['home', Home as Screen]]);

/** The screen's component if its code and words are already here (most moves), else undefined. */
export function readyScreen(route: Route): Screen | undefined {
  const screen = loaded.get(route.name);
  if (!screen || i18next.language !== route.lang) return undefined;
  const here = namespacesFor(route).every((ns) => languagesOf(route).every((lng) => i18next.hasLoadedNamespace(ns, { lng })));
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
  const [, second] = languagesOf(route);
  if (second) await i18next.loadLanguages(second);
  return screen;
}
