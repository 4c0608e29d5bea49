import { parseDocument, stringify } from 'yaml';
import { z } from 'astro/zod';
import { LAYOUT } from '../../../src/lib/content/read.ts';
import { MeetingSchema } from '../../../src/schemas/meeting.ts';
import { OrganizationSchema } from '../../../src/schemas/organization.ts';
import { PersonSchema } from '../../../src/schemas/person.ts';
import { pressReleaseSchema } from '../../../src/schemas/press-release.ts';
import { RegionSchema } from '../../../src/schemas/region.ts';
import { SiteSchema } from '../../../src/schemas/site.ts';
import { FIELD_TEXTS, type FieldText } from './labels.ts';
import { shape, type Field, type Shape } from './shape.ts';

/** A field of the editor's configuration (Sveltia CMS, Decap-compatible). */
export type CmsField = Record<string, unknown> & { name: string; widget: string };

/** Where the configuration lives, as served at /admin/config.yml. */
export const CONFIG_PATH = 'public/admin/config.yml';

/** The record collections and registry files, with the schema each mirrors. */
export const SCHEMAS = {
  'press-releases': pressReleaseSchema(z.string().min(1)),
  meetings: MeetingSchema,
  site: SiteSchema,
  regions: RegionSchema,
  organizations: OrganizationSchema,
  people: PersonSchema,
} as const;
export type Mirrored = keyof typeof SCHEMAS;

/** The registry collection's name, and the name of the list inside each registry file. */
export const REGISTRY_COLLECTION = 'daftar';
export const REGISTRY_LIST = 'items';

const PICKERS = {
  organizations: { display: ['shortName'], search: ['name', 'shortName', 'id'] },
  regions: { display: ['name'], search: ['name', 'id'] },
  people: { display: ['name'], search: ['name', 'id'] },
} as const;

/** A relation widget that picks ids from a registry file. */
function picker(registry: keyof typeof PICKERS, multiple: boolean): Record<string, unknown> {
  const { display, search } = PICKERS[registry];
  return {
    widget: 'relation',
    collection: REGISTRY_COLLECTION,
    file: registry,
    value_field: `${REGISTRY_LIST}.*.id`,
    display_fields: display.map((key) => `${REGISTRY_LIST}.*.${key}`),
    search_fields: search.map((key) => `${REGISTRY_LIST}.*.${key}`),
    ...(multiple ? { multiple: true } : {}),
  };
}

const DATE_TIME_FORMAT = 'YYYY-MM-DDTHH:mm:ssZ';

