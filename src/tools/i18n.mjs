// The translator round trip, through XLIFF 1.2 (read by most translation tools and services),
// with the maintained `xliff` converter:
//   npm run i18n:export -- <lang> [--out file.xlf]    source, target and context for review
//   npm run i18n:import -- <file.xlf> [--lang <lang>] validates, then applies; a bad file changes nothing
// Both take --locales <dir> (default: locales).
//
// The review screen (#/<lang>/review) exports the same format: units a native speaker approved
// carry approved="yes" (a correction is the target, with the reviewer's note). Importing one
// records, per string, the English text it was reviewed against in locales/<lng>.track.json, so
// that a later change to the English shows the string as "changed since review".
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { jsToXliff12, xliff12ToJs } from 'xliff';
import { checkText, screenOf } from '../content/strings.mjs';
import { flatten, languages, namespaces, recordReviews, stamp, strings } from './track.mjs';

const GUIDE_NAMES = { 'bill-of-rights': 'Your rights if someone hurt you', 'alone-in-belgium': 'Alone in Belgium' };

/** Writes flat values back into a copy of the English structure (keeps key order and arrays). */
function unflatten(shape, flat, prefix = '') {
  if (Array.isArray(shape)) return shape.map((v, i) => unflatten(v, flat, `${prefix}.${i}`));
  if (shape && typeof shape === 'object') {
    return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, unflatten(v, flat, prefix ? `${prefix}.${k}` : k)]));
  }
  return flat[prefix];
}

