import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { CalendarDateSchema, DateTimeSchema, RegionCodeSchema, SlugSchema } from '../../src/schemas/common.ts';
import {
  CONFIG_PATH,
  DEFAULT_BACKEND,
  REGISTRY_COLLECTION,
  REGISTRY_LIST,
  renderConfig,
  SCHEMAS,
  type Mirrored,
} from '../../scripts/lib/cms/config.ts';
import { EDITOR_PAGE, EDITOR_SCRIPT, editorPage, editorSource, installEditor } from '../../scripts/lib/cms/editor.ts';
import { policyFor } from '../../src/lib/headers.ts';
import { FIELD_TEXTS } from '../../scripts/lib/cms/labels.ts';
import { selfHostedEditor } from '../../scripts/lib/cms/self-host.ts';
import { regionPlaces } from '../../src/lib/registry.ts';
import { RegionSchema } from '../../src/schemas/region.ts';
import { FIXTURES, VALID } from './content-fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const committed = readFileSync(join(ROOT, CONFIG_PATH), 'utf8');
const OTHER_OFFICE = join(FIXTURES, 'other-office');

interface CmsField {
  name: string;
  widget: string;
  required?: boolean;
  options?: string[];
  multiple?: boolean;
  fields?: CmsField[];
  field?: CmsField;
  min?: number;
  default?: unknown;
  [key: string]: unknown;
}
interface CmsCollection {
  name: string;
  folder?: string;
  fields?: CmsField[];
  files?: { name: string; file: string; fields: CmsField[] }[];
}
const config = parse(committed) as { backend: unknown; collections: CmsCollection[] };

/** The editor fields that mirror a schema: a record collection's (without the body) or a registry file's. */
function mirroring(name: Mirrored): CmsField[] {
  const collection = config.collections.find((item) => item.name === name);
  if (collection?.fields) return collection.fields.filter((item) => item.name !== 'body');
  const file = config.collections
    .find((item) => item.name === REGISTRY_COLLECTION)
    ?.files?.find((item) => item.name === name);
  if (!file) throw new Error(`no editor collection or file for ${name}`);
  if (name === 'site') return file.fields;
  const [list] = file.fields;
  expect(list).toMatchObject({ name: REGISTRY_LIST, widget: 'list', root: true });
  return list?.fields ?? [];
}

type AnySchema = z.core.$ZodType;
interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  element?: AnySchema;
  shape?: Record<string, AnySchema>;
  entries?: Record<string, string>;
  defaultValue?: unknown;
}
const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;

/**
 * Compares one zod schema with the editor fields, independently of the generator: same field names
 * in the same order, required where the schema requires, the same choices, lists where the schema
 * has arrays, date pickers for dates, registry pickers only for ids. Returns every difference.
 */
