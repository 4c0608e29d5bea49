// A SiteScan on a thread of its own (see site-scan-thread.ts): pages are read as their paths
// arrive, and questions are answered in the order they were asked.
import { parentPort, workerData } from 'node:worker_threads';
import { restoredContent } from '../lib/content/portable.ts';
import { SiteScan } from './site-scan.ts';
import type { SiteScanAnswer, SiteScanMessage, SiteScanStart } from './site-scan-thread.ts';

const { dist, content, now, secrets } = workerData as SiteScanStart;
const scan = new SiteScan(dist, restoredContent(content), now, secrets);
parentPort?.on('message', (message: SiteScanMessage) => {
  if ('written' in message) return scan.read(message.written);
  let reply: SiteScanAnswer;
  try {
    reply = { id: message.id, answer: (scan[message.ask] as (...args: unknown[]) => unknown)(...message.with) };
  } catch (error) {
    reply = { id: message.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
