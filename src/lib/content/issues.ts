/** One problem found in the content, pointing at the file and, when known, the line. */
export interface ContentIssue {
  /** Path from the project root, e.g. "content/meetings/2024/2024-11-22-rakor-pagaralam.md". */
  file: string;
  /** 1-based line, when the position is known. */
  line?: number;
  /** 1-based column, when the position is known. */
  column?: number;
  /** Field path such as "participants[2].organization"; empty for the whole file. */
  path: string;
  /** What is wrong and how to fix it. */
  message: string;
  /** Errors fail the build; warnings are printed. */
  severity: 'error' | 'warning';
}

/** A field path as editors read it: participants[2].organization. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** A value quoted for a message, shortened so one line stays one line. */
export function quote(value: unknown): string {
  const text = value instanceof Date ? value.toISOString() : JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}

/** `file:line:column: path message`, the form editors' tools and terminals link. */
export function formatIssue(issue: ContentIssue): string {
  const where = [issue.file, issue.line, issue.line ? issue.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const what = issue.path ? `${issue.path} ${issue.message}` : issue.message;
  return `${where}: ${issue.severity === 'warning' ? 'warning: ' : ''}${what}`;
}

/** Sorts issues by file and position so reports read top to bottom. */
export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** Thrown when content has errors; carries every issue so all are reported at once. */
export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    const errors = issues.filter((issue) => issue.severity === 'error');
    super(
      `${errors.length} content error${errors.length === 1 ? '' : 's'}; nothing was built:\n` +
        sortIssues(errors).map(formatIssue).join('\n'),
    );
    this.name = 'ContentError';
    this.issues = issues;
  }
}
