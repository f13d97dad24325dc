// `npm run voices`: renders the "computer voice" of every step of both guides, sentence by
// sentence as the app splits them, with eSpeak NG 1.52, for the languages phones rarely speak
// (src/tools/voices-text.ts says which, and which are left out and why). Only what is stale is
// rendered: a sentence whose text, spoken form or settings changed, or whose file is missing.
// Files no sentence uses any more are removed. Prints what it did. Run it after any text change.
//
//   npm run voices                       every language
//   npm run voices -- --lang ti,am       some
//   npm run voices -- --check            only say what is stale (exit 1 if anything is); no eSpeak
//   npm run voices -- --force            render everything again
//
// Needs: eSpeak NG 1.52 (fetched from Debian trixie into node_modules/.cache without touching the
// system's package sources, see espeak() below; or set ESPEAK_NG to a 1.52 binary) and ffmpeg
// (`apt-get install ffmpeg`). Only at build time: CI, `npm test` and `npm start` never need them.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { runnerImport } from 'vite';

const ROOT = process.cwd();
const PUBLIC = join(ROOT, 'public', 'audio');
const CACHE = join(ROOT, 'node_modules', '.cache', 'compass-voices');
const TRIXIE = ['espeak-ng', 'libespeak-ng1', 'espeak-ng-data', 'libpcaudio0', 'libsonic0'];

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

const { module: text } = await runnerImport(join(ROOT, 'src/tools/voices-text.ts'));
const { VOICE_LANGUAGES, LEFT_OUT, SETTINGS, sentencesOf, hash, leftoverLatin } = text;

const wanted = option('lang')?.split(',') ?? Object.keys(VOICE_LANGUAGES);
for (const lang of wanted) {
  if (!VOICE_LANGUAGES[lang]) {
    console.error(`No computer voice is configured for "${lang}"${LEFT_OUT[lang] ? `: ${LEFT_OUT[lang]}` : ''}.`);
    process.exit(2);
  }
}

const manifestPath = (lang) => join(PUBLIC, lang, 'tts', 'manifest.json');
const readManifest = (lang) => {
  try {
    return JSON.parse(readFileSync(manifestPath(lang), 'utf8'));
  } catch {
    return undefined;
  }
};
const sameSettings = (m, lang) =>
  m && m.version === SETTINGS.version && m.voice === VOICE_LANGUAGES[lang].voice && m.speed === SETTINGS.speed && m.bitrate === SETTINGS.bitrate;

