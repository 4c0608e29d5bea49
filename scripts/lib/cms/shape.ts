import type { z } from 'astro/zod';
import {
  CalendarDateSchema,
  DateTimeSchema,
  PersonMentionSchema,
  RegionCodeSchema,
  SlugSchema,
  UrlSchema,
} from '../../../src/schemas/common.ts';

type AnySchema = z.core.$ZodType;

/**
 * What a schema field holds, in the terms an editor's form needs: text, a choice, a date, a group
 * of fields, a list. Derived from the zod schemas, so the web editor cannot drift from them.
 */
export type Shape =
  | { type: 'text' | 'slug' | 'region-code' | 'url' | 'email' | 'datetime' | 'date' | 'number' | 'boolean' }
  | { type: 'choice'; options: readonly string[] }
  | { type: 'object'; fields: Record<string, Field>; mention?: boolean }
  | { type: 'list'; of: Shape; min?: number };

/** A field of an object: its shape, whether it must be filled, and its default. */
export interface Field {
  shape: Shape;
  required: boolean;
  default?: unknown;
}

interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  element?: AnySchema;
  shape?: Record<string, AnySchema>;
  entries?: Record<string, string>;
  checks?: { _zod: { def: { check: string; minimum?: number; format?: string } } }[];
  defaultValue?: unknown;
  format?: string;
}

const def = (schema: AnySchema) => schema._zod.def as unknown as Def;

/** Shared schemas from common.ts, recognised by identity so their meaning is not guessed. */
const KNOWN = new Map<AnySchema, Shape>([
  [DateTimeSchema, { type: 'datetime' }],
  [CalendarDateSchema, { type: 'date' }],
  [SlugSchema, { type: 'slug' }],
  [RegionCodeSchema, { type: 'region-code' }],
  [UrlSchema, { type: 'url' }],
]);

/** Unwraps optional and default, reporting whether the field may be left out and its default. */
export function field(schema: AnySchema): Field {
  let current = schema;
  let required = true;
  let fallback: unknown;
  for (;;) {
    const d = def(current);
    if (d.type === 'optional' && d.innerType) {
      required = false;
      current = d.innerType;
    } else if ((d.type === 'default' || d.type === 'prefault') && d.innerType) {
      required = false;
      fallback = d.defaultValue;
      current = d.innerType;
    } else break;
  }
  return { shape: shape(current), required, ...(fallback === undefined ? {} : { default: fallback }) };
}

/** The shape of a schema (without optional/default wrappers). */
export function shape(schema: AnySchema): Shape {
  const known = KNOWN.get(schema);
  if (known) return known;
  if (schema === PersonMentionSchema) {
    const inner = def(schema).in;
    if (!inner) throw new Error('PersonMentionSchema is no longer an object piped into a check');
    return { ...(shape(inner) as Extract<Shape, { type: 'object' }>), mention: true };
  }
  const d = def(schema);
  switch (d.type) {
    case 'string':
      return d.format === 'email' ? { type: 'email' } : { type: 'text' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { type: 'choice', options: Object.values(d.entries ?? {}) };
    case 'object':
      return {
        type: 'object',
        fields: Object.fromEntries(Object.entries(d.shape ?? {}).map(([key, value]) => [key, field(value)])),
      };
    case 'array': {
      if (!d.element) throw new Error('array without element');
      const min = d.checks?.find((check) => check._zod.def.check === 'min_length')?._zod.def.minimum;
      return { type: 'list', of: shape(d.element), ...(min ? { min } : {}) };
    }
    case 'pipe':
      if (d.in) return shape(d.in);
      break;
    case 'optional':
    case 'default':
      return field(schema).shape;
  }
  throw new Error(`no editor field for a zod "${d.type}" schema: teach scripts/lib/cms/shape.ts about it`);
}
