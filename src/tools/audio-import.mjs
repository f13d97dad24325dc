// npm run audio:import -- <file.zip> [--public <dir>] [--locales <dir>]
// Checks a zip exported by the recording studio and puts its takes under public/audio/ (see
// audio.ts). A bad zip is refused whole, with every reason, and nothing is written.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [, value] = args.splice(i, 2);
  return value;
};
const publicDir = option('--public', 'public');
const localesDir = option('--locales', 'locales');
const [file] = args;
if (!file) {
  console.error('Usage: npm run audio:import -- <file.zip> [--public <dir>] [--locales <dir>]');
  process.exit(2);
}

// The checks share the app's own TypeScript (guides, sentence numbering); Vite runs it here.
const { module } = await runnerImport(fileURLToPath(new URL('./audio.ts', import.meta.url)), { configFile: false, logLevel: 'silent' });
try {
  const result = module.importZip(new Uint8Array(readFileSync(file)), { publicDir, localesDir });
  console.log(`Imported ${result.written.length} take(s) in "${result.language}" into ${publicDir}/audio/${result.language}/:`);
  for (const p of result.written) console.log(`  ${p}`);
  for (const p of result.removed) console.log(`  removed the earlier take ${p}`);
  for (const w of result.warnings) console.log(`Note: ${w}`);
  console.log('Build the app again (npm run build) to ship them.');
} catch (error) {
  if (!(error instanceof module.Refused)) throw error;
  console.error(`Refused ${file}: nothing was written.`);
  for (const p of error.problems) console.error(`  - ${p}`);
  process.exit(1);
}
