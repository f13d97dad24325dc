// The content model. Screens are generic over this data; the words live in locales/<lng>/*.json,
// keyed by the ids used here, so the data itself holds no user-visible text.

import type { SourceId } from './sources';

/** How sure we are of a fact: see ../shared/content/brief.md "Status marks". */
export type Status = 'confirmed' | 'inferred' | 'unverified';

/** A picture: one to three Fluent Emoji Flat icon names, composed into one scene at build time. */
export type Picture = readonly [string, ...string[]];

export interface SourceRef {
  /** An id from SOURCES in sources.ts. */
  source: string;
  status: Status;
  /** Where in the source, e.g. "art. 8" (not translated: a citation). */
  at?: string;
}

export interface Step {
  /** Stable id: the key of the step's text in locales/<lng>/<guide>.json under "steps". */
  id: string;
  picture: Picture;
  /** True when the locale has a "more" text ("tell me more") for this step. */
  more?: boolean;
  /** Glossary term ids whose words appear in this step. */
  terms?: readonly string[];
  /** Directory service ids (services.ts) that can help with this step. */
  services?: readonly string[];
  /** Glossary term ids for the people who can help (guardian, lawyer, doctor...). */
  people?: readonly string[];
  sources: readonly SourceRef[];
  /** Listed, with its picture, in the calm summary at the end of the guide. */
  summary?: true;
}

export type GuideId = 'bill-of-rights' | 'alone-in-belgium';

export interface Guide {
  id: GuideId;
  picture: Picture;
  steps: readonly Step[];
}

export interface Term {
  /** Key in locales/<lng>/glossary.json. */
  id: string;
  picture: Picture;
}

/**
 * Something a card may say about a service beyond its purpose. Each is shown only where the data
 * holds it, and the data holds it only with the source that states it (../shared/content/brief.md,
 * "Corrections and additions (December 2026)"): a partner's correction is a one-line change.
 */
export type FactId = 'free' | 'always-open' | 'anonymous' | 'reports-always-open' | 'questions-office-hours';

export interface Fact {
  fact: FactId;
  source: SourceId;
  status: Status;
}

export interface Service {
  id: string;
  /** As written in Belgium, for display (kept left-to-right in every language). */
  number: string;
  /** For the tel: link: international form (+32...) or the short number itself. */
  tel: string;
  picture: Picture;
  /** Cost, hours, anonymity: only what a source states, each with that source. */
  facts: readonly Fact[];
  region: 'belgium' | 'flanders' | 'wallonia' | 'brussels' | 'flanders-brussels' | 'antwerp' | 'liege';
  /** Shown in the bar on every screen. */
  urgent?: boolean;
  /** A children's line with no stated hours: offered with "if nobody answers, call 116 000". */
  childLine?: true;
  /** The source of the number itself. */
  source: SourceId;
  status: Status;
  /** ISO date the source was read (nobody called the number). */
  read: string;
  /** Set when a partner organisation confirms the number and the facts; until then it says so. */
  confirmed?: { by: string; date: string };
}
