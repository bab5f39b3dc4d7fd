import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { contentFieldKey, contentSchemaFields } from '../../../src/lib/openData/contentFieldSource';
import {
  omittedContentFields,
  openDataAwardFormsFileSchema,
  openDataDecisionsFileSchema,
} from '../../../src/lib/openData/exportSchema';
import {
  awardFormFieldDocs,
  csvColumnDocs,
  decisionFieldDocs,
  fieldDocs,
  UndocumentedFieldError,
} from '../../../src/lib/openData/openDataFieldDocs';
import { schemaFields } from '../../../src/lib/openData/schemaFields';

const exportSchemas = [
  ['openDataDecisionsFileSchema', openDataDecisionsFileSchema],
  ['openDataAwardFormsFileSchema', openDataAwardFormsFileSchema],
] as const;

describe.each(exportSchemas)('every field of %s is documented', (_name, schema) => {
  test.each(schemaFields(schema, 'output').map((f) => [f.path, f] as const))(
    '%s has a description',
    (_path, field) => {
      expect(field.description?.trim()).toBeTruthy();
    },
  );
});

describe('the field docs on /du-lieu/ come from the export schemas', () => {
  test.each([
    ['decision file', decisionFieldDocs(), openDataDecisionsFileSchema],
    ['award catalogue', awardFormFieldDocs(), openDataAwardFormsFileSchema],
  ] as const)('the %s docs list every schema field, in schema order', (_name, docs, schema) => {
    expect(docs.map((d) => d.path)).toEqual(schemaFields(schema, 'output').map((f) => f.path));
  });

  test('a field is listed with its path, type and description', () => {
    expect(decisionFieldDocs().find((d) => d.path === 'decisions[].awardees[].name')).toEqual({
      path: 'decisions[].awardees[].name',
      type: 'chuỗi',
      description: 'Họ và tên (cá nhân); Tên tập thể (tập thể); Họ tên chủ hộ (hộ gia đình)',
    });
    expect(decisionFieldDocs().find((d) => d.path === 'decisions[].issued')?.type).toBe(
      'ngày ISO 8601 (YYYY-MM-DD, YYYY-MM hoặc YYYY) hoặc null',
    );
  });

  test('a copied field reads its description from the content schema', () => {
    expect(
      decisionFieldDocs().find((d) => d.path === 'decisions[].awardees[].achievement')?.description,
    ).toBe('Thành tích');
  });

  test('a schema field without a description fails, naming the field', () => {
    const schema = z.object({
      title: z.string().describe('Tên'),
      items: z.array(z.object({ note: z.string() })).describe('Mục'),
    });
    expect(() => fieldDocs(schema, 'testSchema')).toThrow(UndocumentedFieldError);
    expect(() => fieldDocs(schema, 'testSchema')).toThrow('testSchema: field "items[].note"');
  });

  test('every CSV column mirrors a documented JSON field', () => {
    expect(csvColumnDocs().map((c) => [c.header, c.field])).toContainEqual([
      'Họ tên / Tập thể / Chủ hộ',
      'decisions[].awardees[].name',
    ]);
    for (const column of csvColumnDocs()) expect(column.description).not.toBe('');
  });
});

describe('every content field of the award schemas is exported or deliberately left out', () => {
  const exported = new Set(
    exportSchemas.flatMap(([, schema]) =>
      schemaFields(schema, 'output').flatMap((f) => f.contentFields),
    ),
  );
  const contentKeys = (['awardDecisions', 'awardForms'] as const).flatMap((collection) =>
    contentSchemaFields(collection).map((f) => contentFieldKey(collection, f)),
  );

  test.each(contentKeys)('%s', (key) => {
    expect(exported.has(key) || key in omittedContentFields).toBe(true);
  });

  test('the withheld flag itself is the field left out', () => {
    expect(Object.keys(omittedContentFields)).toEqual(['awardDecisions:awardees[].published']);
    expect(exported.has('awardDecisions:awardees[].published')).toBe(false);
  });
});

describe('schemaFields walks nested objects, arrays and discriminated unions', () => {
  const fields = contentSchemaFields('awardDecisions');

  test('a field whose description differs by variant is listed once per variant', () => {
    expect(
      fields.filter((f) => f.path === 'awardees[].name').map((f) => [f.when, f.description]),
    ).toEqual([
      ['type: individual', 'Họ và tên'],
      ['type: collective', 'Tên tập thể'],
    ]);
  });

  test('a field found in every variant has no condition', () => {
    expect(fields.find((f) => f.path === 'awardees[].achievement')?.when).toBeNull();
  });

  test('a field of one variant says which', () => {
    expect(fields.find((f) => f.path === 'consultation.closes')?.when).toBe('status: proposed');
  });

  test('nullable and required are read from the schema', () => {
    const field = schemaFields(
      z.object({ a: z.string().nullable().describe('A'), b: z.number().int().optional() }),
      'output',
    );
    expect(field.map((f) => [f.path, f.type, f.nullable, f.required])).toEqual([
      ['a', 'chuỗi', true, true],
      ['b', 'số nguyên', false, false],
    ]);
  });
});
