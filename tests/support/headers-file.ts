// Reads a `_headers` file (Netlify, Cloudflare Pages) the way those hosts do, for the deploy tests.

/** The rules of a `_headers` file, in order: [pattern, headers]. */
export function parseHeadersFile(text: string): [string, Record<string, string>][] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')))
    .filter((lines) => lines.length > 0)
    .map(([pattern = '', ...lines]) => [
      pattern,
      Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
      ),
    ]);
}

/** What the hosts send for a path: the headers of every rule that matches it, a later rule winning. */
export function headersFor(rules: [string, Record<string, string>][], path: string): Record<string, string> {
  const matches = (pattern: string) =>
    pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
  return Object.assign({}, ...rules.filter(([pattern]) => matches(pattern)).map(([, headers]) => headers));
}
