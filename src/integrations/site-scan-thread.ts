import { Worker } from 'node:worker_threads';
import type { ContentSet } from '../lib/content/load.ts';
import { portableContent } from '../lib/content/portable.ts';
import type { PageRefs } from '../lib/links.ts';
import type { Leak, Secret } from '../lib/vault/leaks.ts';
import type { Withheld } from './internal-assets.ts';
import type { SiteScan } from './site-scan.ts';

/** The questions a SiteScan answers, asked across threads. */
export type SiteScanQuestion = {
  [Name in 'pages' | 'levelLeaks' | 'scan' | 'finish']: { id: number; ask: Name; with: Parameters<SiteScan[Name]> };
}['pages' | 'levelLeaks' | 'scan' | 'finish'];

/** A message to the scan's thread: what it starts from (the first), pages just written, or a question. */
export type SiteScanMessage = { start: SiteScanStart } | { written: string[] } | SiteScanQuestion;

/** The thread's answer to question `id`. */
export type SiteScanAnswer = { id: number; answer: unknown } | { id: number; error: string };

/** What the scan's thread starts from. */
export interface SiteScanStart {
  dist: string;
  content: ReturnType<typeof portableContent>;
  now: Date;
  secrets: Secret[];
}

/** A SiteScan (site-scan.ts) on a thread of its own. */
export interface SiteScanThread {
  /** The site folder it reads. */
  dist: string;
  /** Astro has written the page at this URL path: read it now, on the scan's thread. */
  written(urlPath: string): void;
  pages(): Promise<Map<string, PageRefs>>;
  levelLeaks(): Promise<Leak[]>;
  scan(skip?: string): Promise<void>;
  finish(withheld?: Withheld[], internalSite?: string): Promise<Leak[]>;
  /** Ends the thread; questions still open fail. */
  close(): Promise<void>;
}

/**
 * Starts a SiteScan of `dist` on another thread, so that it reads each page as Astro writes it,
 * on the core that Astro's rendering (one thread) leaves idle, instead of after the last page,
 * when Pagefind needs both. Its needles are built there too. The thread holds the process open
 * only while a question waits for its answer: a build that fails before asking does not hang.
 */
export function scanOnThread(dist: string, content: ContentSet, now: Date, secrets: Secret[]): SiteScanThread {
  const worker = new Worker(new URL('./site-scan-worker.ts', import.meta.url));
  worker.unref();
  // As a message, not as workerData, which the thread would hold to its end (48 MiB of its heap
  // at 10 000 records): the content is needed only to build the needles.
  const start: SiteScanStart = { dist, content: portableContent(content), now, secrets };
  worker.postMessage({ start } satisfies SiteScanMessage);
  const waiting = new Map<number, { resolve: (answer: unknown) => void; reject: (error: Error) => void }>();
  let failure: Error | undefined;
  let next = 0;
  const fail = (error: Error) => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(failure);
    waiting.clear();
    worker.unref();
  };
  worker.on('message', (message: SiteScanAnswer) => {
    const question = waiting.get(message.id);
    waiting.delete(message.id);
    if (waiting.size === 0) worker.unref();
    if ('error' in message) question?.reject(new Error(message.error));
    else question?.resolve(message.answer);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the site scan's thread stopped (exit code ${code})`)));
  const ask = <T>(question: Omit<SiteScanQuestion, 'id'>): Promise<T> => {
    if (failure) return Promise.reject(failure);
    const id = next++;
    worker.ref();
    worker.postMessage({ ...question, id });
    return new Promise<T>((resolve, reject) =>
      waiting.set(id, { resolve: resolve as (answer: unknown) => void, reject }),
    );
  };
  return {
    dist,
    written: (urlPath) => {
      if (!failure) worker.postMessage({ written: [urlPath] } satisfies SiteScanMessage);
    },
    pages: () => ask({ ask: 'pages', with: [] }),
    levelLeaks: () => ask({ ask: 'levelLeaks', with: [] }),
    scan: (skip) => ask({ ask: 'scan', with: [skip] }),
    finish: (withheld = [], internalSite) => ask({ ask: 'finish', with: [withheld, internalSite] }),
    close: async () => {
      fail(new Error('the site scan was closed'));
      await worker.terminate();
    },
  };
}
