import { join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { MeetingSchema, type MeetingData } from '../../schemas/meeting.ts';
import { OrganizationSchema, type Organization } from '../../schemas/organization.ts';
import { PersonSchema, type Person } from '../../schemas/person.ts';
import { pressReleaseSchema, type PressReleaseData } from '../../schemas/press-release.ts';
import { RegionSchema, type Region } from '../../schemas/region.ts';
import { SiteSchema, type Site } from '../../schemas/site.ts';
import { assetProblem, outsideLinkIssues, svgIssues, type AssetKind } from './files.ts';
import { signatureIssues } from './signatures.ts';
import { checkIntegrity, type Entry, type Item, type Records } from './integrity.ts';
import { ContentError, formatPath, type ContentIssue } from './issues.ts';
import { mdxProblems } from './mdx.ts';
import { entryId, LAYOUT, listContent, readText, type ContentFile, type ContentListing } from './read.ts';
import { parseMarkdown, parseYaml, type Source } from './source.ts';
import { validate } from './validate.ts';

/** The whole validated content of a site. */
export interface ContentSet {
  site: Site;
  regions: Region[];
  organizations: Organization[];
  people: Person[];
  releases: Entry<PressReleaseData>[];
  meetings: Entry<MeetingData>[];
}

/** The records and registries that passed their checks, even when others did not: lint reads these. */
export interface PartialContentSet extends Omit<ContentSet, 'site'> {
  site?: Site;
}

const STRAY =
  'is not loaded: records end in .md or .mdx, and only pictures and attachments (.jpg, .png, .webp, .pdf, ...) may sit beside them; rename, move or remove it';
const UNKNOWN =
  'does not belong in the content folder, which holds site.yaml, regions.yaml, organizations.yaml, people.yaml, press-releases/ and meetings/; move or remove it';

const HIDDEN =
  'is hidden (its name starts with "."), so editors and reviews miss it, yet a record could publish it: rename it without the dot, or remove it';

const FILE_NAME = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ReleaseFileSchema = pressReleaseSchema(z.string().min(1));

/** Every file of the content that is a link out of its folder (or to nothing), as an issue. */
export function outsideLinks(contentDir: string, listing: ContentListing): ContentIssue[] {
  return outsideLinkIssues(contentDir, [
    ...[listing.releases, listing.meetings].flatMap((folder) => [...folder.entries, ...folder.assets]),
    ...[listing.site, listing.regions, listing.organizations, listing.people],
  ]);
}

/**
 * Reads and checks everything under the content folder: syntax, schemas and cross-references.
 * Returns every issue found, so one run reports them all.
 */
export function loadContent(
  contentDir: string,
  { root = process.cwd() } = {},
): { content?: ContentSet; partial: PartialContentSet; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const listing = listContent(contentDir, root);

  for (const stray of listing.stray) {
    issues.push({ file: stray.file, path: '', severity: 'error', message: STRAY });
  }
  for (const unknown of listing.unknown) {
    issues.push({ file: unknown.file, path: '', severity: 'error', message: UNKNOWN });
  }
  for (const hidden of listing.hidden) {
    issues.push({ file: hidden.file, path: '', severity: 'error', message: HIDDEN });
  }
  issues.push(...svgIssues([...listing.releases.assets, ...listing.meetings.assets]));
  issues.push(...signatureIssues([...listing.releases.assets, ...listing.meetings.assets]));
  issues.push(...outsideLinks(contentDir, listing));

  const readData = (target: ContentFile): Source | undefined => {
    const text = readText(target.absolute);
    if (text === undefined) {
      issues.push({
        file: target.file,
        path: '',
        severity: 'error',
        message: 'is missing: every site needs this file (see the sample content)',
      });
      return undefined;
    }
    const parsed = parseYaml(target.file, text);
    issues.push(...parsed.issues);
    return parsed.issues.length > 0 ? undefined : parsed.source;
  };

  const invalidIds: Records['invalidIds'] = {
    regions: new Set(),
    organizations: new Set(),
    people: new Set(),
    releases: new Set(),
    meetings: new Set(),
  };
  const registry = <T>(
    target: ContentFile,
    schema: z.ZodType<T>,
    kind: 'regions' | 'organizations' | 'people',
  ): Item<T>[] => {
    const source = readData(target);
    // An empty file (or one with only comments) is an empty list.
    const items = source?.data ?? (source ? [] : undefined);
    if (!source || !Array.isArray(items)) {
      if (source) {
        issues.push({
          file: target.file,
          line: 1,
          column: 1,
          path: '',
          severity: 'error',
          message: 'must be a list of items, each starting with "- id:" (write [] for none)',
        });
      }
      invalidIds[kind] = 'unreadable';
      return [];
    }
    return items.flatMap((raw: unknown, index) => {
      const result = validate(source, schema, raw, [index]);
      issues.push(...result.issues);
      if (result.data !== undefined) return [{ data: result.data as T, index, source }];
      const known = invalidIds[kind];
      const id = (raw as { id?: unknown } | null)?.id;
      if (known !== 'unreadable' && id !== undefined) known.add(source.raw([index, 'id']) ?? String(id));
      return [];
    });
  };

  const siteSource = readData(listing.site);
  const site = siteSource ? validate(siteSource, SiteSchema) : { issues: [] };
  issues.push(...site.issues);
  const regions = registry(listing.regions, RegionSchema, 'regions');
  const organizations = registry(listing.organizations, OrganizationSchema, 'organizations');
  const people = registry(listing.people, PersonSchema, 'people');

  const records = <T>(
    files: ContentFile[],
    schema: z.ZodType<T>,
    assets: (data: T) => [PropertyKey[], string, AssetKind][],
    invalid: Set<string>,
  ): Entry<T>[] =>
    files.flatMap((target) => {
      const id = entryId(target.file);
      const text = readText(target.absolute) ?? '';
      const parsed = parseMarkdown(target.file, text);
      issues.push(...parsed.issues);
      if (/\.mdx$/i.test(target.file) && parsed.issues.length === 0) {
        for (const problem of mdxProblems(text, target.absolute, contentDir))
          issues.push({ file: target.file, path: '', severity: 'error', ...problem });
      }
      if (parsed.source.data === undefined) {
        invalid.add(id);
        return [];
      }
      if (!FILE_NAME.test(id)) {
        issues.push({
          file: target.file,
          path: '',
          severity: 'error',
          message:
            'has a name that is not YYYY-MM-DD-words-with-hyphens.md: rename it, e.g. 2024-11-23-rakor-tim-pora.md',
        });
      }
      const result = validate(parsed.source, schema);
      issues.push(...result.issues);
      if (result.data === undefined) {
        invalid.add(id);
        return [];
      }
      for (const [path, relativePath, kind] of assets(result.data)) {
        const problem = assetProblem(contentDir, target.absolute, relativePath, kind);
        if (problem) {
          issues.push({
            file: target.file,
            ...parsed.source.locate(path),
            path: formatPath(path),
            severity: 'error',
            message: problem,
          });
        }
      }
      return [{ id, file: target.file, data: result.data, body: parsed.source.body ?? '', source: parsed.source }];
    });

  const releases = records(
    listing.releases.entries,
    ReleaseFileSchema,
    (data) => (data.image ? [[['image', 'src'], data.image.src, 'picture']] : []),
    invalidIds.releases,
  );
  const meetings = records(
    listing.meetings.entries,
    MeetingSchema,
    (data) =>
      data.attachments.map((attachment, i): [PropertyKey[], string, AssetKind] => [
        ['attachments', i, 'file'],
        attachment.file,
        'attachment',
      ]),
    invalidIds.meetings,
  );

  issues.push(
    ...checkIntegrity({
      regions,
      organizations,
      people,
      releases,
      meetings,
      site: siteSource && site.data ? { data: site.data, source: siteSource } : undefined,
      files: {
        regions: listing.regions.file,
        organizations: listing.organizations.file,
        people: listing.people.file,
        releases: listing.releases.folder,
        meetings: listing.meetings.folder,
      },
      invalidIds,
    }),
  );

  const partial: PartialContentSet = {
    ...(site.data ? { site: site.data } : {}),
    regions: regions.map((item) => item.data),
    organizations: organizations.map((item) => item.data),
    people: people.map((item) => item.data),
    releases,
    meetings,
  };
  if (issues.some((issue) => issue.severity === 'error') || !partial.site) return { issues, partial };
  return { issues, partial, content: { ...partial, site: partial.site } };
}

/** Like loadContent, but throws a ContentError listing every error. */
export function loadContentOrThrow(
  contentDir: string,
  options?: { root?: string },
): { content: ContentSet; issues: ContentIssue[] } {
  const { content, issues } = loadContent(contentDir, options);
  if (!content) throw new ContentError(issues);
  return { content, issues };
}

/**
 * site.yaml alone, for the settings Astro needs before the full check has run (the public and
 * internal addresses); undefined when it has any problem, which the full check reports.
 */
export function readSite(contentDir: string, { root = process.cwd() } = {}): Site | undefined {
  const absolute = join(contentDir, LAYOUT.site);
  const text = readText(absolute);
  if (text === undefined) return undefined;
  const parsed = parseYaml(relative(root, absolute).split(sep).join('/'), text);
  return parsed.issues.length > 0 ? undefined : validate(parsed.source, SiteSchema).data;
}
