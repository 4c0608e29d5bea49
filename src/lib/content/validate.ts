import type { z } from 'astro/zod';
import { closest } from '../suggest.ts';
import { formatPath, quote, type ContentIssue } from './issues.ts';
import type { Source } from './source.ts';

type AnySchema = z.core.$ZodType;

/** The object schema reached by following a field path, unwrapping optional, default, array and pipe. */
function objectShapeAt(schema: AnySchema, path: readonly PropertyKey[]): Record<string, AnySchema> | undefined {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
      return objectShapeAt(def['innerType'] as AnySchema, path);
    case 'pipe':
      return objectShapeAt(def['in'] as AnySchema, path);
    case 'array':
      return typeof path[0] === 'number' ? objectShapeAt(def['element'] as AnySchema, path.slice(1)) : undefined;
    case 'union': {
      for (const option of def['options'] as AnySchema[]) {
        const shape = objectShapeAt(option, path);
        if (shape) return shape;
      }
      return undefined;
    }
    case 'object': {
      const shape = def['shape'] as Record<string, AnySchema>;
      if (path.length === 0) return shape;
      const next = shape[String(path[0])];
      return next ? objectShapeAt(next, path.slice(1)) : undefined;
    }
    default:
      return undefined;
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

/** A list or a group of fields: too long to repeat in a message. */
function isGroup(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

function describeType(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return TYPE_NAMES[typeof value] ?? typeof value;
}

/** Turns one zod issue into an editor-facing message. */
function describe(
  issue: z.core.$ZodIssue,
  schema: AnySchema,
  data: unknown,
  raw: (path: readonly PropertyKey[]) => string | undefined,
): { path: PropertyKey[]; key?: string; message: string }[] {
  const path = [...issue.path];
  const value = valueAt(data, path);
  // Quote what the editor typed (16.10), not what YAML made of it (16.1).
  const show = (shown: unknown) => (typeof shown === 'number' ? (raw(path) ?? quote(shown)) : quote(shown));
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys(objectShapeAt(schema, path) ?? {});
      return issue.keys.map((key) => {
        const suggestion = closest(key, known);
        return {
          path: [...path, key],
          key,
          message: suggestion
            ? `is not a known field (did you mean "${suggestion}"?)`
            : `is not a known field; known fields here: ${known.join(', ')}`,
        };
      });
    }
    case 'invalid_type': {
      if (value === undefined) {
        return [{ path, message: `is required: add it (${TYPE_NAMES[issue.expected] ?? issue.expected})` }];
      }
      if (issue.expected === 'date' || issue.expected === 'string') {
        return [
          {
            path,
            message: `${show(value)} must be ${TYPE_NAMES[issue.expected]}, not ${describeType(value)}${typeof value === 'number' ? ' (put it in quotes)' : ''}`,
          },
        ];
      }
      return [
        {
          path,
          message: `${show(value)} must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describeType(value)}`,
        },
      ];
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
      return [
        {
          path,
          message: `${show(value)} is not allowed: use one of ${allowed.join(', ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
        },
      ];
    }
    case 'invalid_union': {
      // Explain the one branch the value fits in shape (its complaints are not just "wrong type");
      // when none or several fit, the union's own message says what forms are allowed.
      const fitting = issue.errors.filter((branch) =>
        branch.some((inner) => inner.code !== 'invalid_type' || inner.path.length > 0),
      );
      const [only] = fitting;
      if (fitting.length === 1 && only) {
        return only.flatMap((inner) =>
          describe({ ...inner, path: [...path, ...inner.path] } as z.core.$ZodIssue, schema, data, raw),
        );
      }
      const message = issue.message.startsWith('Invalid input') ? 'has the wrong form' : issue.message;
      return [{ path, message: value === undefined ? 'is required: add it' : `${show(value)} ${message}` }];
    }
    case 'too_small':
      if (issue.message.startsWith('Too small')) {
        return [{ path, message: issue.origin === 'string' ? 'is empty: write a value' : issue.message }];
      }
      return [{ path, message: issue.message }];
    default:
      return [
        { path, message: value === undefined || isGroup(value) ? issue.message : `${show(value)} ${issue.message}` },
      ];
  }
}

/** Validates a source against a schema; returns the parsed data or the issues, never both. */
export function validate<S extends AnySchema>(
  source: Source,
  schema: S,
  data: unknown = source.data,
  basePath: readonly PropertyKey[] = [],
): { data?: z.output<S>; issues: ContentIssue[] } {
  const result = (schema as unknown as z.ZodType).safeParse(data, { reportInput: true });
  if (result.success) return { data: result.data as z.output<S>, issues: [] };
  const issues = result.error.issues.flatMap((issue) =>
    describe(issue as z.core.$ZodIssue, schema, data, (path) => source.raw([...basePath, ...path])).map(
      ({ path, key, message }) => {
        const fullPath = [...basePath, ...path];
        return {
          file: source.file,
          ...source.locate(key === undefined ? fullPath : fullPath.slice(0, -1), key),
          path: formatPath(fullPath),
          message,
          severity: 'error' as const,
        };
      },
    ),
  );
  return { issues };
}
