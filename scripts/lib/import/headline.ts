import { readDateline } from '../../../src/lib/wire/dateline.ts';
import type { Evidence } from './wire.ts';

/** A unit's name as an office's news page prints it above the headline, or signs the text with. */
export const UNIT = /^(?:Tim\s+)?(?:Humas|HUMAS|Redaksi|Admin)\b[\p{L}\s.]{0,60}$/u;

/** A headline: short, one line, no closing period, not the start of the story. */
function isHeadline(paragraph: string): boolean {
  return paragraph.length <= 160 && !/[.:;,]$/.test(paragraph) && readDateline(paragraph) === undefined;
}

/**
 * The headline above the story, and the unit an office's own page names above it ("Humas Kanim
 * Muara Enim", the author), taken off the paragraphs.
 */
export function takeHeadline(paragraphs: readonly string[]): {
  title?: string;
  unit?: string;
  paragraphs: string[];
  evidence: Evidence[];
} {
  const result: ReturnType<typeof takeHeadline> = { paragraphs: [...paragraphs], evidence: [] };
  const [unit, headline, opening] = paragraphs;
  if (unit && headline && opening && UNIT.test(unit) && isHeadline(headline) && readDateline(opening)) {
    result.unit = unit;
    result.paragraphs.shift();
  }
  // A text that is only a headline still has its title: the summary and body stay TODO.
  const [first, second] = result.paragraphs;
  if (first !== undefined && isHeadline(first) && (second !== undefined || !/[.!?"]$/.test(first))) {
    result.title = first.replace(/\s+/g, ' ');
    result.evidence.push({ field: 'title', value: result.title, from: first });
    result.paragraphs.shift();
  }
  return result;
}
