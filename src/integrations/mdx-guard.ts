import { relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { formatIssue } from '../lib/content/issues.ts';
import { mdxProblems } from '../lib/content/mdx.ts';

/**
 * Refuses to hand an .mdx file to the MDX compiler when it holds anything that would compile to
 * code (see mdxProblems): the compiled module runs in the build, beside its secrets. It runs
 * before the compiler on every .mdx file the build or the dev server loads, so content added or
 * changed after `npm run check` (or while `astro dev` runs) is refused too.
 */
export function mdxGuard(contentDir: string, root = process.cwd()): Plugin {
  return {
    name: 'warta:mdx-guard',
    enforce: 'pre',
    transform: {
      order: 'pre',
      filter: { id: /\.mdx(?:$|\?)/i },
      handler(code, id) {
        const absolute = id.split('?')[0] ?? id;
        const problems = mdxProblems(code, absolute, contentDir);
        if (problems.length === 0) return undefined;
        const file = relative(root, absolute).split(sep).join('/');
        throw new Error(
          `${problems.length === 1 ? 'an .mdx file holds code' : `an .mdx file holds code in ${problems.length} places`}; nothing was compiled:\n` +
            problems.map((problem) => formatIssue({ file, path: '', severity: 'error', ...problem })).join('\n'),
        );
      },
    },
  };
}
