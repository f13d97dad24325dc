declare module 'virtual:recordings' {
  /** Paths under public/ of the recordings that ship, e.g. "audio/fr/bill-of-rights/not-your-fault.mp3". */
  export const RECORDINGS: readonly string[];
}

declare module 'virtual:review-summary' {
  /** Per language (English excepted), made at build time from locales/<lng>.track.json. */
  export const REVIEW_SUMMARY: Readonly<Record<string, { total: number; reviewed: number; changed: number }>>;
}

declare module 'virtual:voice-languages' {
  /** Languages with a computer voice (npm run voices): all the first bundle needs to know. */
  export const VOICE_LANGUAGES: readonly string[];
}

declare module 'virtual:voices' {
  /** Their total bytes, file count and neighbour voice (for the parts that load later). */
  export const VOICES: Readonly<Record<string, { bytes: number; files: number; neighbour?: string }>>;
}
