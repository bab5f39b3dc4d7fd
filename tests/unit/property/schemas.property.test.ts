/**
 * Property: no content, however hostile, crashes a schema (GitHub issue 6).
 *
 * For every schema module of `src/schemas/` (and `src/schemas/shared/`), `safeParse` never throws, and
 * its result is either a success or a failure whose every issue has a path and a non-empty message:
 * the validation pass turns each issue into a problem for the editor, so a schema that throws
 * (a `RangeError` from an invalid date, a `TypeError` in a refinement that trusted its input) would stop
 * `npm run check:content` and the build with a stack trace instead of a message.
 *
 * Fed to the schemas:
 * (a) fully random values: JSON of any shape with hostile strings and keys, and what YAML front matter
 *     adds (dates, invalid dates, NaN, undefined, objects without a prototype);
 * (b) a known-valid entry (from `content/` and `tests/fixtures/content-basic/`) with one field, at every
 *     top-level and nested path in turn, replaced by a hostile value or removed;
 * (c) valid entries whose text fields all get hostile text (Vietnamese in NFC/NFD, control characters,
 *     markup, look-alike dates and numbers) around or instead of the real value.
 *
 * A schema that accepts hostile text is fine: text is escaped wherever it is shown.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import * as awardDecisions from '../../../src/schemas/awardDecisions';
import * as awardForms from '../../../src/schemas/awardForms';
import * as documents from '../../../src/schemas/documents';
import * as exemplars from '../../../src/schemas/exemplars';
import * as holidays from '../../../src/schemas/holidays';
import * as movements from '../../../src/schemas/movements';
import * as organizations from '../../../src/schemas/organizations';
import * as documentNumber from '../../../src/schemas/shared/documentNumber';
import * as idReference from '../../../src/schemas/shared/idReference';
import * as partialDate from '../../../src/schemas/shared/partialDate';
import {
  hostileAround,
  hostileFieldValue,
  hostileJsonValue,
  hostileString,
  numRuns,
  propertyTimeout,
  yamlOnlyValue,
} from './arbitraries';
import {
  allPaths,
  collectionEntries,
  holidayEntries,
  removed,
  repositoryRoot,
  richestValidEntries,
  valueAt,
  withValueAt,
  type PathKey,
  type ValidEntry,
} from './validEntries';

/** Each module of src/schemas/, by file name, with the schema a content file is read with. */
const entrySchemas = {
  documents: {
    module: documents,
    schema: documents.documentSchema,
    entries: () => collectionEntries('documents'),
    variant: (d: Record<string, unknown>) => String(d['status']),
  },
  organizations: {
    module: organizations,
    schema: organizations.organizationSchema,
    entries: () => collectionEntries('organizations'),
    variant: (d: Record<string, unknown>) => String(d['level']),
  },
  awardForms: {
    module: awardForms,
    schema: awardForms.awardFormSchema,
    entries: () => collectionEntries('awardForms'),
    variant: (d: Record<string, unknown>) => String(d['track']),
  },
  awardDecisions: {
    module: awardDecisions,
    schema: awardDecisions.awardDecisionSchema,
    entries: () => collectionEntries('awardDecisions'),
    variant: (d: Record<string, unknown>) => String(d['status']),
  },
  exemplars: {
    module: exemplars,
    // The path-based stand-in for Astro's image() helper: the schema the validation pass uses.
    schema: exemplars.exemplarFileSchema,
    entries: () => collectionEntries('exemplars'),
    variant: (d: Record<string, unknown>) => String(d['kind']),
  },
  movements: {
    module: movements,
    schema: movements.movementSchema,
    entries: () => collectionEntries('movements'),
    variant: (d: Record<string, unknown>) => String(d['scope']),
  },
  holidays: {
    module: holidays,
    schema: holidays.holidayYearSchema,
    entries: holidayEntries,
    variant: () => 'year',
  },
} as const satisfies Record<
  string,
  {
    module: Record<string, unknown>;
    schema: z.ZodType;
    entries: () => ValidEntry[];
    variant: (data: Record<string, unknown>) => string;
  }
>;

/** Each module of src/schemas/shared/, with a valid value of the field it defines. */
const sharedFields = {
  documentNumber: { module: documentNumber, valid: '42-KH/ĐU' },
  idReference: { module: idReference, valid: 'bo-chinh-tri' },
  partialDate: { module: partialDate, valid: '2025-12-05' },
} as const;

/** Schemas made by functions rather than exported as values. */
const builtSchemas: readonly (readonly [string, z.ZodType])[] = [
  ['idReference("documents")', idReference.idReference('documents')],
  ['idReference("organizations")', idReference.idReference('organizations')],
  ['exemplarSchema(imagePathStandIn)', exemplars.exemplarSchema(exemplars.imagePathStandIn)],
  ['imagePathStandIn()', exemplars.imagePathStandIn()],
];

const isSchema = (value: unknown): value is z.ZodType => value instanceof z.ZodType;

/** Every zod schema a module exports, by name. */
const exportedSchemas = (module: Record<string, unknown>): [string, z.ZodType][] =>
  Object.entries(module).filter((pair): pair is [string, z.ZodType] => isSchema(pair[1]));

const allSchemas: readonly (readonly [string, z.ZodType])[] = [
  ...Object.entries(entrySchemas).flatMap(([file, { module }]) =>
    exportedSchemas(module).map(([name, schema]) => [`${file}.${name}`, schema] as const),
  ),
  ...Object.entries(sharedFields).flatMap(([file, { module }]) =>
    exportedSchemas(module).map(([name, schema]) => [`shared/${file}.${name}`, schema] as const),
  ),
  ...builtSchemas,
];