/** What one language needs: every file its sentences name, and which of them must be (re)made. */
function survey(lang) {
  const manifest = readManifest(lang);
  const keep = sameSettings(manifest, lang) && !flag('force');
  const files = new Map();
  for (const s of text.sentencesOf(lang)) {
    const prior = files.get(s.file);
    if (prior && prior.text !== s.text) throw new Error(`${lang}: two sentences of ${s.guide}/${s.step} share the file name ${s.file}`);
    files.set(s.file, s);
  }
  const dir = join(PUBLIC, lang, 'tts');
  const stale = [...files.values()].filter((s) => {
    const entry = keep ? manifest.files?.[s.file] : undefined;
    return !entry || entry.spoken !== hash(s.spoken) || !existsSync(join(dir, s.file));
  });
  const present = existsSync(dir) ? walk(dir).map((f) => relative(dir, f)).filter((f) => f !== 'manifest.json') : [];
  const orphans = present.filter((f) => !files.has(f));
  return { lang, manifest, files, stale, orphans, dir };
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

const surveys = wanted.map(survey);
for (const [lang, why] of Object.entries(LEFT_OUT)) console.log(`${lang}: left out (${why}).`);
for (const s of surveys) {
  const latin = [...new Set([...s.files.values()].flatMap((x) => leftoverLatin(s.lang, x.spoken)))];
  if (latin.length) console.log(`${s.lang}: warning: Latin words eSpeak will spell out; add them to NAMES in src/tools/voices-text.ts: ${latin.join(', ')}`);
}

if (flag('check')) {
  let bad = 0;
  for (const s of surveys) {
    bad += s.stale.length + s.orphans.length;
    console.log(`${s.lang}: ${s.files.size} sentences, ${s.stale.length} stale or missing, ${s.orphans.length} unused files`);
  }
  console.log(bad ? 'Run `npm run voices` to bring the audio up to date.' : 'All computer-voice audio matches the text.');
  process.exit(bad ? 1 : 0);
}

const todo = surveys.reduce((n, s) => n + s.stale.length, 0);
const engine = todo ? espeak() : undefined;
if (todo) need('ffmpeg', 'apt-get install -y ffmpeg');

const scratch = join(tmpdir(), `voices-${process.pid}`);
mkdirSync(scratch, { recursive: true });
const started = Date.now();
try {
  for (const s of surveys) await render(s);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

// ---------------------------------------------------------------------------------------------

async function render(s) {
  const { lang, dir } = s;
  const { voice } = VOICE_LANGUAGES[lang];
  const previous = sameSettings(s.manifest, lang) && !flag('force') ? s.manifest.files : {};
  const entries = {};
  for (const [file, sentence] of s.files) if (!s.stale.includes(sentence) && previous[file]) entries[file] = previous[file];

  let done = 0;
  const failures = [];
  await pool(s.stale, availableParallelism(), async (sentence, worker) => {
    const out = join(dir, sentence.file);
    mkdirSync(dirname(out), { recursive: true });
    const wav = join(scratch, `${worker}.wav`);
    const input = join(scratch, `${worker}.txt`);
    writeFileSync(input, sentence.spoken);
    await run(engine.bin, [...engine.args, '-v', voice, '-s', String(SETTINGS.speed), '-w', wav, '-f', input], engine.env);
    const seconds = wavSeconds(wav);
    await run('ffmpeg', ['-v', 'error', '-y', '-i', wav, '-ac', '1', '-c:a', 'libopus', '-b:a', SETTINGS.bitrate, '-application', 'voip',
      '-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact', out]);
    entries[sentence.file] = { spoken: hash(sentence.spoken), seconds: Math.round(seconds * 100) / 100, bytes: statSync(out).size };
    if (seconds < minimumSeconds(sentence.spoken)) failures.push(`${sentence.file} (${seconds.toFixed(2)} s for ${sentence.spoken.length} characters)`);
    done += 1;
    if (process.stdout.isTTY) process.stdout.write(`\r${lang}: ${done}/${s.stale.length}`);
  });
  if (process.stdout.isTTY && s.stale.length) process.stdout.write('\r');

  for (const f of s.orphans) rmSync(join(dir, f));
  if (existsSync(dir)) pruneEmpty(dir);

  const files = Object.fromEntries(Object.keys(entries).sort().map((k) => [k, entries[k]]));
  const changed = s.stale.length > 0 || s.orphans.length > 0 || !s.manifest;
  const total = (key) => Object.values(files).reduce((n, e) => n + e[key], 0);
  const manifest = {
    language: lang,
    engine: SETTINGS.engine,
    version: SETTINGS.version,
    voice,
    ...(VOICE_LANGUAGES[lang].neighbour ? { neighbour: VOICE_LANGUAGES[lang].neighbour } : {}),
    speed: SETTINGS.speed,
    bitrate: SETTINGS.bitrate,
    format: SETTINGS.format,
    date: changed ? new Date().toISOString().slice(0, 10) : s.manifest.date,
    bytes: total('bytes'),
    seconds: Math.round(total('seconds')),
    files,
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(manifestPath(lang), `${JSON.stringify(manifest, null, 1)}\n`);
  const mb = (manifest.bytes / 1e6).toFixed(2);
  console.log(
    `${lang}: ${s.files.size} sentences, ${s.stale.length} rendered, ${s.files.size - s.stale.length} kept, ${s.orphans.length} removed; ` +
      `${(manifest.seconds / 60).toFixed(1)} min, ${mb} MB (voice ${voice}${manifest.neighbour ? `, a neighbour language's` : ''})`,
  );
  if (manifest.bytes > 4e6) console.log(`${lang}: warning: over the 4 MB budget`);
  for (const f of failures) console.log(`${lang}: warning: far too short, eSpeak may have failed: ${f}`);
}

/** A floor well below any real reading: a file shorter than this said next to nothing. */
function minimumSeconds(spoken) {
  const letters = (spoken.match(/[\p{L}\p{N}]/gu) ?? []).length;
  return 0.2 + letters / 40;
}

/** eSpeak writes 16-bit mono PCM WAV: the length of its data chunk gives the duration. */
function wavSeconds(file) {
  const b = readFileSync(file);
  const rate = b.readUInt32LE(24);
  let at = 12;
  while (at + 8 <= b.length) {
    const id = b.toString('ascii', at, at + 4);
    const size = b.readUInt32LE(at + 4);
    if (id === 'data') return Math.min(size, b.length - at - 8) / 2 / rate;
    at += 8 + size;
  }
  return (b.length - 44) / 2 / rate;
}

function pruneEmpty(dir) {
  for (const d of readdirSync(dir, { withFileTypes: true })) if (d.isDirectory()) pruneEmpty(join(dir, d.name));
  if (readdirSync(dir).length === 0) rmdirSync(dir);
}

async function pool(items, size, work) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async (_, worker) => {
      while (next < items.length) await work(items[next++], worker);
    }),
  );
}

