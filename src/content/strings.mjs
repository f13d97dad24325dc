// What a translated string must keep, and where it appears. Pure functions shared by the XLIFF
// importer (src/tools/i18n.mjs, plain Node) and the review screen (src/screens/Review.tsx), so a
// correction typed on a phone is checked exactly as a file is checked on import.
// Plain JavaScript with types beside it (strings.d.mts): Node runs the tools without a build step.

const PLACEHOLDER = /{{\s*[\w.]+\s*}}/g;

/** The {{placeholders}} of a text, written without spaces, sorted. */
export function placeholders(text) {
  return (text.match(PLACEHOLDER) ?? []).map((p) => p.replace(/\s/g, '')).sort();
}

/** A text cut into plain runs and {{placeholders}}, for showing placeholders as chips. */
export function splitPlaceholders(text) {
  return text.split(/({{\s*[\w.]+\s*}})/).filter(Boolean).map((part) => ({ text: part, placeholder: /^{{\s*[\w.]+\s*}}$/.test(part) }));
}

/**
 * What is wrong with a translation of `english`, or null when nothing is:
 *   { problem: 'empty' } nothing but spaces;
 *   { problem: 'markup' } a < or > (translations are plain text, never HTML);
 *   { problem: 'placeholders', missing, extra } {{placeholders}} not exactly those of English.
 */
export function checkText(english, text) {
  if (typeof text !== 'string' || !text.trim()) return { problem: 'empty' };
  if (/[<>]/.test(text)) return { problem: 'markup' };
  const want = placeholders(english);
  const have = placeholders(text);
  const missing = without(want, have);
  const extra = without(have, want);
  if (missing.length || extra.length) return { problem: 'placeholders', missing, extra };
  return null;
}

/** Items of a that b does not have, counting repeats. */
function without(a, b) {
  const left = [...b];
  return a.filter((x) => {
    const i = left.indexOf(x);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

const GUIDE_NAMESPACES = ['bill-of-rights', 'alone-in-belgium'];

/** Areas of the screen text (ui.json): the screen each one is seen on. */
const UI_SCREENS = {
  home: 'home',
  guides: 'home',
  intro: 'home',
  app: 'every',
  exit: 'every',
  footer: 'every',
  language: 'every',
  read: 'every',
  notes: 'every',
  update: 'every',
  nav: 'step',
  step: 'step',
  session: 'step',
  done: 'done',
  help: 'help',
  services: 'help',
  glossary: 'glossary',
  share: 'share',
};

/** The hash path (after #/<lang>) of each screen that is not a guide step. */
const PATHS = {
  home: '',
  every: '',
  step: '/bill-of-rights/1',
  done: '/bill-of-rights/done',
  help: '/help',
  glossary: '/glossary',
  safety: '/safety',
  professionals: '/professionals',
  share: '/share',
  review: '/review',
  studio: '/record',
};

/**
 * Where a string ("<namespace>", "<key>") appears:
 *   group  the screen, e.g. "help", or "<guide>/<n>" for step n of a guide;
 *   path   the hash path after #/<lang>, e.g. "/help" or "/alone-in-belgium/3";
 *   step   for a guide step: its number; part: title, text, more or alt;
 *   part   for a glossary word: word, match, meaning or alt.
 * `stepNumber(guide, id)` gives a step's number from 1 (0 when unknown).
 */
export function screenOf(ns, key, stepNumber) {
  const guideStep = /^steps\.([^.]+)\.([^.]+)$/.exec(key);
  if (GUIDE_NAMESPACES.includes(ns) && guideStep) {
    const n = Math.max(stepNumber(ns, guideStep[1]), 1);
    return { group: `${ns}/${n}`, path: `/${ns}/${n}`, step: n, part: guideStep[2] };
  }
  if (ns === 'glossary') return { group: 'glossary', path: PATHS.glossary, part: key.split('.').pop() };
  const screen = ns === 'ui' ? (UI_SCREENS[key.split('.')[0]] ?? 'every') : ns in PATHS ? ns : 'every';
  return { group: screen, path: PATHS[screen] };
}

/** The order screens are listed in: the first screens a child meets first. */
export const SCREEN_ORDER = ['home', 'every', 'guides', 'step', 'done', 'help', 'glossary', 'safety', 'share', 'professionals', 'review', 'studio'];
