import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

// What the property-based fuzz throws at routes. Field names and enum words are read from
// the zod schemas in the source (every `name: z.…` and every z.enum([...]) word), so the
// fuzz speaks the routes' vocabulary; values mix those words with hostile strings.

const srcDir = join(import.meta.dirname, '..', '..', 'src');

function sourceFiles(dir: string, accept: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path, accept);
    return accept(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

function vocabulary(files: readonly string[], patterns: readonly RegExp[]): string[] {
  const words = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        for (const word of (match[1] ?? '').matchAll(/'([^'\s]{1,60})'|^(\w+)$/g)) words.add(word[1] ?? word[2] ?? '');
      }
    }
  }
  words.delete('');
  return [...words].sort();
}

const moduleFiles = sourceFiles(join(srcDir, 'modules'), (name) => name.endsWith('.ts'));

/** Field names of every zod object in the staff schemas and routes. */
export const staffFieldNames = vocabulary(
  moduleFiles.filter((file) => /\.(schemas|routes)\.ts$/.test(file)),
  [/(\w+): z\./g, /(\w+): \w+Schema\b/g],
);

/** Words of every z.enum([...]) and `[...] as const` list in the modules: statuses, codes, roles. */
export const enumWords = vocabulary(moduleFiles, [/z\.enum\(\[([^\]]+)\]/g, /= \[([^\]]+)\] as const/g]);

/** Quoted identifiers in the public journey's pages: its field names and option values. */
export const publicFormWords = vocabulary(
  sourceFiles(join(srcDir, 'modules', 'public-report', 'pages'), (name) => name.endsWith('.ts')),
  [/'([A-Za-z][\w-]{0,40})'/g],
);

export const hostileStrings: readonly string[] = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfffy',
  '\ufeffx',
  '\u202egnp.exe',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' or 1=1 --",
  "'; drop table reports; --",
  '{{7*7}}',
  '${7*7}',
  '../../../../etc/passwd',
  '%00',
  '%EF%BB%BF',
  '__proto__',
  'constructor',
  'NaN',
  '-0',
  '1e309',
  '9223372036854775808',
  '00000000-0000-0000-0000-000000000000',
  '𝕏😀👩‍👩‍👧',
  'Z'.repeat(5000),
];

export const uuid = fc.uuid();

export function hostileText(words: readonly string[] = []): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...hostileStrings) },
    { weight: 3, arbitrary: words.length > 0 ? fc.constantFrom(...words) : fc.string() },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: uuid },
  );
}

/** Any JSON value, weighted towards hostile strings and the schemas' own words. */
export function jsonValue(words: readonly string[]): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(
    { weight: 5, arbitrary: hostileText(words) },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) },
  );
  return fc.oneof(
    { weight: 6, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(leaf, { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(hostileText(words), leaf, { maxKeys: 3 }) },
  );
}

/** A JSON body whose keys are mostly the schemas' field names. */
export function jsonBody(fieldNames: readonly string[], words: readonly string[]): fc.Arbitrary<unknown> {
  const key = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...fieldNames) },
    { weight: 1, arbitrary: hostileText() },
  );
  return fc.oneof(
    { weight: 8, arbitrary: fc.dictionary(key, jsonValue(words), { maxKeys: 6 }) },
    { weight: 1, arbitrary: jsonValue(words) },
  );
}

/** A path parameter: a uuid, a word, or something hostile (percent-encoded for the URL). */
export function pathParameter(words: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: uuid },
    { weight: 3, arbitrary: hostileText(words).filter((text) => text.isWellFormed() && text !== '') },
  );
}

/** Fills a route pattern's :params and wildcard. */
export function fillPath(pattern: string, values: readonly string[]): string {
  let index = 0;
  const next = () => encodeURIComponent(values[index++ % values.length] ?? 'x');
  return pattern.replace(/:\w+/g, next).replace(/\*$/, next);
}

export type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

