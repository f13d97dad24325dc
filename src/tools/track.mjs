// Which English each translation was made from, so that a changed English string cannot leave a
// stale translation behind (a stale translation tells a child something that is no longer true).
//
// locales/<lng>.track.json holds, per string ("<namespace>:<key>"):
//   from      a short hash of the English text the translation was made from
//   reviewed  { en, date, text, note? }: the English text a native speaker approved it against
//             (issue 13), the day, a short hash of the translation they approved (so that an edit
//             made later, without review, is seen), and the reviewer's note when they corrected it
//
//   npm run i18n:stale                         lists every stale or untracked string, exits 1 if any
//   npm run i18n:stamp -- --changed            marks translations changed since git HEAD as made
//                                              from today's English (after you updated them)
//   npm run i18n:stamp -- <lang|all> <key...>  marks the named strings (ns:key) the same way
// All take --locales <dir> (default: locales).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 12);

export function flatten(value, prefix = '', out = {}) {
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else out[prefix] = String(value);
  return out;
}

/** Namespaces are the English files: a new screen's file is tracked without a code change. */
export const namespaces = (dir) =>
  readdirSync(join(dir, 'en'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();

export const languages = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'en')
    .map((d) => d.name)
    .sort();

/** Every string of one language, as { "ns:key": text }. */
export function strings(dir, lang) {
  const out = {};
  for (const ns of namespaces(dir)) {
    const file = join(dir, lang, `${ns}.json`);
    if (!existsSync(file)) continue;
    for (const [key, text] of Object.entries(flatten(JSON.parse(readFileSync(file, 'utf8'))))) out[`${ns}:${key}`] = text;
  }
  return out;
}

const trackFile = (dir, lang) => join(dir, `${lang}.track.json`);
export const readTrack = (dir, lang) => (existsSync(trackFile(dir, lang)) ? JSON.parse(readFileSync(trackFile(dir, lang), 'utf8')) : {});
export function writeTrack(dir, lang, track) {
  const sorted = Object.fromEntries(Object.keys(track).sort().map((k) => [k, track[k]]));
  // One line per string: a diff shows exactly which strings moved.
  const lines = Object.entries(sorted).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  writeFileSync(trackFile(dir, lang), `{\n${lines.join(',\n')}\n}\n`);
}

/** Strings of a language whose English changed since they were translated (or never tracked). */
export function stale(dir, lang, english = strings(dir, 'en')) {
  const track = readTrack(dir, lang);
  return Object.keys(english).filter((key) => track[key]?.from !== hash(english[key]));
}

/** Strings whose English changed after a native speaker approved them. */
export function changedSinceReview(dir, lang, english = strings(dir, 'en')) {
  const track = readTrack(dir, lang);
  return Object.keys(english).filter((key) => track[key]?.reviewed && track[key].reviewed.en !== english[key]);
}

/** Records that these strings of `lang` were made from today's English; drops keys English no longer has. */
export function stamp(dir, lang, keys, english = strings(dir, 'en')) {
  const track = readTrack(dir, lang);
  for (const key of keys) if (key in english) track[key] = { ...track[key], from: hash(english[key]) };
  for (const key of Object.keys(track)) if (!(key in english)) delete track[key];
  writeTrack(dir, lang, track);
}

/**
 * Records a native speaker's review of strings of `lang`: per string the English text they saw
 * (`en`), the translation they approved (`text`, kept as its hash), the day, an optional note, and
 * for a correction the English it was made from (`from`, stamped as its hash). Keys English does
 * not have are ignored.
 */
export function recordReviews(dir, lang, reviews, english = strings(dir, 'en')) {
  const track = readTrack(dir, lang);
  for (const [key, { en, text, date, note, from }] of Object.entries(reviews)) {
    if (!(key in english)) continue;
    const reviewed = { en, date, text: hash(text), ...(note ? { note } : {}) };
    track[key] = { ...track[key], ...(from === undefined ? {} : { from: hash(from) }), reviewed };
  }
  writeTrack(dir, lang, track);
}

/**
 * What the review screen needs to know of a language's past reviews, against today's English:
 *   reviewed  { "ns:key": date } approved against the English and the translation it has now;
 *   changed   { "ns:key": { en, date, why } } approved, but the English (why: "en", en is the
 *             English it was approved against) or the translation (why: "text") changed since.
 * Made at build time (the browser has no hashes to compare and needs no "from").
 */
export function reviewRecords(dir, lang, english = strings(dir, 'en'), translated = strings(dir, lang)) {
  const track = readTrack(dir, lang);
  const reviewed = {};
  const changed = {};
  for (const key of Object.keys(english).sort()) {
    const review = track[key]?.reviewed;
    if (!review) continue;
    if (review.en !== english[key]) changed[key] = { en: review.en, date: review.date, why: 'en' };
    else if (review.text && review.text !== hash(translated[key] ?? '')) changed[key] = { en: review.en, date: review.date, why: 'text' };
    else reviewed[key] = review.date;
  }
  return { reviewed, changed };
}

/** Per language: how many strings English has, how many are reviewed, how many changed since review. */
export function reviewSummary(dir, english = strings(dir, 'en')) {
  const total = Object.keys(english).length;
  return Object.fromEntries(
    languages(dir).map((lang) => {
      const { reviewed, changed } = reviewRecords(dir, lang, english);
      return [lang, { total, reviewed: Object.keys(reviewed).length, changed: Object.keys(changed).length }];
    }),
  );
}

/** Keys of a language whose text differs from git HEAD (changed or new): what a translator just updated. */
function changedSinceHead(dir, lang) {
  const now = strings(dir, lang);
  const before = {};
  for (const ns of namespaces(dir)) {
    try {
      const text = execFileSync('git', ['show', `HEAD:${join(dir, lang, `${ns}.json`)}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      for (const [key, value] of Object.entries(flatten(JSON.parse(text)))) before[`${ns}:${key}`] = value;
    } catch {
      /* a new file: every key is new */
    }
  }
  return Object.keys(now).filter((key) => before[key] !== now[key]);
}

function main(args) {
  const option = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const dir = option('--locales') ?? 'locales';
  const [command, ...rest] = args;
  const english = strings(dir, 'en');
  if (command === 'stale') {
    let total = 0;
    for (const lang of languages(dir)) {
      const keys = stale(dir, lang, english);
      total += keys.length;
      if (keys.length) console.log(`${lang}: ${keys.length} stale — ${keys.slice(0, 8).join(', ')}${keys.length > 8 ? ', …' : ''}`);
    }
    console.log(total ? `${total} translations were made from an older English text.` : 'Every translation was made from the current English.');
    return total ? 1 : 0;
  }
  if (command === 'stamp' && rest[0] === '--changed') {
    for (const lang of languages(dir)) {
      const keys = changedSinceHead(dir, lang);
      stamp(dir, lang, keys, english);
      if (keys.length) console.log(`${lang}: ${keys.length} strings marked as made from today's English.`);
    }
    return 0;
  }
  if (command === 'stamp' && rest.length >= 2) {
    const [which, ...keys] = rest;
    const unknown = keys.filter((k) => !(k in english));
    if (unknown.length) {
      console.error(`Unknown strings (write them as namespace:key): ${unknown.join(', ')}`);
      return 2;
    }
    for (const lang of which === 'all' ? languages(dir) : [which]) stamp(dir, lang, keys, english);
    console.log(`Marked ${keys.length} strings as made from today's English.`);
    return 0;
  }
  console.error('Usage: npm run i18n:stale\n       npm run i18n:stamp -- --changed\n       npm run i18n:stamp -- <lang|all> <ns:key> ...');
  return 2;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