const moduleNames = (dir: string): string[] =>
  readdirSync(join(repositoryRoot, dir))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.slice(0, -3))
    .sort();

/**
 * Parses and checks the property: no exception, and a failure only as issues that each have a path
 * and a non-empty message.
 */
function parsesWithoutCrashing(schema: z.ZodType, input: unknown): void {
  const result = schema.safeParse(input);
  if (result.success) return;
  expect(result.error.issues.length).toBeGreaterThan(0);
  for (const issue of result.error.issues) {
    expect(Array.isArray(issue.path), 'issue without a path').toBe(true);
    expect(typeof issue.message).toBe('string');
    expect(issue.message.trim(), `empty message at ${issue.path.join('.')}`).not.toBe('');
  }
}

const pathName = (path: readonly PathKey[]): string => path.map(String).join('.');

const validEntriesOf = (name: keyof typeof entrySchemas): ValidEntry[] => {
  const { schema, entries, variant } = entrySchemas[name];
  return richestValidEntries(entries(), schema, variant);
};

const entryCases = (Object.keys(entrySchemas) as (keyof typeof entrySchemas)[]).flatMap((name) =>
  validEntriesOf(name).map((entry) => ({ name, file: entry.file, entry })),
);

describe('the schema table', { timeout: propertyTimeout() }, () => {
  test('names every module of src/schemas/', () => {
    expect(Object.keys(entrySchemas).sort()).toEqual(moduleNames('src/schemas'));
  });

  test('names every module of src/schemas/shared/', () => {
    expect(Object.keys(sharedFields).sort()).toEqual(moduleNames('src/schemas/shared'));
  });

  test('every module exports a schema (or a function that builds one), and each starting entry is valid', () => {
    for (const { name, entry } of entryCases) {
      expect(entrySchemas[name].schema.safeParse(entry.data).success, entry.file).toBe(true);
    }
    for (const [name, { module, valid }] of Object.entries(sharedFields)) {
      const schemas = [
        ...exportedSchemas(module).map(([, schema]) => schema),
        ...builtSchemas.filter(([built]) => built.startsWith(`${name}(`)).map(([, s]) => s),
      ];
      expect(schemas.length, name).toBeGreaterThan(0);
      for (const schema of schemas) expect(schema.safeParse(valid).success, name).toBe(true);
    }
    for (const [name, { module }] of Object.entries(entrySchemas)) {
      expect(exportedSchemas(module).length, name).toBeGreaterThan(0);
    }
  });
});

describe('(a) fully random values', { timeout: propertyTimeout() }, () => {
  test.each(allSchemas.map(([name, schema]) => ({ name, schema })))(
    '$name never throws and fails only with located, worded issues',
    ({ schema }) => {
      fc.assert(
        fc.property(fc.oneof(hostileJsonValue, yamlOnlyValue, hostileString), (input) => {
          parsesWithoutCrashing(schema, input);
        }),
        { numRuns: numRuns(100) },
      );
    },
  );

  test.each(Object.entries(entrySchemas).map(([name, { schema }]) => ({ name, schema })))(
    '$name: an object with the right field names and random values never crashes it',
    ({ name, schema }) => {
      const keys = [
        ...new Set(
          validEntriesOf(name as keyof typeof entrySchemas).flatMap((e) => Object.keys(e.data)),
        ),
      ];
      const record = fc.record(Object.fromEntries(keys.map((key) => [key, hostileFieldValue])), {
        requiredKeys: [],
      });
      fc.assert(
        fc.property(record, (input) => {
          parsesWithoutCrashing(schema, input);
        }),
        { numRuns: numRuns(100) },
      );
    },
  );
});

describe(
  '(b) a valid entry with one field replaced by a hostile value',
  { timeout: propertyTimeout() },
  () => {
    test.each(entryCases)('$name: $file, at every field path', ({ name, entry }) => {
      const schema = entrySchemas[name].schema;
      for (const path of allPaths(entry.data)) {
        fc.assert(
          fc.property(
            fc.constant(pathName(path)),
            fc.oneof({ weight: 8, arbitrary: hostileFieldValue }, fc.constant(removed)),
            (_path, value) => {
              parsesWithoutCrashing(schema, withValueAt(entry.data, path, value));
            },
          ),
          { numRuns: numRuns(4) },
        );
      }
    });
  },
);

describe(
  '(c) valid entries whose text fields get hostile text',
  { timeout: propertyTimeout() },
  () => {
    test.each(entryCases)('$name: $file', ({ name, entry }) => {
      const schema = entrySchemas[name].schema;
      const textPaths = allPaths(entry.data).filter(
        (path) => typeof valueAt(entry.data, path) === 'string',
      );
      const replacements = fc.tuple(
        ...textPaths.map((path) =>
          fc.option(hostileAround(String(valueAt(entry.data, path))), { freq: 2 }),
        ),
      );
      fc.assert(
        fc.property(replacements, (values) => {
          let input: unknown = entry.data;
          textPaths.forEach((path, index) => {
            const value = values[index];
            if (value !== null && value !== undefined) input = withValueAt(input, path, value);
          });
          parsesWithoutCrashing(schema, input);
        }),
        { numRuns: numRuns(25) },
      );
    });
  },
);
