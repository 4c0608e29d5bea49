import { bylineName, junkKind, LEAD_JUNK, readCredits, type JunkKind } from '../../../src/lib/wire/junk.ts';
import { writtenDay } from '../../../src/lib/wire/dates.ts';
import { excerpt } from '../../../src/lib/lint/text.ts';
import type { Evidence } from './wire.ts';

/** The text without page furniture, and what the furniture said about the release. */
export interface Furnished {
  paragraphs: string[];
  author?: string;
  editor?: string;
  /** The page's date stamp ("Senin, 17 Maret 2025 | 10:15 WIB"): its day and words. */
  stamp?: { day: string; words: string };
  evidence: Evidence[];
  /** Captions, bylines and date stamps taken out, for the warning: 'photo caption "Suasana…"'. */
  removed: string[];
}

/** Furniture that could pass for text, named in the warning so the editor can check it went. */
const LABEL: Partial<Record<string, string>> = {
  caption: 'photo caption',
  byline: 'byline',
  'date-time': 'date stamp',
};

/**
 * Takes page furniture out of pasted paragraphs. Credits give the author and editor, a byline the
 * author when no credit does, the page's date stamp the day of publication (its time is the
 * outlet's, not the office's).
 */
export function stripFurniture(paragraphs: readonly string[]): Furnished {
  const result: Furnished = { paragraphs: [], evidence: [], removed: [] };
  const credit = (field: 'author' | 'editor', value: string | undefined, from: string) => {
    if (value === undefined || result[field] !== undefined) return;
    result[field] = value;
    result.evidence.push({ field, value, from });
  };
  let linked = false;
  for (const paragraph of paragraphs) {
    // "Baca juga:" alone on its line links the headline on the next one.
    const kind: JunkKind | undefined = linked && !/[.!?"]$/.test(paragraph) ? 'read-also' : junkKind(paragraph);
    linked = kind === 'read-also' && /:\s*$/.test(paragraph);
    if (kind === undefined) {
      result.paragraphs.push(paragraph);
      continue;
    }
    if (LEAD_JUNK.has(kind)) result.removed.push(`${LABEL[kind]} "${excerpt(paragraph, 50)}"`);
    if (kind === 'credits') {
      const { author, editor } = readCredits(paragraph);
      credit('author', author, paragraph);
      credit('editor', editor, paragraph);
    }
    if (kind === 'byline') credit('author', bylineName(paragraph), paragraph);
    const day = kind === 'date-time' ? writtenDay(paragraph) : undefined;
    if (day !== undefined && result.stamp === undefined) {
      result.stamp = { day, words: paragraph };
    }
  }
  return result;
}