/** The widget options for a shape, before label and name. */
function widget(shapeOf: Shape, text: FieldText, multiple = false): Record<string, unknown> {
  if (text.pick) return picker(text.pick, multiple);
  if (text.file) return { widget: text.file };
  switch (shapeOf.type) {
    case 'text':
      return { widget: text.long ? 'text' : 'string' };
    case 'slug':
      return { widget: 'string', pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', 'Huruf kecil, angka dan tanda hubung'] };
    case 'region-code':
      return { widget: 'string', pattern: ['^\\d{2}\\.\\d{2}$', 'Kode Kemendagri: dua angka, titik, dua angka'] };
    case 'url':
      return { widget: 'string', type: 'url' };
    case 'email':
      return { widget: 'string', type: 'email' };
    case 'datetime':
      // Written with the offset of the editor's browser (+07:00 in WIB): the instant is what counts.
      // (Sveltia 0.221's input_timezone hangs the editor in browsers outside that zone.)
      return { widget: 'datetime', format: DATE_TIME_FORMAT };
    case 'date':
      return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
    case 'number':
      return { widget: 'number', value_type: 'int' };
    case 'boolean':
      return { widget: 'boolean' };
    case 'choice':
      return { widget: 'select', options: [...shapeOf.options] };
    case 'object':
    case 'list':
      throw new Error('groups and lists are built by fields()');
  }
}

/** Looks up the editor text of a field; a schema field without one is a mistake to fix in labels.ts. */
function textOf(collection: Mirrored, path: string): FieldText {
  const text = FIELD_TEXTS[collection]?.[path];
  if (!text)
    throw new Error(
      `${collection} field "${path}" has no label in scripts/lib/cms/labels.ts: add one, then run npm run cms:config`,
    );
  return text;
}

/** One editor field for one schema field. */
function toField(collection: Mirrored, path: string, name: string, spec: Field): CmsField {
  const text = textOf(collection, path);
  const base: Record<string, unknown> & { name: string } = {
    name,
    label: text.label,
    ...(text.hint ? { hint: text.hint } : {}),
  };
  if (!spec.required) base['required'] = false;
  // The schema's default, and no other: the editor fills it into records that leave the field out.
  const fallback = spec.default;
  const { shape: s } = spec;
  if (s.type === 'object') {
    return {
      ...base,
      widget: 'object',
      ...(spec.required ? {} : { collapsed: 'auto' }),
      fields: fields(collection, s, path),
    } as CmsField;
  }
  if (s.type === 'list') {
    const min = s.min ? { min: s.min } : {};
    if (s.of.type === 'object')
      return {
        ...base,
        widget: 'list',
        collapsed: 'auto',
        ...min,
        fields: fields(collection, s.of, path),
      } as CmsField;
    // A list of ids from a registry is one multiple picker; other lists hold one text per item.
    if (text.pick) return { ...base, ...picker(text.pick, true), ...min } as CmsField;
    return {
      ...base,
      widget: 'list',
      ...min,
      field: { name: 'item', label: text.label, ...widget(s.of, { label: text.label }) },
    } as CmsField;
  }
  return {
    ...base,
    ...widget(s, text),
    ...(fallback !== undefined && !Array.isArray(fallback) ? { default: fallback } : {}),
  } as CmsField;
}

/** The editor fields of an object shape, in schema order. */
function fields(collection: Mirrored, object: Extract<Shape, { type: 'object' }>, prefix = ''): CmsField[] {
  return Object.entries(object.fields).map(([name, spec]) =>
    toField(collection, prefix ? `${prefix}.${name}` : name, name, spec),
  );
}

/** The fields of a whole schema. */
export function schemaFields(collection: Mirrored): CmsField[] {
  const root = shape(SCHEMAS[collection]);
  if (root.type !== 'object') throw new Error(`${collection} is not an object schema`);
  return fields(collection, root);
}

const BODY = {
  'press-releases': { label: 'Isi berita', hint: 'Jangan diawali nama kota. WNA hanya disebut dengan inisial.' },
  meetings: {
    label: 'Notulen (INTERNAL)',
    hint: 'Tidak pernah tampil di situs publik. Tetap hindari nomor paspor, identitas atau telepon.',
  },
} as const;

/** A record collection: one Markdown file per record, in year folders named by date and title. */
function recordCollection(name: 'press-releases' | 'meetings', label: string, singular: string, folder: string) {
  return {
    name,
    label,
    label_singular: singular,
    folder: `content/${folder}`,
    path: '{{year}}/{{year}}-{{month}}-{{day}}-{{slug}}',
    slug: { template: '{{title}}', editable: ['create'] },
    extension: 'md',
    format: 'yaml-frontmatter',
    create: true,
    // Pictures and attachments sit beside the record, written as ./name.ext.
    media_folder: '',
    public_folder: '.',
    summary:
      name === 'press-releases'
        ? "{{publishedAt | date('YYYY-MM-DD')}} · {{title}}"
        : "{{startsAt | date('YYYY-MM-DD')}} · {{title}}",
    sortable_fields: ['title', name === 'press-releases' ? 'publishedAt' : 'startsAt'],
    view_filters: [{ label: 'Draf', field: 'draft', pattern: true }],
    fields: [...schemaFields(name), { name: 'body', widget: 'markdown', ...BODY[name] }],
  };
}

/** A registry file whose top level is a list (regions.yaml, organizations.yaml, people.yaml). */
function registryFile(name: 'regions' | 'organizations' | 'people', label: string, singular: string) {
  return {
    name,
    label,
    file: `content/${LAYOUT[name]}`,
    format: 'yaml',
    fields: [
      {
        name: REGISTRY_LIST,
        label,
        label_singular: singular,
        widget: 'list',
        root: true,
        collapsed: 'auto',
        summary: name === 'regions' ? '{{fields.id}} {{fields.name}}' : '{{fields.name}}',
        fields: schemaFields(name),
      },
    ],
  };
}

/** Settings an office edits in config.yml itself and that regeneration keeps: where the repository is. */
export const DEFAULT_BACKEND = { name: 'github', repo: 'NAMA-ORGANISASI/warta', branch: 'main' };

/** The whole editor configuration, generated from the schemas. */
export function cmsConfig(backend: Record<string, unknown> = DEFAULT_BACKEND): Record<string, unknown> {
  return {
    backend,
    app_title: 'Warta: penyunting',
    // Every change is a pull request that CI checks before it reaches main and the site.
    publish_mode: 'editorial_workflow',
    // Global uploads (none of the collections uses them) go to the site's public folder.
    media_folder: 'public/media',
    public_folder: '/media',
    // Stock photo services (Picsum needs no key) load from their own origins: off.
    media_libraries: { stock_assets: false },
    show_preview_links: false,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', maxlength: 80, timezone: 'local' },
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none' } },
    collections: [
      recordCollection('press-releases', 'Siaran pers', 'Siaran pers', LAYOUT.releases),
      recordCollection('meetings', 'Catatan rapat', 'Catatan rapat', LAYOUT.meetings),
      {
        name: REGISTRY_COLLECTION,
        label: 'Pengaturan dan daftar',
        files: [
          {
            name: 'site',
            label: 'Identitas situs',
            file: `content/${LAYOUT.site}`,
            format: 'yaml',
            fields: schemaFields('site'),
          },
          registryFile('regions', 'Wilayah', 'Wilayah'),
          registryFile('organizations', 'Instansi', 'Instansi'),
          registryFile('people', 'Pejabat', 'Pejabat'),
        ],
      },
    ],
  };
}

const HEADER = `# Configuration of the web editor at /admin/ (Sveltia CMS), GENERATED from src/schemas/*.ts and
# scripts/lib/cms/labels.ts by \`npm run cms:config\`; a unit test fails when it is out of date.
# Edit only \`backend\` by hand (the repository the editor commits to); regeneration keeps it.
`;

/** The configuration as YAML, keeping the `backend` of an existing configuration. */
export function renderConfig(existing?: string): string {
  let backend: Record<string, unknown> = DEFAULT_BACKEND;
  if (existing) {
    const previous = parseDocument(existing).toJS() as { backend?: Record<string, unknown> } | null;
    if (previous?.backend && typeof previous.backend === 'object') backend = previous.backend;
  }
  return `${HEADER}${stringify(cmsConfig(backend), { lineWidth: 0, singleQuote: true })}`;
}