function run(bin, argv, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${bin} ${argv.join(' ')}: exit ${code}\n${err}`))));
  });
}

function need(bin, install) {
  try {
    execFileSync(bin, ['-version'], { stdio: 'ignore' });
  } catch {
    console.error(`${bin} is needed to encode the audio: ${install}`);
    process.exit(2);
  }
}

/**
 * eSpeak NG 1.52 (Tigrinya and a working Mandarin are new in it). In order: $ESPEAK_NG; the
 * system's espeak-ng if it is 1.52; else Debian trixie's packages, downloaded with apt-get using a
 * private sources list, lists and cache under node_modules/.cache (the system's package sources
 * and state are not touched), unpacked with dpkg-deb -x, and run with LD_LIBRARY_PATH and --path.
 */
function espeak() {
  const version = (bin, argv = [], env = {}) => {
    try {
      return execFileSync(bin, [...argv, '--version'], { env: { ...process.env, ...env }, encoding: 'utf8' });
    } catch {
      return '';
    }
  };
  const ok = (out) => out.includes(`: ${SETTINGS.version}`);
  if (process.env.ESPEAK_NG) {
    if (!ok(version(process.env.ESPEAK_NG))) fail(`ESPEAK_NG=${process.env.ESPEAK_NG} is not eSpeak NG ${SETTINGS.version}`);
    console.log(`eSpeak NG ${SETTINGS.version}: ${process.env.ESPEAK_NG} (from ESPEAK_NG)`);
    return { bin: process.env.ESPEAK_NG, args: [], env: {} };
  }
  if (ok(version('espeak-ng'))) {
    console.log(`eSpeak NG ${SETTINGS.version}: the system's espeak-ng`);
    return { bin: 'espeak-ng', args: [], env: {} };
  }
  const home = join(CACHE, `espeak-ng-${SETTINGS.version}`);
  const root = join(home, 'root');
  const lib = join(root, 'usr', 'lib', 'x86_64-linux-gnu');
  const local = { bin: join(root, 'usr', 'bin', 'espeak-ng'), args: [`--path=${lib}`], env: { LD_LIBRARY_PATH: lib, ESPEAK_DATA_PATH: lib } };
  if (!ok(version(local.bin, local.args, local.env))) {
    if (!existsSync('/etc/debian_version')) fail(`install eSpeak NG ${SETTINGS.version} and set ESPEAK_NG to its binary`);
    const arch = execFileSync('dpkg', ['--print-architecture'], { encoding: 'utf8' }).trim();
    if (arch !== 'amd64') fail(`this script unpacks amd64 packages; on ${arch}, install eSpeak NG ${SETTINGS.version} and set ESPEAK_NG`);
    console.log(`Fetching eSpeak NG ${SETTINGS.version} from Debian trixie into ${relative(ROOT, home)} (the system's package sources are not changed)…`);
    rmSync(home, { recursive: true, force: true });
    for (const d of ['lists/partial', 'cache/archives/partial', 'debs', 'root']) mkdirSync(join(home, d), { recursive: true });
    const sources = join(home, 'sources.list');
    writeFileSync(sources, `deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${mirror()} trixie main\n`);
    const apt = [
      '-o', `Dir::Etc::sourcelist=${sources}`, '-o', 'Dir::Etc::sourceparts=-',
      '-o', `Dir::State::Lists=${join(home, 'lists')}`, '-o', `Dir::Cache=${join(home, 'cache')}`,
      '-o', 'Dir::State::status=/dev/null', '-o', 'APT::Sandbox::User=root', '-o', 'Debug::NoLocking=1', '-qq',
    ];
    execFileSync('apt-get', [...apt, 'update'], { stdio: 'inherit' });
    execFileSync('apt-get', [...apt, 'download', ...TRIXIE], { cwd: join(home, 'debs'), stdio: 'inherit' });
    for (const deb of readdirSync(join(home, 'debs'))) execFileSync('dpkg-deb', ['-x', join(home, 'debs', deb), root]);
    const missing = execFileSync('ldd', [local.bin], { env: { ...process.env, LD_LIBRARY_PATH: lib }, encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.includes('not found'));
    if (missing.length) fail(`libraries missing: ${missing.map((l) => l.trim()).join('; ')} (apt-get install -y libpcaudio0 libsonic0 brings them)`);
    if (!ok(version(local.bin, local.args, local.env))) fail('the unpacked eSpeak NG does not run');
  }
  console.log(`eSpeak NG ${SETTINGS.version} (Debian trixie), unpacked in ${relative(ROOT, home)}; it runs as:`);
  console.log(`  LD_LIBRARY_PATH=${relative(ROOT, lib)} ${relative(ROOT, local.bin)} --path=${relative(ROOT, lib)} -v <voice> -s ${SETTINGS.speed} -w out.wav "text"`);
  return local;
}

/** The Debian mirror this machine's apt already uses (deb822 or one-line sources). */
function mirror() {
  for (const file of ['/etc/apt/sources.list.d/debian.sources', '/etc/apt/sources.list']) {
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const uri = /^URIs:\s*(\S+\/debian)\/?\s*$/m.exec(text)?.[1] ?? /^deb\s+(?:\[[^\]]*\]\s+)?(\S+\/debian)\/?\s/m.exec(text)?.[1];
    if (uri) return uri;
  }
  return 'http://deb.debian.org/debian';
}

function fail(message) {
  console.error(`npm run voices: ${message}`);
  process.exit(2);
}
