// The session's clearance, which decides the internal search bundles a page opens.
import type { Level } from '../lib/levels.ts';
import { ask } from './vault-ask.ts';

/**
 * The highest level this session opens, as the vault's worker tells it. Throws when it does not
 * (no worker, no answer, no session): the search then fails visibly and tries again on the next
 * query, instead of guessing a level.
 */
export async function sessionClearance(): Promise<Level> {
  const clearance = (await ask({ type: 'status' }))?.clearance;
  if (clearance === undefined) throw new Error("the vault's worker did not tell the session's clearance");
  return clearance;
}
