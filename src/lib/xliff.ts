// XLIFF 1.2 made in the browser, for the review screen's export. The `xliff` package that the
// Node tools use weighs 66 KB minified (17 KB compressed, with an XML parser and Node's stream
// shims) for what is here a few lines of string building; this writes the same layout as its
// jsToXliff12 (one <file> per namespace), and tests/lib/xliff.test.ts reads the result back with
// the Node importer. Every text is escaped; characters XML 1.0 cannot hold are dropped.
import type { Unit } from './review';

/** Text for an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * One file for one language: every unit approved (approved="yes"), English as the source, the
 * approved text or the correction as the target, and the reviewer's note with a correction.
 */
export function buildXliff(lang: string, units: readonly Unit[]): string {
  const byNs = new Map<string, Unit[]>();
  for (const u of units) byNs.set(u.ns, [...(byNs.get(u.ns) ?? []), u]);
  const files = [...byNs].map(([ns, list]) => {
    const body = list
      .map((u) =>
        [
          `      <trans-unit id="${escapeXml(u.key)}" approved="yes">`,
          `        <source>${escapeXml(u.source)}</source>`,
          `        <target>${escapeXml(u.target)}</target>`,
          ...(u.note ? [`        <note>${escapeXml(u.note)}</note>`] : []),
          '      </trans-unit>',
        ].join('\n'),
      )
      .join('\n');
    return [
      `  <file original="${escapeXml(ns)}" datatype="plaintext" source-language="en" target-language="${escapeXml(lang)}">`,
      '    <body>',
      body,
      '    </body>',
      '  </file>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">',
    ...files,
    '</xliff>',
    '',
  ].join('\n');
}
