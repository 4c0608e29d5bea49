import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { formatIssue, sortIssues, type ContentIssue } from '../../src/lib/content/issues.ts';
import { loadContent } from '../../src/lib/content/load.ts';

/**
 * The fixtures folder: valid/ is a complete content folder, invalid/<case>/ are overlays on it,
 * other-office/ is a minimal content folder of another office, which shares none of valid/'s ids.
 */
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const VALID = join(FIXTURES, 'valid');
export const OTHER_OFFICE = join(FIXTURES, 'other-office');
export const INVALID = join(FIXTURES, 'invalid');

/** A copy of a fixture at <root>/content, so messages name files as "content/...". */
export interface FixtureCopy {
  root: string;
  contentDir: string;
  remove(): void;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile());
}

/**
 * Copies tests/fixtures/valid into a temporary <root>/content and, for an invalid case, copies
 * its overlay on top. An overlay file named "<name>.delete" deletes "<name>" from the copy.
 */
export function copyFixture(invalidCase?: string): FixtureCopy {
  const root = mkdtempSync(join(tmpdir(), 'warta-content-'));
  const contentDir = join(root, 'content');
  cpSync(VALID, contentDir, { recursive: true });
  if (invalidCase !== undefined) {
    const overlay = join(INVALID, invalidCase);
    if (!statSync(overlay, { throwIfNoEntry: false })?.isDirectory()) {
      throw new Error(`No invalid fixture named ${invalidCase} in ${INVALID}`);
    }
    for (const name of filesUnder(overlay)) {
      if (name.endsWith('.delete')) {
        const target = join(contentDir, name.slice(0, -'.delete'.length));
        if (!statSync(target, { throwIfNoEntry: false })) {
          throw new Error(`${invalidCase}/${name} deletes ${relative(root, target)}, which the valid fixture lacks`);
        }
        rmSync(target, { recursive: true });
      } else {
        cpSync(join(overlay, name), join(contentDir, name));
      }
    }
  }
  return { root, contentDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Loads a fixture copy the way `npm run check` does, then removes the copy. */
export function loadFixture(invalidCase?: string): ReturnType<typeof loadContent> {
  const copy = copyFixture(invalidCase);
  try {
    return loadContent(copy.contentDir, { root: copy.root });
  } finally {
    copy.remove();
  }
}

/** The issues as `npm run check` prints them: sorted, one formatted line each. */
export function report(issues: readonly ContentIssue[]): string {
  return sortIssues(issues).map(formatIssue).join('\n');
}

/** Names of the invalid cases present on disk. */
export function invalidCases(): string[] {
  return readdirSync(INVALID, { withFileTypes: true })
    .filter((item) => item.isDirectory())
    .map((item) => item.name)
    .sort();
}
