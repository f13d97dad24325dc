// The studio's export as one .zip, with fflate (small, maintained). Loaded only when the
// interpreter presses Export: this module is never part of the first download.
import { zipSync, type Zippable } from 'fflate';

/** Audio is stored as it is (already compressed); the rest is deflated. */
export function makeZip(files: Record<string, Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const [path, data] of Object.entries(files)) entries[path] = [data, { level: path.endsWith('.json') ? 6 : 0 }];
  return zipSync(entries);
}
