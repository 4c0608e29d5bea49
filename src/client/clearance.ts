// The session's clearance, which decides the internal search bundles a page opens.
import { LEVELS, type Level } from '../lib/internal/search-levels.ts';
import { ask } from './vault-ask.ts';

/**
 * The highest level this session opens, as the vault's worker tells it; every level when it names
 * none (one key opens the whole section).
 */
export async function sessionClearance(): Promise<Level> {
  const clearance = (await ask({ type: 'status' }))?.clearance;
  return LEVELS.find((level) => level === clearance) ?? (LEVELS.at(-1) as Level);
}
