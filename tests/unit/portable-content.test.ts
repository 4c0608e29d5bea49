import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentOrThrow } from '../../src/lib/content/load.ts';
import { portableContent, restoredContent } from '../../src/lib/content/portable.ts';
import { describeBrokenLinks } from '../../src/lib/link-report.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'valid');

describe('the content sent from the check thread', () => {
  const { content } = loadContentOrThrow(FIXTURE);

  it('cannot cross as it is: its sources hold functions', () => {
    expect(() => structuredClone(content)).toThrow(/could not be cloned/);
  });

  it('crosses portable, and comes back with every record, its data and its body', () => {
    const back = restoredContent(structuredClone(portableContent(content)));
    expect(back.site).toEqual(content.site);
    expect(back.organizations).toEqual(content.organizations);
    for (const kind of ['releases', 'meetings'] as const) {
      expect(back[kind].map(({ id, file, data, body }) => ({ id, file, data, body }))).toEqual(
        content[kind].map(({ id, file, data, body }) => ({ id, file, data, body })),
      );
      expect(back[kind].map((entry) => entry.source.bodyLine)).toEqual(
        content[kind].map((entry) => entry.source.bodyLine),
      );
    }
    // Dates stay dates: the visibility rules compare them.
    expect(back.releases[0]?.data.publishedAt).toBeInstanceOf(Date);
  });

  it('still places a broken link on the line of the file where an editor wrote it', () => {
    const release = content.releases[0];
    if (!release) throw new Error('the fixture has releases');
    const line = release.body.split('\n').findIndex((text) => text.trim() !== '');
    const href = release.body.split('\n')[line]?.trim().slice(0, 12) ?? '';
    const broken = [{ page: `/siaran-pers/${release.id}/index.html`, href, problem: 'no such page or file' as const }];
    const back = restoredContent(structuredClone(portableContent(content)));
    expect(describeBrokenLinks(broken, back)).toBe(describeBrokenLinks(broken, content));
    expect(describeBrokenLinks(broken, back)).toContain(`line ${(release.source.bodyLine ?? 0) + line}`);
  });
});
