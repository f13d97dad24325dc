// Every screen's stylesheet loads with that screen and then stays on the page: a class styled by
// two of them changes one screen once the other has been opened (the review screen's .label once
// recoloured the quick exit; its .badge and .check restyled the studio's). A class that app.css
// does not define belongs to one stylesheet only.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const STYLESHEETS = ['src/screens', 'src/components'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.css'))
    .map((f) => `${dir}/${f}`),
);

/** The classes a stylesheet's selectors name. */
export function classesOf(css: string): Set<string> {
  const selectors = css.replace(/\/\*[\s\S]*?\*\//g, '').match(/[^{}]+(?=\{)/g) ?? [];
  return new Set(selectors.filter((s) => !s.trim().startsWith('@')).flatMap((s) => [...s.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1])));
}

describe('stylesheets of screens', () => {
  it('finds the classes a selector names', () => {
    expect([...classesOf('/* .gone */ .a .b-c, p.d:has(.e) { x: 1 } @media (min-width: 1rem) { .f { y: 0.5rem } }')]).toEqual(['a', 'b-c', 'd', 'e', 'f']);
  });

  it('no two of them style the same class (unless app.css, loaded everywhere, defines it)', () => {
    const shared = classesOf(readFileSync('src/app/app.css', 'utf8'));
    const owners = new Map<string, string[]>();
    for (const file of STYLESHEETS)
      for (const name of classesOf(readFileSync(file, 'utf8'))) if (!shared.has(name)) owners.set(name, [...(owners.get(name) ?? []), file]);
    expect([...owners].filter(([, files]) => files.length > 1)).toEqual([]);
  });
});
