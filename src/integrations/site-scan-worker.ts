// A SiteScan on a thread of its own (see site-scan-thread.ts): pages are read as their paths
// arrive, and questions are answered in the order they were asked.
import { parentPort } from 'node:worker_threads';
import { restoredContent } from '../lib/content/portable.ts';
import { SiteScan } from './site-scan.ts';
import type { SiteScanAnswer, SiteScanMessage } from './site-scan-thread.ts';

let scan: SiteScan | undefined; // from the first message, which says what to start from
parentPort?.on('message', (message: SiteScanMessage) => {
  if ('start' in message) {
    const { dist, content, now, secrets } = message.start;
    scan = new SiteScan(dist, restoredContent(content), now, secrets);
    return;
  }
  if (!scan) throw new Error('the site scan was asked before it started');
  if ('written' in message) return scan.read(message.written);
  let reply: SiteScanAnswer;
  try {
    reply = { id: message.id, answer: (scan[message.ask] as (...args: unknown[]) => unknown)(...message.with) };
  } catch (error) {
    reply = { id: message.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
