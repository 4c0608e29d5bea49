import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { ContentIssue } from './issues.ts';

/** A parsed YAML document (a data file or a Markdown file's frontmatter) that can point at its fields. */
export interface Source {
  /** Path from the project root. */
  file: string;
  /** Parsed data; undefined when the YAML is broken. */
  data: unknown;
  /** Markdown body after the frontmatter, for Markdown files. */
  body?: string;
  /** Line and column of the value at a field path (or of the key named in `key`). */
  locate(path: readonly PropertyKey[], key?: string): { line: number; column: number } | undefined;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/** Parses YAML text, turning syntax errors into issues with positions. */
export function parseYaml(file: string, text: string, lineOffset = 0): { source: Source; issues: ContentIssue[] } {
  const lineCounter = new LineCounter();
  // YAML 1.2 core schema: dates stay text, so the schemas decide how to read them.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const issues: ContentIssue[] = doc.errors.map((error) => ({
    file,
    ...position(error.pos[0]),
    path: '',
    message: `is not valid YAML: ${error.message.split('\n')[0]} (check indentation, colons and quotes)`,
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
  const data = issues.length > 0 ? undefined : doc.toJS();
  return { source: { file, data, locate }, issues };
}

/** Splits a Markdown file into frontmatter (parsed) and body. */
export function parseMarkdown(file: string, text: string): { source: Source; issues: ContentIssue[] } {
  if (text.trim() === '') {
    return {
      source: { file, data: undefined, body: '', locate: () => undefined },
      issues: [
        {
          file,
          path: '',
          severity: 'error',
          message: 'is empty: start from _template.md in the same folder, or delete the file',
        },
      ],
    };
  }
  const match = FRONTMATTER.exec(text);
  if (!match || match.index !== 0) {
    return {
      source: { file, data: undefined, body: text, locate: () => undefined },
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
  return { source: { ...parsed.source, data, body: text.slice(match[0].length) }, issues: parsed.issues };
}
