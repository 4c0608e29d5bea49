/**
 * Paragraphs of pasted text: blocks separated by blank lines (their lines joined), or, when the
 * text has no blank line, one paragraph per line, as web copy is pasted.
 */
export function splitParagraphs(text: string, standalone: (line: string) => boolean = () => false): string[] {
  const clean = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    // Typographic double quotes as the house style writes them: straight.
    .replace(/[\u201C\u201D\u201E]/g, '"');
  if (!/\n[ \t]*\n/.test(clean.trim()))
    return clean
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  return clean.split(/\n[ \t]*\n/).flatMap((block) => {
    // Credit lines ("Pewarta: ...") stand alone even when nothing separates them.
    const paragraphs: string[][] = [[]];
    for (const line of block.split('\n').map((item) => item.trim())) {
      if (standalone(line)) paragraphs.push([line], []);
      else paragraphs.at(-1)?.push(line);
    }
    return paragraphs.map((lines) => lines.join(' ').trim()).filter(Boolean);
  });
}