const read = (dir, lang, ns) => {
  const file = join(dir, lang, `${ns}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
};

const UI_AREAS = { home: 'home screen', guides: 'home screen cards', intro: 'first-visit note', exit: 'quick exit button (every screen)', nav: 'step navigation', step: 'step screen', done: 'end of a guide', help: 'help numbers', services: 'help numbers', glossary: 'words to know', language: 'language picker', notes: 'notes shown when something goes wrong', update: 'app update note', read: 'read aloud control', session: "worker's session tools", share: 'share page', footer: 'links at the bottom of every screen', app: 'every screen' };

/** Which screen a string is shown on, for the translator (the mapping is shared with the review screen). */
function context(dir, ns, key, lang) {
  const stepIds = (guide) => Object.keys(read(dir, 'en', guide).steps ?? {});
  const where = screenOf(ns, key, (guide, id) => stepIds(guide).indexOf(id) + 1);
  const screen = `Screen: #/${lang}${where.path}`;
  if (where.step) {
    const what = { title: 'title', text: 'main text', more: '"Tell me more" text', alt: 'description of the picture (read by screen readers)' }[where.part] ?? where.part;
    return `Guide "${GUIDE_NAMES[ns]}", step ${where.step}: ${what}. ${screen}`;
  }
  if (ns === 'glossary') {
    const [id, field] = key.split('.');
    if (field === 'match') return `Words to know, "${id}": the forms of your word exactly as they appear in your translated guide texts, lower case, separated by |. ${screen}`;
    return `Words to know, "${id}": ${field}. ${screen}`;
  }
  if (ns === 'ui') {
    const area = key.split('.')[0];
    return `Screen text: ${UI_AREAS[area] ?? area}. Keep {{placeholders}} as they are. ${screen}`;
  }
  if (ns === 'studio') return `Recording studio, for interpreters (adults). Keep {{placeholders}} as they are. ${screen}`;
  return `Page: ${ns}. Keep {{placeholders}} as they are. ${screen}`;
}

async function exportLanguage(lang, { out, dir }) {
  const resources = {};
  for (const ns of namespaces(dir)) {
    const source = flatten(read(dir, 'en', ns));
    const target = flatten(read(dir, lang, ns));
    resources[ns] = Object.fromEntries(
      Object.entries(source).map(([key, text]) => [key, { source: text, target: target[key] ?? '', note: context(dir, ns, key, lang) }]),
    );
  }
  const xml = await jsToXliff12({ sourceLanguage: 'en', targetLanguage: lang, resources });
  const file = out ?? `${lang}.xlf`;
  writeFileSync(file, xml);
  const count = Object.values(resources).reduce((n, r) => n + Object.keys(r).length, 0);
  console.log(`Wrote ${file}: ${count} strings, English → ${lang}.`);
}

const englishName = (code) => {
  try {
    return new Intl.DisplayNames('en', { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};
const named = (code) => `${englishName(code)} (${code})`;

/** A language tag from a translation tool ("fr", "fr-FR", "fa-AF" for Dari) as one of ours. */
function ourLanguage(tag, known) {
  const lower = String(tag ?? '').toLowerCase();
  if (known.includes(lower)) return lower;
  if (lower === 'fa-af' && known.includes('prs')) return 'prs';
  const primary = lower.split(/[-_]/)[0];
  return known.includes(primary) ? primary : undefined;
}

const today = () => new Date().toISOString().slice(0, 10);

function explain(problem, english) {
  switch (problem.problem) {
    case 'empty':
      return 'the translation is empty.';
    case 'markup':
      return 'the translation holds < or >; plain text only.';
    default: {
      const parts = [];
      if (problem.missing.length) parts.push(`it lacks ${problem.missing.join(' ')}`);
      if (problem.extra.length) parts.push(`it has ${problem.extra.join(' ')}, which English does not`);
      return `placeholders differ from English (${english.match(/{{\s*[\w.]+\s*}}/g)?.join(' ') || 'none'}): ${parts.join('; ')}. Keep each {{placeholder}} exactly as in English.`;
    }
  }
}

/**
 * A file for one language whose texts are those of another is a mistake that would put, say,
 * French into the German app: refused. Each text is compared with every language's current text
 * (texts that read as in English, like names, tell nothing); when more of them are word for word
 * another language's than the file's own, the file is taken to be in that other language. (A
 * correction is new text and seldom matches anything; `--lang <code>` confirms the file's own
 * language and skips this check.)
 */
function looksLike(units, lang, dir, known, english) {
  const current = Object.fromEntries(known.map((l) => [l, strings(dir, l)]));
  let own = 0;
  const others = {};
  const odd = [];
  for (const { id, target } of units) {
    if (target === english[id]) continue;
    if (current[lang][id] === target) own += 1;
    else {
      const same = known.filter((l) => current[l][id] === target);
      for (const l of same) others[l] = (others[l] ?? 0) + 1;
      if (same.length) odd.push(`${id} reads word for word as in ${same.map(englishName).join(', ')}`);
    }
  }
  const [best, n] = Object.entries(others).sort((a, b) => b[1] - a[1])[0] ?? [];
  return { wrong: best && n > own ? { best, n, own } : undefined, odd };
}

/** Validates a file whole, then applies it; returns 0, or 1 with nothing changed. */
export async function importFile(file, { dir, expect, date = today() }) {
  const problems = [];
  let doc;
  let text;
  try {
    text = readFileSync(file, 'utf8');
    // The XML reader is lenient; a cut-off file must not be half applied.
    if (!/<\/xliff>\s*$/.test(text)) throw new Error('the file is incomplete (no closing </xliff>)');
    doc = await xliff12ToJs(text);
  } catch (error) {
    return fail([`The file is not valid XLIFF 1.2: ${error.message}`]);
  }
  const known = languages(dir);
  const declared = [...new Set([...text.matchAll(/\btarget-language\s*=\s*["']([^"']*)["']/g)].map((m) => m[1]))];
  if (declared.length > 1) return fail([`The file mixes languages (${declared.join(', ')}); one file holds one language.`]);
  const lang = ourLanguage(doc.targetLanguage, known);
  if (!lang) return fail([`Unknown or missing target language: "${doc.targetLanguage ?? ''}". This project translates into: ${known.join(' ')}.`]);
  if (!/^en\b/i.test(doc.sourceLanguage ?? '')) return fail([`The source language is "${doc.sourceLanguage ?? ''}", not English (en): the file was not made from this project's English.`]);
  if (expect && expect !== lang) return fail([`This file is for ${named(lang)}, not ${named(expect)}.`]);

  const english = strings(dir, 'en');
  const ours = strings(dir, lang);
  const nss = namespaces(dir);
  const updates = {};
  const fromToday = []; // strings translated from today's English (the file's source is today's English)
  const reviews = {}; // approved="yes": reviewed against the English the reviewer saw
  const units = [];
  for (const [ns, entries] of Object.entries(doc.resources ?? {})) {
    if (!nss.includes(ns)) {
      problems.push(`Unknown file "${ns}".`);
      continue;
    }
    updates[ns] = {};
    for (const [key, unit] of Object.entries(entries)) {
      const id = `${ns}:${key}`;
      const target = unit.target;
      if (!(id in english)) {
        problems.push(`${ns}: unknown key "${key}".`);
        continue;
      }
      if (target !== undefined && typeof target !== 'string') {
        problems.push(`${id}: the translation holds markup; plain text only.`);
        continue;
      }
      const problem = checkText(english[id], target);
      if (problem) {
        problems.push(`${id}: ${explain(problem, english[id])}`);
        continue;
      }
      units.push({ id, target });
      updates[ns][key] = target;
      const source = typeof unit.source === 'string' ? unit.source : english[id];
      if (unit.additionalAttributes?.approved === 'yes') {
        const note = [unit.note ?? []].flat().filter((n) => typeof n === 'string' && n.trim()).join('\n');
        const corrected = target !== ours[id];
        reviews[id] = { en: source, text: target, date, ...(note ? { note } : {}), ...(corrected || source === english[id] ? { from: source } : {}) };
      } else if (source === english[id]) fromToday.push(id);
    }
  }
  if (problems.length) return fail(problems);
  const { wrong: other, odd } = looksLike(units, lang, dir, known, english);
  if (other && expect !== lang) {
    return fail([
      `This file says it is for ${named(lang)}, but ${other.n} of its texts are word for word the ${named(other.best)} ones ` +
        `(${other.own} are the ${englishName(lang)} ones). Is it a file for ${englishName(other.best)}? Export it again from the review ` +
        `screen of the right language. If it really is ${englishName(lang)}, import it with --lang ${lang}.`,
    ]);
  }

  const changes = [];
  for (const [ns, values] of Object.entries(updates)) {
    const current = flatten(read(dir, lang, ns));
    for (const [k, v] of Object.entries(values)) if (current[k] !== v) changes.push(`${ns}:${k}: "${current[k] ?? ''}" → "${v}"`);
    writeFileSync(join(dir, lang, `${ns}.json`), `${JSON.stringify(unflatten(read(dir, 'en', ns), { ...current, ...values }), null, 2)}\n`);
  }
  stamp(dir, lang, fromToday, english);
  recordReviews(dir, lang, reviews, english);
  const reviewed = Object.keys(reviews).length;
  console.log(`Imported ${file} into ${dir}/${lang}: ${changes.length} strings changed${reviewed ? `, ${reviewed} marked as reviewed on ${date}` : ''}.`);
  for (const line of changes) console.log(`  ${line}`);
  for (const line of odd) console.log(`  Check: ${line}.`);
  return 0;
}

function fail(problems) {
  console.error(`Refused: nothing was changed.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return 1;
}

async function main(args) {
  const [command, target, ...rest] = args;
  const option = (name) => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const dir = option('--locales') ?? 'locales';
  if (command === 'export' && target) {
    await exportLanguage(target, { out: option('--out'), dir });
    return 0;
  }
  if (command === 'import' && target) return importFile(target, { dir, expect: option('--lang') });
  console.error('Usage: npm run i18n:export -- <lang> [--out file.xlf]\n       npm run i18n:import -- <file.xlf> [--lang <lang>]');
  return 2;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main(process.argv.slice(2));
