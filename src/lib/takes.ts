// The studio's takes, kept on the device (IndexedDB, through the small `idb` wrapper) until the
// interpreter exports them: they survive a reload, and "Forget this device" deletes the database
// (lib/storage.ts). Nothing here sends anything anywhere.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { STUDIO_DATABASE } from './storage';

export type TakeFlag = 'silent' | 'clipped';

export interface Take {
  /** `<lang>/<guide>/<step-id>/<n>`: one take per sentence, a new one replaces the old. */
  key: string;
  lang: string;
  guide: string;
  step: string;
  /** The sentence's number in its step (lib/sentences.ts stepSentences). */
  n: number;
  audio: Blob;
  /** The recorder's media type, e.g. "audio/webm;codecs=opus". */
  type: string;
  /** SHA-256 of the sentence's text when it was recorded: a changed sentence is seen on import. */
  sha256: string;
  seconds: number;
  flags: TakeFlag[];
}

interface Studio extends DBSchema {
  takes: { key: string; value: Take; indexes: { lang: string } };
  /** "recording": the key of the take being recorded, until it is kept (a reload mid-take shows). */
  state: { key: string; value: string };
}

/** Why a take could not be kept: the device is full, or this browser keeps nothing (private mode). */
export class StoreError extends Error {
  constructor(readonly problem: 'full' | 'unavailable') {
    super(problem);
  }
}

export const takeKey = (lang: string, guide: string, step: string, n: number): string => `${lang}/${guide}/${step}/${n}`;

let opening: Promise<IDBPDatabase<Studio>> | undefined;

function db(): Promise<IDBPDatabase<Studio>> {
  opening ??= openDB<Studio>(STUDIO_DATABASE, 1, {
    upgrade(database) {
      database.createObjectStore('takes', { keyPath: 'key' }).createIndex('lang', 'lang');
      database.createObjectStore('state');
    },
    // "Forget this device" is deleting the database: let go at once, open anew next time.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      opening = undefined;
    },
    terminated() {
      opening = undefined;
    },
  }).catch((error: unknown) => {
    opening = undefined;
    throw storeError(error);
  });
  return opening;
}

function storeError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const names = [(error as DOMException)?.name, ((error as { target?: IDBRequest })?.target?.error as DOMException | null)?.name];
  return new StoreError(names.includes('QuotaExceededError') ? 'full' : 'unavailable');
}

async function attempt<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw storeError(error);
  }
}

/** Every take of one language. */
export function listTakes(lang: string): Promise<Take[]> {
  return attempt(async () => (await db()).getAllFromIndex('takes', 'lang', lang));
}

/** Keeps a take, replacing the sentence's earlier one only once the new one is safely written. */
export function saveTake(take: Take): Promise<void> {
  return attempt(async () => {
    const tx = (await db()).transaction('takes', 'readwrite');
    await Promise.all([tx.store.put(take), tx.done]);
  });
}

/** Notes (or clears, with undefined) the take being recorded, so that a reload mid-take is noticed. */
export function markRecording(key: string | undefined): Promise<void> {
  return attempt(async () => {
    const d = await db();
    await (key === undefined ? d.delete('state', 'recording') : d.put('state', key, 'recording'));
  });
}

/** The take that was being recorded when the page went away, if any (and forgets it). */
export async function interruptedTake(): Promise<string | undefined> {
  try {
    const d = await db();
    const key = await d.get('state', 'recording');
    if (key !== undefined) await d.delete('state', 'recording');
    return key;
  } catch {
    return undefined;
  }
}
