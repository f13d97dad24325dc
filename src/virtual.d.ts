declare module 'virtual:recordings' {
  /** Paths under public/ of the recordings that ship, e.g. "audio/fr/bill-of-rights/not-your-fault.mp3". */
  export const RECORDINGS: readonly string[];
}

declare module 'virtual:voices' {
  /** Languages with a computer voice (npm run voices): total bytes, file count, neighbour voice. */
  export const VOICES: Readonly<Record<string, { bytes: number; files: number; neighbour?: string }>>;
}
