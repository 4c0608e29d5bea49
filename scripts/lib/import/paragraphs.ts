/** A list item as pasted from a page: "- ", "• ", "* ", "· ". */
const BULLET = /^[-•*·▪‣◦]\s+/u;

/** Consecutive list items as one Markdown list paragraph ("- a\n- b"), as the page showed them. */
function joinLists(paragraphs: readonly string[]): string[] {
  const result: string[] = [];
  let inList = false;
  for (const paragraph of paragraphs) {
    const bullet = BULLET.test(paragraph);
    const item = paragraph.replace(BULLET, '- ');
    if (bullet && inList) result[result.length - 1] = `${result.at(-1) ?? ''}\n${item}`;
    else result.push(item);
    inList = bullet;
  }
  return result;
}

/**
 * Paragraphs of pasted text: blocks separated by blank lines (their lines joined), or, when the
 * text has no blank line, one paragraph per line, as web copy is pasted. List items stay one
 * Markdown list.
 */
export function splitParagraphs(text: string, standalone: (line: string) => boolean = () => false): string[] {
  const clean = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    // No-break spaces and tabs (pasted from tables and layouts) as plain spaces.
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    // Typographic double quotes as the house style writes them: straight.
    .replace(/[\u201C\u201D\u201E]/g, '"');
  if (!/\n[ \t]*\n/.test(clean.trim()))
    return joinLists(
      clean
        .split('\n')
        .map((line) => line.replace(/ +/g, ' ').trim())
        .filter(Boolean),
    );
  return joinLists(
    clean.split(/\n[ \t]*\n/).flatMap((block) => {
      // Credit lines ("Pewarta: ...") and list items stand alone even when nothing separates them.
      const paragraphs: string[][] = [[]];
      for (const line of block.split('\n').map((item) => item.replace(/ +/g, ' ').trim())) {
        if (standalone(line) || BULLET.test(line)) paragraphs.push([line], []);
        else paragraphs.at(-1)?.push(line);
      }
      return paragraphs.map((lines) => lines.join(' ').trim()).filter(Boolean);
    }),
  );
}