function differences(schema: AnySchema, fields: readonly CmsField[], path: string): string[] {
  const problems: string[] = [];
  const shape = defOf(schema).shape;
  if (!shape) return [`${path} is not an object in the schema`];
  const schemaKeys = Object.keys(shape);
  const fieldKeys = fields.map((item) => item.name);
  if (schemaKeys.join() !== fieldKeys.join())
    problems.push(`${path || '(top)'} has fields [${fieldKeys.join(', ')}] but the schema [${schemaKeys.join(', ')}]`);
  for (const item of fields) {
    const at = path ? `${path}.${item.name}` : item.name;
    let inner = shape[item.name];
    if (!inner) continue;
    let optional = false;
    let fallback: unknown;
    for (let d = defOf(inner); d.type === 'optional' || d.type === 'default'; d = defOf(inner)) {
      optional = true;
      if (d.type === 'default') fallback = d.defaultValue;
      if (!d.innerType) break;
      inner = d.innerType;
    }
    if ((item.required === false) !== optional)
      problems.push(`${at}: required is ${item.required !== false}, schema ${!optional}`);
    if (item.default !== undefined && JSON.stringify(item.default) !== JSON.stringify(fallback))
      problems.push(`${at}: default ${JSON.stringify(item.default)} is not the schema's ${JSON.stringify(fallback)}`);
    const d = defOf(inner);
    const isId = inner === SlugSchema || inner === RegionCodeSchema;
    if (inner === DateTimeSchema || inner === CalendarDateSchema) {
      if (item.widget !== 'datetime') problems.push(`${at}: a date needs the datetime widget, not ${item.widget}`);
      if (inner === CalendarDateSchema && item['type'] !== 'date')
        problems.push(`${at}: a calendar day needs type date`);
    } else if (d.type === 'enum') {
      const values = Object.values(d.entries ?? {});
      if (item.widget !== 'select' || JSON.stringify(item.options) !== JSON.stringify(values))
        problems.push(
          `${at}: choices ${JSON.stringify(item.options)} differ from the schema's ${JSON.stringify(values)}`,
        );
    } else if (d.type === 'boolean') {
      if (item.widget !== 'boolean') problems.push(`${at}: true/false needs the boolean widget`);
    } else if (d.type === 'array' && d.element) {
      const element = d.element;
      const ed = defOf(element);
      if (item.widget === 'relation') {
        if (!item.multiple || !(element === SlugSchema || element === RegionCodeSchema))
          problems.push(`${at}: a multiple picker must hold a list of ids`);
      } else if (item.widget !== 'list') problems.push(`${at}: an array needs a list, not ${item.widget}`);
      else if (ed.type === 'object' || ed.type === 'pipe') {
        problems.push(...differences(ed.type === 'pipe' && ed.in ? ed.in : element, item.fields ?? [], at));
      } else if (!item.field) problems.push(`${at}: a list of values needs one subfield`);
    } else if (d.type === 'object' || d.type === 'pipe') {
      if (item.widget !== 'object') problems.push(`${at}: a group of fields needs the object widget`);
      problems.push(...differences(d.type === 'pipe' && d.in ? d.in : inner, item.fields ?? [], at));
    } else if (item.widget === 'relation') {
      if (!isId) problems.push(`${at}: only ids can be picked from a registry`);
    } else if (!['string', 'text', 'number', 'image', 'file'].includes(item.widget)) {
      problems.push(`${at}: unexpected widget ${item.widget} for a ${d.type}`);
    }
    if (item.widget === 'relation') {
      const file = String(item['file']);
      const registry = config.collections
        .find((c) => c.name === REGISTRY_COLLECTION)
        ?.files?.find((f) => f.name === file);
      if (item['collection'] !== REGISTRY_COLLECTION || !registry)
        problems.push(`${at}: picks from ${String(item['collection'])}/${file}, which is no registry file`);
      if (item['value_field'] !== `${REGISTRY_LIST}.*.id`) problems.push(`${at}: must store the registry id`);
    }
  }
  return problems;
}

