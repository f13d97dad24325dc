// The translator round trip, through XLIFF 1.2 (read by most translation tools and services),
// with the maintained `xliff` converter:
//   npm run i18n:export -- <lang> [--out file.xlf]   source, target and context for review
//   npm run i18n:import -- <file.xlf>                 validates, then applies; a bad file changes nothing
// Both take --locales <dir> (default: locales).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { jsToXliff12, xliff12ToJs } from 'xliff';

const NAMESPACES = ['ui', 'bill-of-rights', 'alone-in-belgium', 'glossary', 'safety', 'professionals', 'voice'];
const GUIDE_NAMES = { 'bill-of-rights': 'Your rights if someone hurt you', 'alone-in-belgium': 'Alone in Belgium' };

function flatten(value, prefix = '', out = {}) {
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else out[prefix] = String(value);
  return out;
}

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
const placeholders = (s) => (s.match(/{{\s*[\w.]+\s*}}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort().join();

/** Which screen a string is shown on, for the translator. */
function context(dir, ns, key, lang) {
  const guideStep = /^steps\.([^.]+)\.(title|text|more|alt)$/.exec(key);
  if (guideStep) {
    const ids = Object.keys(read(dir, 'en', ns).steps ?? {});
    const n = ids.indexOf(guideStep[1]) + 1;
    const what = { title: 'title', text: 'main text', more: '"Tell me more" text', alt: 'description of the picture (read by screen readers)' }[guideStep[2]];
    return `Guide "${GUIDE_NAMES[ns]}", step ${n}: ${what}. Screen: #/${lang}/${ns}/${n}`;
  }
  if (ns === 'glossary') {
    const [id, field] = key.split('.');
    if (field === 'match') return `Words to know, "${id}": the forms of your word exactly as they appear in your translated guide texts, lower case, separated by |. Screen: #/${lang}/glossary`;
    return `Words to know, "${id}": ${field}. Screen: #/${lang}/glossary`;
  }
  if (ns === 'ui') {
    const area = key.split('.')[0];
    const where = { home: 'home screen', guides: 'home screen cards', intro: 'first-visit note', exit: 'quick exit button (every screen)', nav: 'step navigation', step: 'step screen', done: 'end of a guide', help: 'help numbers', services: 'help numbers', glossary: 'words to know', language: 'language picker', notes: 'notes shown when something goes wrong', update: 'app update note', read: 'read aloud control', session: "worker's session tools", share: 'share page', footer: 'links at the bottom of every screen', app: 'every screen' }[area];
    return `Screen text: ${where ?? area}. Keep {{placeholders}} as they are.`;
  }
  return `Page: ${ns}. Screen: #/${lang}/${ns}`;
}

async function exportLanguage(lang, { out, dir }) {
  const resources = {};
  for (const ns of NAMESPACES) {
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

async function importFile(file, { dir }) {
  const problems = [];
  let doc;
  try {
    const text = readFileSync(file, 'utf8');
    // The XML reader is lenient; a cut-off file must not be half applied.
    if (!/<\/xliff>\s*$/.test(text)) throw new Error('the file is incomplete (no closing </xliff>)');
    doc = await xliff12ToJs(text);
  } catch (error) {
    return fail([`The file is not valid XLIFF 1.2: ${error.message}`]);
  }
  const lang = doc.targetLanguage;
  const languages = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  if (!lang || lang === 'en' || !languages.includes(lang)) return fail([`Unknown or missing target language: "${lang}".`]);

  const updates = {};
  for (const [ns, units] of Object.entries(doc.resources ?? {})) {
    if (!NAMESPACES.includes(ns)) {
      problems.push(`Unknown file "${ns}".`);
      continue;
    }
    const english = flatten(read(dir, 'en', ns));
    updates[ns] = {};
    for (const [key, unit] of Object.entries(units)) {
      const target = unit.target;
      if (!(key in english)) problems.push(`${ns}: unknown key "${key}".`);
      else if (typeof target !== 'string') problems.push(`${ns}:${key}: the translation holds markup; plain text only.`);
      else if (!target.trim()) problems.push(`${ns}:${key}: the translation is empty.`);
      else if (/[<>]/.test(target)) problems.push(`${ns}:${key}: the translation holds < or >; plain text only.`);
      else if (placeholders(target) !== placeholders(english[key])) problems.push(`${ns}:${key}: placeholders differ from English (${placeholders(english[key]) || 'none'}).`);
      else updates[ns][key] = target;
    }
  }
  if (problems.length) return fail(problems);

  let changed = 0;
  for (const [ns, values] of Object.entries(updates)) {
    const current = flatten(read(dir, lang, ns));
    const merged = { ...current, ...values };
    changed += Object.keys(values).filter((k) => current[k] !== values[k]).length;
    writeFileSync(join(dir, lang, `${ns}.json`), `${JSON.stringify(unflatten(read(dir, 'en', ns), merged), null, 2)}\n`);
  }
  console.log(`Imported ${file} into ${dir}/${lang}: ${changed} strings changed.`);
  return 0;
}

function fail(problems) {
  console.error(`Refused: nothing was changed.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return 1;
}

const [command, target, ...rest] = process.argv.slice(2);
const option = (name) => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : undefined;
};
const dir = option('--locales') ?? 'locales';
if (command === 'export' && target) await exportLanguage(target, { out: option('--out'), dir });
else if (command === 'import' && target) process.exitCode = await importFile(target, { dir });
else {
  console.error('Usage: npm run i18n:export -- <lang> [--out file.xlf]\n       npm run i18n:import -- <file.xlf>');
  process.exitCode = 2;
}
