// The first visit's byte budget, shared by the budget test and the nginx test.
const KB = 1024;

/**
 * Issue 16 aims at 45 KB. Merging the review, studio and computer-voice work (December 2026) took
 * the first visit to 45.96 KB: the budget holds it there (no further growth) until the next
 * saving lands (see the note on issue 16: a first visit that registers the service worker without
 * workbox-window, the language list loaded when the picker opens).
 */
export const FIRST_VISIT_BUDGET = 46.5 * KB;
