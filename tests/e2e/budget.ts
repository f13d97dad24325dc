// The first visit's byte budget (issue 16), shared by the budget test and the nginx test: every
// byte a browser fetches for the home screen on a first visit, pictures and icons included, gzip.
export const FIRST_VISIT_BUDGET = 45 * 1024;

/**
 * The same on a phone in Arabic, not a goal of issue 16 but held so it does not grow: most
 * children who use the app read another language than English, and their first visit also
 * fetches their screen text (measured 48.1 KB in December 2026, with a second picture that the
 * longer Arabic home brings near the screen).
 */
export const FIRST_VISIT_OTHER_LANGUAGE_BUDGET = 50 * 1024;
