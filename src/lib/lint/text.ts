/** A block of text separated from the next by a blank line, with the line it starts on. */
export interface Paragraph {
  /** The paragraph's lines joined with "\n", so offsets map back to lines. */
  text: string;
  /** 1-based line in the file. */
  line: number;
}

/** A position in a file. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Splits a Markdown body into paragraphs, skipping fenced code blocks.
 * @param firstLine the file line on which the body starts
 */
export function paragraphs(body: string, firstLine: number): Paragraph[] {
  const result: Paragraph[] = [];
  let current: string[] = [];
  let start = 0;
  let fenced = false;
  const flush = () => {
    if (current.length > 0) result.push({ text: current.join('\n'), line: start });
    current = [];
  };
  body.split(/\r?\n/).forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) {
      flush();
      fenced = !fenced;
      return;
    }
    if (fenced) return;
    if (line.trim() === '') flush();
    else {
      if (current.length === 0) start = firstLine + index;
      current.push(line);
    }
  });
  flush();
  return result;
}

/** The file position of an offset inside a paragraph. */
export function positionIn(paragraph: Paragraph, offset: number): Position {
  const before = paragraph.text.slice(0, offset);
  const lines = before.split('\n');
  return { line: paragraph.line + lines.length - 1, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Typographic quotes as straight ones, one character for one, so offsets stay valid. */
export function straightQuotes(text: string): string {
  return text.replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"').replace(/[\u2018\u2019]/g, "'");
}

/** Text compared for sameness: straight quotes, single spaces, no Markdown emphasis. */
export function normalizeText(text: string): string {
  return straightQuotes(text).replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
}

/** A value shown in a message without repeating personal data in logs: "0812-3456-7890" -> "08**-****-**90". */
export function mask(value: string): string {
  const at = value.indexOf('@');
  if (at > 0) return `${value[0]}${'*'.repeat(Math.max(at - 1, 1))}${value.slice(at)}`;
  let seen = 0;
  const total = value.replace(/[^A-Za-z0-9]/g, '').length;
  return value.replace(/[A-Za-z0-9]/g, (char) => {
    seen += 1;
    return seen <= 2 || seen > total - 2 ? char : '*';
  });
}

/** A long text shortened for a one-line message. */
export function excerpt(text: string, length = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 3).trimEnd()}...` : flat;
}
