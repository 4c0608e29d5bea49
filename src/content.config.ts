import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { MeetingSchema } from './schemas/meeting.ts';
import { OrganizationSchema } from './schemas/organization.ts';
import { PersonSchema } from './schemas/person.ts';
import { pressReleaseSchema } from './schemas/press-release.ts';
import { RegionSchema } from './schemas/region.ts';
import { outsideLinks } from './lib/content/load.ts';
import { entryId, LAYOUT, listContent } from './lib/content/read.ts';
import { stopOnContentErrors } from './integrations/content-check.ts';

const contentDir = resolve(process.env['WARTA_CONTENT'] || 'content');
const listing = listContent(contentDir, process.cwd());

// The content check runs beside the loaders (src/integrations/content-check.ts), so they must not
// read what it refuses to read at all: a file that links out of the content folder (to a secret
// file, say) stops them before any reads it, as the check's report.
const linkedOut = outsideLinks(contentDir, listing).length > 0;

/**
 * A loader whose failure gives way to the content check's report: on content the check refuses,
 * its message names the file, line and field where Astro's would not.
 */
function checked(inner: Loader): Loader {
  return {
    ...inner,
    load: async (context) => {
      if (linkedOut) {
        await stopOnContentErrors();
        throw new Error('a content file links out of the content folder, yet the content check passed');
      }
      try {
        await inner.load(context);
      } catch (error) {
        await stopOnContentErrors();
        throw error;
      }
    },
  };
}

/** A glob loader that fails the build if it loaded fewer records than there are files. */
function records(folder: string, expected: number): Loader {
  const inner = glob({
    base: resolve(contentDir, folder),
    pattern: '**/[^_]*.{md,mdx}',
    generateId: ({ entry }) => entryId(entry),
    // Pages use the rendered HTML; the Markdown source is read by the content check, not from here.
    retainBody: false,
  });
  return checked({
    name: 'warta:records',
    load: async (context) => {
      await inner.load(context);
      const loaded = context.store.keys().length;
      if (loaded !== expected) {
        throw new Error(
          `${folder}: loaded ${loaded} records from ${expected} files; a record was dropped or duplicated`,
        );
      }
    },
  });
}

export const collections = {
  releases: defineCollection({
    loader: records(LAYOUT.releases, listing.releases.entries.length),
    schema: ({ image }) => pressReleaseSchema(image()),
  }),
  meetings: defineCollection({
    loader: records(LAYOUT.meetings, listing.meetings.entries.length),
    schema: MeetingSchema,
  }),
  organizations: defineCollection({
    loader: checked(file(resolve(contentDir, LAYOUT.organizations))),
    schema: OrganizationSchema,
  }),
  people: defineCollection({ loader: checked(file(resolve(contentDir, LAYOUT.people))), schema: PersonSchema }),
  regions: defineCollection({ loader: checked(file(resolve(contentDir, LAYOUT.regions))), schema: RegionSchema }),
};
