// Types of i18n.mjs (plain JavaScript, run by Node as it is).

/** Validates an XLIFF 1.2 file whole, then applies it to the locales in `dir`: 0, or 1 with nothing changed. */
export function importFile(file: string, options: { dir: string; expect?: string; date?: string }): Promise<number>;