describe('the web editor configuration', () => {
  it('is what npm run cms:config generates from the schemas (run it and commit when this fails)', () => {
    expect(committed).toBe(renderConfig(committed));
  });

  it.each(Object.keys(SCHEMAS) as Mirrored[])('mirrors every field of the %s schema', (name) => {
    expect(differences(SCHEMAS[name], mirroring(name), '')).toEqual([]);
  });

  it('notices a field the schema does not have', () => {
    const fields = [...mirroring('regions'), { name: 'population', widget: 'number' }];
    expect(differences(SCHEMAS.regions, fields, '')).toEqual([
      '(top) has fields [id, name, kind, aliases, capital, population] but the schema [id, name, kind, aliases, capital]',
    ]);
  });

  it('notices a required field made optional and a changed choice', () => {
    const fields = mirroring('meetings').map((item) =>
      item.name === 'title'
        ? { ...item, required: false }
        : item.name === 'kind'
          ? { ...item, options: ['rakor', 'lainnya'] }
          : item,
    );
    expect(differences(SCHEMAS.meetings, fields, '')).toEqual([
      'title: required is false, schema true',
      'kind: choices ["rakor","lainnya"] differ from the schema\'s ["rakor","operasi-gabungan","sosialisasi","pembentukan-tim","lainnya"]',
    ]);
  });

  it('keeps the Markdown body of records, which no schema describes', () => {
    for (const name of ['press-releases', 'meetings']) {
      const collection = config.collections.find((item) => item.name === name);
      expect(collection?.fields?.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
      expect(collection).toMatchObject({
        folder: `content/${name}`,
        path: '{{year}}/{{year}}-{{month}}-{{day}}-{{slug}}',
      });
    }
  });

  it('uses every label in labels.ts, so none is left behind when a field is removed', () => {
    const used = new Set<string>();
    const walk = (collection: string, fields: readonly CmsField[], prefix: string) => {
      for (const item of fields) {
        if (item.name === 'body' || item.name === REGISTRY_LIST) {
          if (item.fields) walk(collection, item.fields, prefix);
          continue;
        }
        const path = prefix ? `${prefix}.${item.name}` : item.name;
        used.add(`${collection}/${path}`);
        if (item.fields) walk(collection, item.fields, path);
      }
    };
    for (const name of Object.keys(SCHEMAS) as Mirrored[]) walk(name, mirroring(name), '');
    const defined = Object.entries(FIELD_TEXTS).flatMap(([collection, texts]) =>
      Object.keys(texts).map((path) => `${collection}/${path}`),
    );
    expect(defined.filter((key) => !used.has(key))).toEqual([]);
  });

  it('refuses to generate a field without an Indonesian label', () => {
    const texts = FIELD_TEXTS['regions'];
    if (!texts) throw new Error('no region labels');
    const saved = texts['aliases'];
    delete texts['aliases'];
    try {
      expect(() => renderConfig()).toThrow('regions field "aliases" has no label in scripts/lib/cms/labels.ts');
    } finally {
      if (saved) texts['aliases'] = saved;
    }
  });

  it("keeps the office's own backend when regenerated", () => {
    const own = committed.replace(`repo: ${DEFAULT_BACKEND.repo}`, 'repo: imigrasi-sumsel/warta-tim-pora');
    expect(parse(renderConfig(own))).toMatchObject({
      backend: { name: 'github', repo: 'imigrasi-sumsel/warta-tim-pora' },
    });
  });

  it("is valid for the editor, by the editor's own JSON schema", () => {
    const schemaPath = join(editorSource(), '..', '..', 'schema', 'sveltia-cms.json');
    const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
    expect(validate(config), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    // The schema catches mistakes: an option with a typo is refused.
    const broken = structuredClone(config) as { collections: { fields: Record<string, unknown>[] }[] };
    const first = broken.collections[0]?.fields[0];
    if (first) first['maxlenght'] = 100;
    expect(validate(broken)).toBe(false);
  });

  it('submits every change for review, so CI checks it before it is published', () => {
    expect(parse(committed)).toMatchObject({
      publish_mode: 'editorial_workflow',
      output: { omit_empty_optional_fields: true },
    });
  });

  it('names no agency, official, place or region code of any office, whose editors see only their own registries', () => {
    const names = [VALID, OTHER_OFFICE].flatMap((dir) => {
      const list = (file: string) => parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>[];
      return [
        ...list('organizations.yaml').flatMap((org) => [org['id'], org['shortName']]),
        ...list('regions.yaml').flatMap((region) => [region['id'], ...regionPlaces(RegionSchema.parse(region))]),
        ...list('people.yaml').flatMap((person) => [person['id'], person['name']]),
        parse(readFileSync(join(dir, 'site.yaml'), 'utf8')).province,
      ].map(String);
    });
    const config = renderConfig();
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name) => new RegExp(`\\b${name.replace(/[.]/g, '\\.')}\\b`, 'i').test(config))).toEqual([]);
    expect(config).not.toMatch(/\b(?:Sumsel|Sumatera|Palembang|Jateng|Wonosobo)\b/i);
  });

  it('is up to date by npm run cms:config -- --check', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/cms-config.ts'), '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.stdout + result.stderr).toContain('matches the schemas');
    expect(result.status).toBe(0);
  });
});

describe('the editor page', () => {
  const page = readFileSync(EDITOR_PAGE, 'utf8');

  it('loads the editor from the site itself, with no inline script, and stays out of search engines', () => {
    expect([...page.matchAll(/<script\b[^>]*>/g)].map((match) => match[0])).toEqual([
      `<script src="./${EDITOR_SCRIPT}">`,
    ]);
    expect(page).not.toMatch(/https?:\/\//);
    expect(page).toContain('<meta name="robots" content="noindex, nofollow" />');
    expect(page).toContain('<html lang="id">');
  });

  it('is installed with the policy of /admin/ in it, right after the charset, for hosts that send no headers', () => {
    expect(editorPage()).toContain(
      `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policyFor('/admin/', 'meta')}" />`,
    );
    expect(editorPage().replace(/\n\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '')).toBe(page);
  });

  it('is installed into a built site with the script from node_modules, its remote loads rewritten', () => {
    const out = mkdtempSync(join(tmpdir(), 'warta-admin-'));
    try {
      expect(() => installEditor(out)).toThrow(/build the site first/);
      mkdirSync(join(out, 'admin'));
      writeFileSync(join(out, 'admin', 'config.yml'), committed);
      installEditor(out);
      expect(readFileSync(join(out, 'admin', 'index.html'), 'utf8')).toBe(editorPage());
      expect(readFileSync(join(out, 'admin', EDITOR_SCRIPT), 'utf8')).toBe(
        selfHostedEditor(readFileSync(editorSource(), 'utf8'), editorSource()),
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
