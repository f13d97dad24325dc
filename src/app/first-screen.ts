// The screen that index.html carries already drawn (src/tools/prerender.ts draws it at build
// time): the English home screen as a first visit sees it. The app takes it over as it is when
// it would draw exactly that; otherwise it draws its own screen over it.
import type { Parsed } from '../routes';

export const FIRST_SCREEN: Parsed = { route: { name: 'home', lang: 'en' } };

/** Whether the app's first render is the one in the page (then it hydrates it). */
export function drawsFirstScreen(initial: Parsed, introDismissed: boolean): boolean {
  return initial.route.name === 'home' && initial.route.lang === FIRST_SCREEN.route.lang && !initial.problem && !introDismissed;
}
