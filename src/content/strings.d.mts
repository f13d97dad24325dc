// Types of strings.mjs (plain JavaScript, so that Node's tools can run it as it is).

export type TextProblem =
  | { problem: 'empty' }
  | { problem: 'markup' }
  | { problem: 'placeholders'; missing: string[]; extra: string[] };

export function placeholders(text: string): string[];
export function splitPlaceholders(text: string): { text: string; placeholder: boolean }[];
export function checkText(english: string, text: unknown): TextProblem | null;

export interface ScreenOf {
  group: string;
  path: string;
  step?: number;
  part?: string;
}
export function screenOf(ns: string, key: string, stepNumber: (guide: string, id: string) => number): ScreenOf;
export const SCREEN_ORDER: readonly string[];
