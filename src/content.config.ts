import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { MeetingSchema } from './schemas/meeting.ts';
import { OrganizationSchema } from './schemas/organization.ts';
import { PersonSchema } from './schemas/person.ts';
import { pressReleaseSchema } from './schemas/press-release.ts';
import { RegionSchema } from './schemas/region.ts';
import { entryId, LAYOUT, listContent } from './lib/content/read.ts';

const contentDir = resolve(process.env['WARTA_CONTENT'] || 'content');
const listing = listContent(contentDir, process.cwd());

/** A glob loader that fails the build if it loaded fewer records than there are files. */
function records(folder: string, expected: number): Loader {
  const inner = glob({
    base: resolve(contentDir, folder),
    pattern: '**/[^_]*.{md,mdx}',
    generateId: ({ entry }) => entryId(entry),
    // Pages use the rendered HTML; the Markdown source is read by the content check, not from here.
    retainBody: false,
  });
  return {
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
  };
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
    loader: file(resolve(contentDir, LAYOUT.organizations)),
    schema: OrganizationSchema,
  }),
  people: defineCollection({ loader: file(resolve(contentDir, LAYOUT.people)), schema: PersonSchema }),
  regions: defineCollection({ loader: file(resolve(contentDir, LAYOUT.regions)), schema: RegionSchema }),
};
