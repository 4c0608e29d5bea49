import { readDateline } from '../../../src/lib/wire/dateline.ts';
import { excerpt, normalizeText } from '../../../src/lib/lint/text.ts';

/** A paragraph quoted in the warning, short and without its own quotation marks. */
const quoted = (paragraph: string, length: number) => `"${excerpt(paragraph.replace(/"/g, ''), length)}"`;

/**
 * A text pasted twice, cleaned: the second copy's headline, its lead (starting again with the
 * dateline) and every paragraph seen before go. The warning says what went, or is undefined.
 * @param lead the first copy's lead without its dateline
 */
export function removeRepeats(
  paragraphs: readonly string[],
  title: string | undefined,
  lead: string | undefined,
): { paragraphs: string[]; warning?: string } {
  const headline = title === undefined ? undefined : normalizeText(title);
  const leadKey = lead === undefined ? undefined : normalizeText(lead);
  const seen = new Set<string>();
  const kept: string[] = [];
  const removed = { headline: '', lead: '', repeats: [] as string[] };
  for (const paragraph of paragraphs) {
    const key = normalizeText(paragraph);
    const dateline = readDateline(paragraph);
    if (key === headline) removed.headline = paragraph;
    else if (dateline && leadKey !== undefined && normalizeText(dateline.rest) === leadKey && seen.has(leadKey))
      removed.lead = paragraph;
    else if (seen.has(key)) removed.repeats.push(paragraph);
    else {
      seen.add(key);
      kept.push(paragraph);
    }
  }
  const parts = [
    ...(removed.headline ? [`the headline again (${quoted(removed.headline, 50)})`] : []),
    ...(removed.lead ? [`the lead again with its dateline (${quoted(removed.lead, 50)})`] : []),
    ...(removed.repeats.length > 0
      ? [
          `${removed.repeats.length} repeated paragraph${removed.repeats.length === 1 ? '' : 's'} (${removed.repeats
            .map((paragraph) => quoted(paragraph, 40))
            .join(', ')})`,
        ]
      : []),
  ];
  if (parts.length === 0) return { paragraphs: kept };
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return { paragraphs: kept, warning: `removed ${list}: the same text was probably pasted twice` };
}
