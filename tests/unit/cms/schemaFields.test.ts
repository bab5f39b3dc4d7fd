import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { collectionFields, collectionSchemas, fieldOptions } from '../../../src/lib/cms/cmsConfig';
import {
  CmsFieldError,
  fieldFor,
  partialDatePattern,
  unwrap,
  type CmsField,
} from '../../../src/lib/cms/schemaFields';
import { idReference, type CollectionName } from '../../../src/schemas/shared/idReference';
import { partialDateField } from '../../../src/schemas/shared/partialDate';
import { cmsHints } from '../../../src/lib/cms/cmsHints';

const day = partialDateField.superRefine(() => undefined);
cmsHints.add(day, { date: 'day' });

describe('schema shapes → editor widgets', () => {
  const cases: [string, z.ZodType, Partial<CmsField>][] = [
    ['text', z.string().trim().min(2), { widget: 'string', required: true }],
    ['long text', z.string().max(600), { widget: 'text' }],
    ['optional text', z.string().optional(), { widget: 'string', required: false }],
    [
      'boolean with default',
      z.boolean().default(false),
      { widget: 'boolean', required: false, default: false },
    ],
    ['whole number', z.number().int(), { widget: 'number', value_type: 'int' }],
    [
      'enum with project labels',
      z.enum(['party', 'state', 'front', 'council']),
      {
        widget: 'select',
        options: [
          { value: 'party', label: 'Khối Đảng' },
          { value: 'state', label: 'Khối Nhà nước' },
          { value: 'front', label: 'Mặt trận và đoàn thể' },
          { value: 'council', label: 'Hội đồng Thi đua - Khen thưởng' },
        ],
      },
    ],
    [
      'id reference',
      idReference('organizations').describe('Cơ quan ban hành (id)'),
      {
        widget: 'relation',
        collection: 'organizations',
        value_field: '{{slug}}',
        label: 'Cơ quan ban hành',
      },
    ],
    [
      'list of id references',
      z.array(idReference('documents')).default([]),
      { widget: 'relation', collection: 'documents', multiple: true, required: false },
    ],
    [
      'partial date',
      partialDateField.optional(),
      {
        widget: 'string',
        pattern: [partialDatePattern, expect.any(String) as string],
        required: false,
      },
    ],
    [
      'full day',
      day,
      { widget: 'datetime', time_format: false, format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY' },
    ],
    [
      'list of texts',
      z.array(z.string()).default([]),
      { widget: 'list', field: expect.objectContaining({ widget: 'string' }) as CmsField },
    ],
    [
      'list of enum values',
      z.array(z.enum(['first', 'second', 'third'])),
      { widget: 'select', multiple: true },
    ],
    [
      'list of objects',
      z.array(z.object({ name: z.string(), until: partialDateField.optional() })),
      {
        widget: 'list',
        fields: [
          expect.objectContaining({ name: 'name' }),
          expect.objectContaining({ name: 'until' }),
        ] as CmsField[],
      },
    ],
    [
      'group of fields',
      z.object({ commune: z.string() }).describe('Địa bàn'),
      { widget: 'object', label: 'Địa bàn' },
    ],
  ];
  test.each(cases)('%s', (_name, schema, expected) => {
    expect(fieldFor('field', schema, fieldOptions)).toMatchObject(expected);
  });

  test('a list of awardees told apart by type becomes a list of types with Vietnamese labels', () => {
    const awardees = collectionFields('awardDecisions').find((f) => f.name === 'awardees');
    expect(awardees).toMatchObject({ widget: 'list', typeKey: 'type', required: true });
    expect(awardees?.types?.map((t) => [t.name, t.label])).toEqual([
      ['individual', 'Cá nhân'],
      ['collective', 'Tập thể'],
      ['household', 'Hộ gia đình'],
    ]);
    const individual = awardees?.types?.[0]?.fields?.map((f) => `${f.name}:${f.widget}`);
    expect(individual).toEqual([
      'name:string',
      'position:string',
      'unit:string',
      'awardForm:relation',
      'class:select',
      'achievement:string',
      'published:boolean',
    ]);
  });

  test('the exemplar cover is a photo with required description and credit', () => {
    const cover = collectionFields('exemplars').find((f) => f.name === 'cover');
    expect(cover?.fields?.map((f) => [f.name, f.widget, f.required])).toEqual([
      ['image', 'image', true],
      ['alt', 'string', true],
      ['credit', 'string', true],
      ['licence', 'string', false],
      ['people', 'select', true],
    ]);
  });

  test('exemplar stories are edited as raw MDX only (the rich-text mode rewrites MDX)', () => {
    const body = collectionFields('exemplars').at(-1);
    expect(body).toMatchObject({ name: 'body', widget: 'markdown', modes: ['raw'] });
  });

  test('a field type with no widget is an error naming the field', () => {
    expect(() => fieldFor('when', z.date(), fieldOptions, 'awardees.when')).toThrow(CmsFieldError);
    expect(() => fieldFor('when', z.date(), fieldOptions, 'awardees.when')).toThrow(
      /awardees\.when/,
    );
  });
});

/**
 * Every field of a schema variant, with whether the editor must fill it and its enum options. Fields
 * inside a group that may be left empty are optional in the editor (Decap would otherwise block saving
 * an empty optional group; `optionalGroup`), so they count as optional here.
 */
function schemaFieldsOf(
  schema: z.ZodType,
  prefix = '',
  inOptionalGroup = false,
): Map<string, { required: boolean; options?: string[] }> {
  const found = new Map<string, { required: boolean; options?: string[] }>();
  const shape = (unwrap(schema).schema as unknown as { shape: Record<string, z.ZodType> }).shape;
  for (const [name, field] of Object.entries(shape)) {
    const path = `${prefix}${name}`;
    const inner = unwrap(field);
    const def = inner.schema._zod.def as unknown as {
      type: string;
      entries?: Record<string, string>;
      element?: z.ZodType;
    };
    found.set(path, {
      required: inner.required && !inOptionalGroup,
      ...(def.entries === undefined ? {} : { options: Object.values(def.entries) }),
    });
    if (def.type === 'object') {
      for (const [k, v] of schemaFieldsOf(
        inner.schema,
        `${path}.`,
        inOptionalGroup || !inner.required,
      ))
        found.set(k, v);
    }
  }
  return found;
}

function widgetFieldsOf(fields: readonly CmsField[], prefix = ''): Map<string, CmsField> {
  const found = new Map<string, CmsField>();
  for (const field of fields) {
    const path = `${prefix}${field.name}`;
    found.set(path, field);
    if (field.widget === 'object' && field.fields !== undefined) {
      for (const [k, v] of widgetFieldsOf(field.fields, `${path}.`)) found.set(k, v);
    }
  }
  return found;
}

describe('every field of every collection schema has a widget that agrees with it', () => {
  const collections = Object.keys(collectionSchemas) as CollectionName[];
  test.each(collections)('%s', (collection) => {
    const { variants, key } = collectionSchemas[collection];
    const widgets = widgetFieldsOf(collectionFields(collection));
    for (const variant of variants) {
      for (const [path, field] of schemaFieldsOf(variant)) {
        const widget = widgets.get(path);
        expect(widget, `${collection}: ${path} has no widget`).toBeDefined();
        if (widget === undefined) continue;
        // A top-level field of a union collection is required when every variant requires it; a field
        // inside a group follows its own schema, unless the group is optional in some variant.
        const everywhere = variants.every((v) => schemaFieldsOf(v).get(path)?.required === true);
        const groupEverywhere = variants.every(
          (v) => schemaFieldsOf(v).get(path.split('.')[0] ?? '')?.required === true,
        );
        if (path !== key) {
          expect(widget.required, `${collection}: ${path} required`).toBe(
            key === undefined
              ? field.required
              : path.includes('.')
                ? field.required && groupEverywhere
                : everywhere,
          );
        }
        if (field.options !== undefined) {
          const values = (widget.options ?? []).map((o) => o.value);
          expect(values, `${collection}: ${path} options`).toEqual(
            path === key
              ? variants.map((v) => schemaFieldsOf(v).get(path)?.options?.[0])
              : field.options,
          );
        }
      }
    }
    // No widget without a schema field (besides the Markdown body).
    for (const path of widgets.keys()) {
      if (path === 'body') continue;
      expect(
        variants.some((v) => schemaFieldsOf(v).has(path)),
        `${collection}: widget ${path} has no schema field`,
      ).toBe(true);
    }
  });
});
