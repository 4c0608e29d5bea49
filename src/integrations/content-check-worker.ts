// The content check on a thread of its own (see content-check.ts): the full check, then the git
// history, sent back as one message.
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from '../lib/lint/check.ts';
import { portableContent } from '../lib/content/portable.ts';
import { readGitHistory } from '../lib/git-dates.ts';

const { contentDir, root } = workerData as { contentDir: string; root: string };
const { content, issues } = checkContent(contentDir, { root });
const git = readGitHistory(contentDir, (message) => console.warn(`[warta] ${message}`));
parentPort?.postMessage({ content: content && portableContent(content), issues, git });
