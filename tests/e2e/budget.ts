// The first visit's byte budget (issue 16), shared by the budget test and the nginx test: every
// byte a browser fetches for the home screen on a first visit, pictures and icons included, gzip.
export const FIRST_VISIT_BUDGET = 45 * 1024;
