declare module 'virtual:recordings' {
  /** Paths under public/ of the recordings that ship, e.g. "audio/fr/bill-of-rights/not-your-fault.mp3". */
  export const RECORDINGS: readonly string[];
}

declare module 'virtual:review-summary' {
  /** Per language (English excepted), made at build time from locales/<lng>.track.json. */
  export const REVIEW_SUMMARY: Readonly<Record<string, { total: number; reviewed: number; changed: number }>>;
}
