import { readDateline } from '../../../src/lib/wire/dateline.ts';
import { comparable, nearDuplicate } from '../../../src/lib/wire/repeats.ts';
import { excerpt, normalizeText } from '../../../src/lib/lint/text.ts';

/** A paragraph quoted in the warning, short and without its own quotation marks. */
const quoted = (paragraph: string, length: number) => `"${excerpt(paragraph.replace(/"/g, ''), length)}"`;
const times = (count: number) => (count === 1 ? '' : `, ${count} times`);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * A text pasted more than once, cleaned: the later copies' headlines, their leads (starting again
 * with the dateline) and every paragraph seen before, word for word or with small edits, go. The
 * warning says what went and how many copies there were, or is undefined.
 * @param lead the first copy's lead without its dateline
 */
export function removeRepeats(
  paragraphs: readonly string[],
  title: string | undefined,
  lead: string | undefined,
): { paragraphs: string[]; warning?: string } {
  const headline = title === undefined ? undefined : normalizeText(title);
  const seen = new Set<string>();
  const kept: string[] = [];
  const removed = { headlines: [] as string[], leads: [] as string[], repeats: [] as string[], edited: [] as string[] };
  for (const paragraph of paragraphs) {
    const key = comparable(paragraph);
    const again = seen.has(key);
    const edited = !again && kept.some((earlier) => nearDuplicate(earlier, paragraph));
    if (normalizeText(paragraph) === headline) removed.headlines.push(paragraph);
    else if ((again || edited) && readDateline(paragraph) && lead !== undefined && nearDuplicate(lead, paragraph))
      removed.leads.push(paragraph);
    else if (again) removed.repeats.push(paragraph);
    else if (edited) removed.edited.push(paragraph);
    else {
      seen.add(key);
      kept.push(paragraph);
    }
  }
  const { headlines, leads, repeats, edited } = removed;
  const list = (items: string[]) => items.map((paragraph) => quoted(paragraph, 40)).join(', ');
  const parts = [
    ...(headlines[0] ? [`the headline again${times(headlines.length)} (${quoted(headlines[0], 50)})`] : []),
    ...(leads[0] ? [`the lead again with its dateline${times(leads.length)} (${quoted(leads[0], 50)})`] : []),
    ...(repeats.length > 0 ? [`${plural(repeats.length, 'repeated paragraph')} (${list(repeats)})`] : []),
    ...(edited.length > 0
      ? [`${plural(edited.length, 'paragraph')} repeated with small changes (${list(edited)})`]
      : []),
  ];
  if (parts.length === 0) return { paragraphs: kept };
  const what = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  const copies = 1 + Math.max(headlines.length, leads.length, 1);
  const pasted = copies === 2 ? 'pasted twice' : `pasted ${copies} times`;
  return { paragraphs: kept, warning: `removed ${what}: the same text was probably ${pasted}` };
}
