// Development only (#/qps/...): a pseudo-language that shows every translated string with accented
// vowels, so any text a component hard-codes stands out as plain English. Never in a build.

export const PSEUDO = 'qps';

const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'ï', o: 'ö', u: 'ü', A: 'Á', E: 'É', I: 'Ï', O: 'Ö', U: 'Ü' };

export function pseudo(text: string): string {
  return text.replace(/[aeiouAEIOU]/g, (c) => ACCENTS[c]);
}
