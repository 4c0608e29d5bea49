// Decides whether a scheduled run publishes (scripts/lib/publish-gate.ts): prints `true` or
// `false`, and why on stderr. Used by the workflow's first job:
//   SITE_URL=https://warta.example.org npm run --silent publish-gate
// Reads SITE_URL (the live site), GITHUB_SHA (the commit to build; default: git's HEAD),
// REFRESH_HOURS (default 24) and WARTA_CONTENT (default: content).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import { decidePublish, type LiveReport } from './lib/publish-gate.ts';

async function fetchLiveReport(siteUrl: string | undefined): Promise<LiveReport> {
  if (!siteUrl) return { found: false, why: 'SITE_URL is not set' };
  // A query string of its own, so that no cache between here and the host answers with an old copy.
  const url = `${siteUrl.replace(/\/$/, '')}/build.json?gate=${process.env['GITHUB_RUN_ID'] ?? Date.now()}`;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(20_000) });
    if (!response.ok) return { found: false, why: `${url} answered ${response.status}` };
    return { found: true, text: await response.text() };
  } catch (error) {
    return { found: false, why: `${url} is unreachable (${(error as Error).message})` };
  }
}

const env = process.env;
const head = env['GITHUB_SHA'] || execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
const { publish, reason } = decidePublish({
  live: await fetchLiveReport(env['SITE_URL']),
  head,
  content: loadContent(resolve(env['WARTA_CONTENT'] || 'content')).content,
  now: new Date(),
  refreshHours: Number(env['REFRESH_HOURS'] || 24),
});
console.error(`publish: ${publish} (${reason})`);
console.log(publish);
