import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import type { ContentIssue } from './issues.ts';

/** A parsed YAML document (a data file or a Markdown file's frontmatter) that can point at its fields. */
export interface Source {
  /** Path from the project root. */
  file: string;
  /** Parsed data; undefined when the YAML is broken. */
  data: unknown;
  /** Markdown body after the frontmatter, for Markdown files. */
  body?: string;
  /** 1-based line of the file on which the body starts, for Markdown files. */
  bodyLine?: number;
  /** Line and column of the value at a field path (or of the key named in `key`). */
  locate(path: readonly PropertyKey[], key?: string): { line: number; column: number } | undefined;
  /** The text of a single value as written, e.g. "16.10" where YAML read the number 16.1. */
  raw(path: readonly PropertyKey[]): string | undefined;
}

const NOWHERE: Pick<Source, 'locate' | 'raw'> = { locate: () => undefined, raw: () => undefined };

/** Plain words for the YAML parser's commonest complaints. */
const YAML_PROBLEMS: Partial<Record<string, string>> = {
  BAD_INDENT: 'the indentation is wrong',
  DUPLICATE_KEY: 'a field appears twice',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  MULTILINE_IMPLICIT_KEY: 'a line is missing its colon, or a value runs over several lines without quotes',
  BLOCK_AS_IMPLICIT_KEY: 'a line is missing its colon, or a value runs over several lines without quotes',
  TAB_AS_INDENT: 'tabs are used for indentation: use spaces',
};

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/**
 * The first line with an odd number of double quotes: where an unclosed quote starts. The parser
 * only notices at the end of the text, which is no help to an editor.
 */
function unbalancedQuote(text: string, lineOffset: number): { line: number; column: number } | undefined {
  const index = text.split('\n').findIndex((line) => (line.match(/(?<!\\)"/g)?.length ?? 0) % 2 === 1);
  return index < 0 ? undefined : { line: index + 1 + lineOffset, column: 1 };
}

/**
 * Parses YAML text, turning syntax errors into issues with positions. js-yaml reads the data (the
 * parser Astro renders from, ten times faster than the positional one); the `yaml` document that
 * knows where each value is written is built only for a file js-yaml rejects or when an issue asks
 * where a field is, so no syntax tree is kept per record. Both read YAML 1.2's core schema: dates
 * stay text, so the schemas decide how to read them. On rare inputs the two differ (js-yaml reads
 * `0b101` as 5 and tolerates a comment glued to a closing quote); js-yaml's reading is the one used.
 */
export function parseYaml(file: string, withBom: string, lineOffset = 0): { source: Source; issues: ContentIssue[] } {
  const text = withBom.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA }) ?? null;
  } catch {
    return parseYamlDocument(file, text, lineOffset); // for the syntax error's message and position
  }
  if (repeatsCollection(data)) return aliasIssue(file, text, lineOffset);
  let parsed: ReturnType<typeof parseYamlDocument> | undefined;
  const positions = () => (parsed ??= parseYamlDocument(file, text, lineOffset)).source;
  return {
    source: { file, data, locate: (path, key) => positions().locate(path, key), raw: (path) => positions().raw(path) },
    issues: [],
  };
}

/**
 * True when one list or group of fields is reached twice: a YAML alias (`*name`) repeating a
 * collection. Each repetition can repeat the last, so a few lines can stand for billions of
 * values (an "alias bomb") that validation would walk one by one. Visits each value once.
 */
function repeatsCollection(data: unknown): boolean {
  const seen = new Set<object>();
  const visitValue = (value: unknown): boolean => {
    if (value === null || typeof value !== 'object' || value instanceof Date) return false;
    if (seen.has(value)) return true;
    seen.add(value);
    return Object.values(value).some(visitValue);
  };
  return visitValue(data);
}

const ALIAS =
  'repeats a list or group of fields with a YAML alias (*name), which content may not use: a few such lines can expand without limit; write the values out';

/** The alias issue, at the first alias of the file. */
function aliasIssue(file: string, text: string, lineOffset: number): { source: Source; issues: ContentIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  let at: { line: number; column: number } | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (!node.range) return undefined;
      const { line, col } = lineCounter.linePos(node.range[0]);
      at = { line: line + lineOffset, column: col };
      return visit.BREAK;
    },
  });
  return {
    source: { file, data: undefined, ...NOWHERE },
    issues: [{ file, ...at, path: '', severity: 'error', message: ALIAS }],
  };
}

function parseYamlDocument(file: string, text: string, lineOffset: number): { source: Source; issues: ContentIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const issues: ContentIssue[] = doc.errors.map((error) => ({
    file,
    ...(error.code === 'MISSING_CHAR'
      ? (unbalancedQuote(text, lineOffset) ?? position(error.pos[0]))
      : position(error.pos[0])),
    path: '',
    message: `is not valid YAML: ${YAML_PROBLEMS[error.code] ?? error.message.split(' at line')[0]} (check indentation, colons and quotes)`,
    severity: 'error',
  }));
  const locate: Source['locate'] = (path, key) => {
    const node = doc.getIn(path as unknown[], true) as Node | undefined;
    if (key !== undefined && isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range) return position(pair.key.range[0]);
    }
    if (node && (isScalar(node) || isMap(node) || isSeq(node)) && node.range) return position(node.range[0]);
    return path.length > 0 ? locate(path.slice(0, -1)) : undefined;
  };
  const raw: Source['raw'] = (path) => {
    const node = doc.getIn(path as unknown[], true) as Node | undefined;
    return isScalar(node) && node.range ? text.slice(node.range[0], node.range[1]).trim() : undefined;
  };
  if (issues.length > 0) return { source: { file, data: undefined, locate, raw }, issues };
  let data: unknown;
  try {
    data = doc.toJS(); // refuses more than 100 aliases, with a ReferenceError
  } catch (error) {
    if (error instanceof ReferenceError) return aliasIssue(file, text, lineOffset);
    throw error;
  }
  if (repeatsCollection(data)) return aliasIssue(file, text, lineOffset);
  return { source: { file, data, locate, raw }, issues };
}

/** Splits a Markdown file into frontmatter (parsed) and body. */
export function parseMarkdown(file: string, withBom: string): { source: Source; issues: ContentIssue[] } {
  const text = withBom.replace(/^\uFEFF/, ''); // editors on Windows save a byte-order mark
  if (text.trim() === '') {
    return {
      source: { file, data: undefined, body: '', ...NOWHERE },
      issues: [
        {
          file,
          path: '',
          severity: 'error',
          message: 'is empty: fill it in (the _template.md of its collection lists every field) or delete it',
        },
      ],
    };
  }
  const match = FRONTMATTER.exec(text);
  if (!match || match.index !== 0) {
    return {
      source: { file, data: undefined, body: text, ...NOWHERE },
      issues: [
        {
          file,
          line: 1,
          column: 1,
          path: '',
          severity: 'error',
          message: 'has no frontmatter: the file must begin with a line "---", the fields, and another "---"',
        },
      ],
    };
  }
  const parsed = parseYaml(file, match[1] ?? '', 1);
  const data = parsed.source.data ?? (parsed.issues.length > 0 ? undefined : {});
  const bodyLine = match[0].split('\n').length;
  return { source: { ...parsed.source, data, body: text.slice(match[0].length), bodyLine }, issues: parsed.issues };
}
