import { Worker } from 'node:worker_threads';
import { ContentError, formatIssue, sortIssues, type ContentIssue } from '../lib/content/issues.ts';
import type { ContentSet } from '../lib/content/load.ts';
import { restoredContent, type PortableContentSet } from '../lib/content/portable.ts';
import type { GitHistory } from '../lib/git-dates.ts';
import { WartaError } from '../lib/warta-error.ts';
import { stopPlainly } from './plain-errors.ts';

/** What the content check found, and the content's git history. */
export interface ContentCheck {
  /** The validated content; undefined when it has errors. */
  content: ContentSet | undefined;
  /** Every problem found in the content. */
  issues: ContentIssue[];
  /** The content's git history (last-updated dates, commits), when the site is in a repository. */
  git: GitHistory | undefined;
}

/**
 * Runs the content check on another thread, so that a build's start-up and Astro's content sync
 * (one thread each) run beside it instead of after it: nothing is written to the output before
 * the build waits for its verdict (astro:build:start).
 */
export function checkOnThread(contentDir: string, root: string): Promise<ContentCheck> {
  // A worker starts with a copy of process.env: the settings take the secrets out of it first.
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), {
      workerData: { contentDir, root },
    });
    worker.once('message', (result: Omit<ContentCheck, 'content'> & { content?: PortableContentSet }) =>
      resolve({ ...result, content: result.content && restoredContent(result.content) }),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the content check stopped (exit code ${code}) without a result`)));
  });
}

// content.config.ts is loaded by Astro in a module graph of its own: a variable of this module
// would be another copy there, so the check is shared through the process's global object.
const SHARED = Symbol.for('warta.content-check');
type Shared = { [SHARED]?: Promise<ContentCheck> };

/** Makes the build's check the one stopOnContentErrors waits for. */
export function shareContentCheck(check: Promise<ContentCheck>): void {
  (globalThis as Shared)[SHARED] = check;
}

/**
 * Prints the check's warnings, then ends the build with its plain report when the content has
 * errors; returns otherwise. Astro's content sync, which runs beside the check, calls it before
 * reporting a failure of its own, so that an editor reads which file, line and field to fix rather
 * than Astro's message.
 */
export async function stopOnContentErrors(
  check = (globalThis as Shared)[SHARED],
  warn: (line: string) => void = (line) => console.warn(line),
): Promise<void> {
  const result = await check;
  if (!result) return;
  for (const issue of sortIssues(result.issues)) if (issue.severity === 'warning') warn(formatIssue(issue));
  if (result.content) return;
  stopPlainly(
    new WartaError(
      new ContentError(result.issues).message,
      'Fix each line above (npm run check lists them without building), then build again.',
    ),
  );
}
