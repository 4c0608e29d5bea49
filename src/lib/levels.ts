// Access levels of the internal section: the archive security classes of Indonesian government
// records, lowest first. A password grants a clearance, the highest level it opens; each level has
// its own keys (docs/vault-format.md). No zod here: the service worker bundles this module.

/** The levels, lowest first: a clearance opens its own level and every one below it. */
export const LEVELS = ['biasa', 'terbatas', 'rahasia', 'sangat-rahasia'] as const;

export type Level = (typeof LEVELS)[number];

/** The clearance of a WARTA_PASSWORDS line that names none: least privilege (docs/internal-section.md#clearances). */
export const DEFAULT_CLEARANCE: Level = 'biasa';

/** The level of embargoed and internal-only releases, which have no classification of their own. */
export const RELEASE_LEVEL: Level = 'terbatas';

/** The highest level: the development password's clearance, and the one that sees everything. */
export const TOP_LEVEL: Level = 'sangat-rahasia';

export function isLevel(value: unknown): value is Level {
  return (LEVELS as readonly unknown[]).includes(value);
}

/** True when a session of `clearance` may read a record of `level`. */
export function within(level: Level, clearance: Level): boolean {
  return LEVELS.indexOf(level) <= LEVELS.indexOf(clearance);
}

/** The levels a clearance opens, lowest first. */
export function levelsUpTo(clearance: Level): Level[] {
  return LEVELS.slice(0, LEVELS.indexOf(clearance) + 1);
}

/** The lowest of some levels (the level of a file that pages of several levels show). */
export function lowest(levels: Iterable<Level>): Level | undefined {
  let low: Level | undefined;
  for (const level of levels) if (low === undefined || LEVELS.indexOf(level) < LEVELS.indexOf(low)) low = level;
  return low;
}

/** The highest of some levels (the class a printed report of records of several levels carries). */
export function highest(levels: Iterable<Level>): Level | undefined {
  let high: Level | undefined;
  for (const level of levels) if (high === undefined || LEVELS.indexOf(level) > LEVELS.indexOf(high)) high = level;
  return high;
}