/** Values a zod schema accepts, generated from its JSON Schema (`z.toJSONSchema`). */
export function fromJsonSchema(schema: JsonSchema, ids: readonly string[]): fc.Arbitrary<unknown> {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((item) => fromJsonSchema(item, ids)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const type = (Array.isArray(schema.type) ? schema.type[0] : schema.type) ?? 'any';
  switch (type) {
    case 'string': {
      if (schema.format === 'uuid') return ids.length > 0 ? fc.oneof(fc.constantFrom(...ids), uuid) : uuid;
      if (schema.format === 'email') return fc.emailAddress();
      const day = fc
        .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
        .map((ms) => new Date(ms).toISOString());
      if (schema.format === 'date-time') return day;
      if (schema.format === 'date') return day.map((iso) => iso.slice(0, 10));
      const minLength = schema.minLength ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 80));
      if (schema.pattern !== undefined) {
        return fc.stringMatching(new RegExp(schema.pattern)).filter((text) => text.length <= (schema.maxLength ?? 1e9));
      }
      return fc.string({ minLength, maxLength });
    }
    case 'integer':
      return fc.integer({
        min: Math.max(schema.minimum ?? (schema.exclusiveMinimum ?? -1_000_001) + 1, -1_000_000),
        max: Math.min(schema.maximum ?? (schema.exclusiveMaximum ?? 1_000_001) - 1, 1_000_000),
      });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(schema.items ? fromJsonSchema(schema.items, ids) : jsonValue([]), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 4)),
      });
    case 'object': {
      const properties = schema.properties ?? {};
      const shape = Object.fromEntries(
        Object.entries(properties).map(([name, item]) => [name, fromJsonSchema(item, ids)]),
      );
      return fc.record(shape, { requiredKeys: (schema.required ?? []).filter((name) => name in properties) });
    }
    default:
      return jsonValue([]);
  }
}

/** Replaces the nth string found in a value (depth first) with another, if there is one. */
export function replaceNthString(value: unknown, n: number, replacement: string): unknown {
  let seen = 0;
  const count = (item: unknown): number =>
    typeof item === 'string'
      ? 1
      : item !== null && typeof item === 'object'
        ? Object.values(item).reduce<number>((sum, child) => sum + count(child), 0)
        : 0;
  const total = count(value);
  if (total === 0) return value;
  const target = n % total;
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') return seen++ === target ? replacement : item;
    if (Array.isArray(item)) return item.map(walk);
    if (item !== null && typeof item === 'object') {
      return Object.fromEntries(Object.entries(item).map(([key, child]) => [key, walk(child)]));
    }
    return item;
  };
  return walk(value);
}

/**
 * Which zod schema each route parses its body and query string with, read from the routes'
 * source: `app.post('/path', …parseInput(name, request.body)`.
 */
export function routeSchemaNames(): Map<string, { body?: string; query?: string }> {
  const found = new Map<string, { body?: string; query?: string }>();
  for (const file of moduleFiles.filter((name) => name.endsWith('.routes.ts'))) {
    const text = readFileSync(file, 'utf8');
    const starts = [...text.matchAll(/app\.(get|post|patch|put|delete)\(\s*[`'](\/[^`']*)[`']/g)];
    starts.forEach((start, index) => {
      const segment = text.slice(start.index, starts[index + 1]?.index ?? text.length);
      const body = /parseInput\((\w+), request\.body/.exec(segment)?.[1];
      const query = /parseInput\((\w+), request\.query/.exec(segment)?.[1];
      found.set(`${(start[1] ?? '').toUpperCase()} ${start[2] ?? ''}`, {
        ...(body ? { body } : {}),
        ...(query ? { query } : {}),
      });
    });
  }
  return found;
}

/** Every exported zod schema of the modules' schemas and routes files, by name. */
export async function exportedSchemas(): Promise<Map<string, unknown>> {
  const schemas = new Map<string, unknown>();
  for (const file of moduleFiles.filter((name) => /\.(schemas|routes)\.ts$/.test(name))) {
    const exports = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (value !== null && typeof value === 'object' && 'safeParse' in value) schemas.set(name, value);
    }
  }
  return schemas;
}
