import { normalizeText } from '../lint/text.ts';
import { readDateline } from './dateline.ts';

/** Paragraphs with fewer distinct words than this (headings, "***", a short line) may repeat on purpose. */
const MIN_WORDS = 8;
/** Share of words two paragraphs have in common above which one is the other with small edits. */
const NEAR = 0.8;

/** A paragraph as compared: without a dateline, so a second copy's lead ("Lahat (ANTARA) - …") matches the first's. */
export const comparable = (text: string): string => normalizeText(readDateline(text)?.rest ?? text);

/** The distinct words of a paragraph's `comparable` text, as `similarWords` compares them. */
export const comparableWords = (key: string): Set<string> => new Set(key.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);

/**
 * Whether two paragraphs are the same text, word for word or with small edits (a word changed
 * or added in a second pasted copy): the words they share are at least 80 % of both (Dice).
 */
export function nearDuplicate(a: string, b: string): boolean {
  return similarWords(comparableWords(comparable(a)), comparableWords(comparable(b)));
}

/** `nearDuplicate` of two paragraphs' `comparableWords`, for callers comparing each paragraph with many. */
export function similarWords(first: ReadonlySet<string>, second: ReadonlySet<string>): boolean {
  if (first.size < MIN_WORDS || second.size < MIN_WORDS) return false;
  // They share at most the smaller set: skip the count when even that is too few.
  if ((2 * Math.min(first.size, second.size)) / (first.size + second.size) < NEAR) return false;
  const shared = [...first].filter((word) => second.has(word)).length;
  return (2 * shared) / (first.size + second.size) >= NEAR;
}
