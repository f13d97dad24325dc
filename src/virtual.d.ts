declare module 'virtual:recordings' {
  /** Paths under public/ of the recordings that ship, e.g. "audio/fr/bill-of-rights/not-your-fault.mp3". */
  export const RECORDINGS: readonly string[];
}
