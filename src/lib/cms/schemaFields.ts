/**
 * Decap CMS field definitions generated from the collections' zod schemas (src/schemas/), so the web
 * editor at /admin asks for exactly the fields the validation pass and the build accept, in the same
 * order. Pure: no `astro:*` import, no file system; runs in Node (build) and is tested in tests/unit/cms/.
 *
 * Widgets: Decap CMS 3 (https://decapcms.org/docs/widgets/). The mapping:
 *
 * | zod (input side)                          | Decap widget                                              |
 * | ----------------------------------------- | --------------------------------------------------------- |
 * | string                                    | `string`; `text` when it may be 300 characters or more    |
 * | string with hint `{ date: 'day' }`        | `datetime`, date only, stored `YYYY-MM-DD`                |
 * | string with hint `{ date: 'partial' }`    | `string` with the pattern `YYYY`, `YYYY-MM`, `YYYY-MM-DD` |
 * | string with hint `{ image: true }`        | `image` (the photo path)                                  |
 * | id reference (`idReference`)              | `relation` to that collection, value = file name          |
 * | enum                                      | `select` with Vietnamese labels when the project has them |
 * | literal                                   | `hidden` with that value                                  |
 * | boolean / number                          | `boolean` / `number` (`int` when the schema says so)      |
 * | object                                    | `object` with its fields                                  |
 * | array of references / enums               | `relation` / `select` with `multiple: true`               |
 * | array of strings                          | `list` of one `string` field                              |
 * | array of objects                          | `list` with `fields`                                      |
 * | array of a discriminated union of objects | `list` with `types` and `typeKey` (awardees by `type`)    |
 *
 * A field is `required: false` when its schema accepts nothing (`.optional()`, `.default()`).
 */
import type { z } from 'astro/zod';
import { cmsHints, type CmsHint } from './cmsHints';
import type { CollectionName } from '../../schemas/shared/idReference';

/** One option of a `select` widget. */
export interface CmsOption {
  readonly label: string;
  readonly value: string;
}

/**
 * A Decap CMS field (the subset this project writes). `name` is the key in the file; `label` and
 * `hint` are what the editor reads, in Vietnamese.
 */
export interface CmsField {
  readonly name: string;
  readonly label: string;
  readonly widget: string;
  readonly required: boolean;
  readonly hint?: string;
  readonly default?: unknown;
  readonly options?: readonly CmsOption[];
  readonly multiple?: boolean;
  readonly fields?: readonly CmsField[];
  readonly field?: CmsField;
  readonly types?: readonly CmsField[];
  readonly typeKey?: string;
  readonly collection?: string;
  readonly value_field?: string;
  readonly search_fields?: readonly string[];
  readonly display_fields?: readonly string[];
  readonly options_length?: number;
  readonly date_format?: string;
  readonly time_format?: boolean;
  readonly format?: string;
  readonly picker_utc?: boolean;
  readonly pattern?: readonly [string, string];
  readonly value_type?: 'int' | 'float';
  readonly choose_url?: boolean;
  readonly collapsed?: boolean;
  readonly summary?: string;
  readonly modes?: readonly string[];
  readonly sanitize_preview?: boolean;
}

/** What a field mapping needs beyond the schema: how to name and display entries of each collection. */
export interface FieldOptions {
  /** Decap collection name of each project collection (relation targets). */
  readonly collectionNames: Readonly<Record<CollectionName, string>>;
  /** Fields a relation picker searches and shows, per target collection (e.g. `['name']`). */
  readonly searchFields: Readonly<Record<CollectionName, readonly string[]>>;
  /**
   * Vietnamese labels of enum values: a table is used for an enum when its keys are exactly the
   * enum's values (e.g. `levelLabels` for `organizationLevels`).
   */
  readonly labelTables: readonly Readonly<Record<string, string>>[];
}

/** A schema the generator cannot map: a field type it does not know. Names the field path. */
export class CmsFieldError extends Error {}

/** The pattern of a partial date as editors type it (the schema then checks the calendar). */
export const partialDatePattern = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly defaultValue?: unknown;
  readonly in?: z.ZodType;
  readonly out?: z.ZodType;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly element?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly discriminator?: string;
  readonly entries?: Readonly<Record<string, string>>;
  readonly values?: readonly unknown[];
  readonly checks?: readonly { readonly _zod: { readonly def: Record<string, unknown> } }[];
}

const defOf = (schema: z.ZodType): Def => schema._zod.def as unknown as Def;

/** The schema the editor writes: `.optional()`/`.default()` removed, pipes read on their input side. */
interface Unwrapped {
  readonly schema: z.ZodType;
  readonly required: boolean;
  readonly defaultValue?: unknown;
  readonly hint?: CmsHint;
  readonly description?: string;
}

/**
 * Peels optional, default and pipe layers off a field schema, collecting whether the field may be left
 * out, its default, its description and its editor hint (the outermost found wins).
 */
export function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  let required = true;
  let defaultValue: unknown;
  let hint: CmsHint | undefined;
  let description: string | undefined;
  for (;;) {
    hint ??= cmsHints.get(current);
    description ??= current.description;
    const def = defOf(current);
    if (def.type === 'optional' && def.innerType !== undefined) {
      required = false;
      current = def.innerType;
    } else if (def.type === 'default' && def.innerType !== undefined) {
      required = false;
      defaultValue ??= def.defaultValue;
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in !== undefined && def.out !== undefined) {
      // z.preprocess is a pipe from a transform: the written value is what the output side reads.
      current = defOf(def.in).type === 'transform' ? def.out : def.in;
    } else {
      break;
    }
  }
  return {
    schema: current,
    required,
    ...(defaultValue === undefined ? {} : { defaultValue }),
    ...(hint === undefined ? {} : { hint }),
    ...(description === undefined ? {} : { description }),
  };
}

/** "Cơ quan ban hành (id)" → "Cơ quan ban hành": the label is the description up to `(` or `:`. */
export function labelOf(description: string | undefined, name: string): string {
  if (description === undefined || description.trim() === '') return fallbackLabels[name] ?? name;
  const short = description.replace(/\s*[(:;].*$/s, '').trim();
  return short === '' ? description.trim() : short;
}

/** Labels of the few fields whose schema has no description. */
const fallbackLabels: Readonly<Record<string, string>> = {
  name: 'Tên',
  until: 'Dùng đến ngày',
  status: 'Trạng thái',
  type: 'Loại',
  date: 'Ngày',
  reason: 'Lý do',
};

const enumValues = (schema: z.ZodType): string[] | null => {
  const def = defOf(schema);
  if (def.type !== 'enum' || def.entries === undefined) return null;
  return Object.values(def.entries);
};

/** The select options of an enum, labelled from the first table whose keys are its values. */
export function optionsOf(values: readonly string[], options: FieldOptions): CmsOption[] {
  const table = options.labelTables.find((t) => {
    const keys = Object.keys(t);
    return keys.length === values.length && values.every((v) => Object.hasOwn(t, v));
  });
  return values.map((value) => ({ value, label: table?.[value] ?? value }));
}

const maxLengthOf = (schema: z.ZodType): number | null =>
  (schema as unknown as { maxLength?: number | null }).maxLength ?? null;

const isInt = (schema: z.ZodType): boolean =>
  (defOf(schema).checks ?? []).some(
    (c) => c._zod.def['format'] === 'safeint' || c._zod.def['format'] === 'int32',
  ) || (schema as unknown as { isInt?: boolean }).isInt === true;

/** The object variants of a discriminated union, or null for any other schema. */
function unionVariants(schema: z.ZodType): { key: string; variants: z.ZodType[] } | null {
  const def = defOf(schema);
  if (def.type !== 'union' || def.discriminator === undefined || def.options === undefined)
    return null;
  return { key: def.discriminator, variants: [...def.options] };
}

/** The value of a variant's discriminator (a literal field), e.g. "individual". */
function literalOf(variant: z.ZodType, key: string): string {
  const field = defOf(variant).shape?.[key];
  const values = field === undefined ? undefined : defOf(unwrap(field).schema).values;
  const value = values?.[0];
  if (typeof value !== 'string') throw new CmsFieldError(`variant without a literal "${key}"`);
  return value;
}

/** The fields of an object schema (`shape`), or of an object refined by `.superRefine()`. */
export function shapeOf(schema: z.ZodType, path: string): Readonly<Record<string, z.ZodType>> {
  const shape = defOf(unwrap(schema).schema).shape;
  if (shape === undefined) throw new CmsFieldError(`${path}: not an object schema`);
  return shape;
}

/**
 * The Decap field for one schema field.
 *
 * @param name the key in the file
 * @param schema its zod schema, as declared in src/schemas/
 * @param path the dotted path, for error messages ("awardees.name")
 * @throws CmsFieldError when the schema (or a nested one) has a type with no widget
 */
export function fieldFor(
  name: string,
  schema: z.ZodType,
  options: FieldOptions,
  path = name,
): CmsField {
  const unwrapped = unwrap(schema);
  const { required, hint, description } = unwrapped;
  const base = {
    name,
    label: labelOf(description, name),
    required,
    ...(description !== undefined && description !== labelOf(description, name)
      ? { hint: description }
      : {}),
    ...(unwrapped.defaultValue === undefined ||
    (Array.isArray(unwrapped.defaultValue) && unwrapped.defaultValue.length === 0) ||
    (typeof unwrapped.defaultValue === 'object' && !Array.isArray(unwrapped.defaultValue))
      ? {}
      : { default: unwrapped.defaultValue }),
  };
  const inner = unwrapped.schema;
  const def = defOf(inner);

  if (hint !== undefined && 'reference' in hint) return relation(base, hint.reference, options);
  if (hint !== undefined && 'date' in hint) {
    return hint.date === 'day'
      ? {
          ...base,
          widget: 'datetime',
          date_format: 'DD/MM/YYYY',
          time_format: false,
          format: 'YYYY-MM-DD',
          picker_utc: true,
        }
      : {
          ...base,
          widget: 'string',
          pattern: [
            partialDatePattern,
            'Viết năm (2025), năm-tháng (2025-06) hoặc ngày (2025-06-30)',
          ],
        };
  }
  if (hint !== undefined && 'image' in hint) return { ...base, widget: 'image', choose_url: false };

  switch (def.type) {
    case 'string': {
      const max = maxLengthOf(inner);
      return { ...base, widget: max !== null && max >= 300 ? 'text' : 'string' };
    }
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'number':
      return { ...base, widget: 'number', value_type: isInt(inner) ? 'int' : 'float' };
    case 'enum':
      return { ...base, widget: 'select', options: optionsOf(enumValues(inner) ?? [], options) };
    case 'literal': {
      const value = def.values?.[0];
      return { ...base, widget: 'hidden', default: value };
    }
    case 'object': {
      const field: CmsField = {
        ...base,
        widget: 'object',
        fields: objectFields(inner, options, path),
      };
      return required ? field : optionalGroup(field);
    }
    case 'array': {
      if (def.element === undefined) throw new CmsFieldError(`${path}: array without element`);
      const list = listFor(def.element, options, path);
      // Decap starts a list with one item when a field of its items has a default (the "archive"
      // checkbox of "Nơi nhận"), and that half-empty item then blocks the save: lists start empty.
      return list.widget === 'list' && base.default === undefined
        ? { ...base, default: [], ...list }
        : { ...base, ...list };
    }
    default:
      throw new CmsFieldError(
        `${path}: no editor widget for a zod "${def.type}"; add a mapping in src/lib/cms/schemaFields.ts`,
      );
  }
}

type Base = Pick<CmsField, 'name' | 'label' | 'required' | 'hint' | 'default'>;

function relation(
  base: Base,
  target: CollectionName,
  options: FieldOptions,
  multiple = false,
): CmsField {
  const search = options.searchFields[target];
  return {
    ...base,
    widget: 'relation',
    collection: options.collectionNames[target],
    value_field: '{{slug}}',
    search_fields: search,
    display_fields: search.slice(0, 1),
    options_length: 50,
    ...(multiple ? { multiple: true } : {}),
  };
}

/** The widget part of an array field: what its elements are decides the widget. */
function listFor(
  element: z.ZodType,
  options: FieldOptions,
  path: string,
): Omit<CmsField, keyof Base> {
  const item = unwrap(element);
  const hint = item.hint;
  if (hint !== undefined && 'reference' in hint) {
    const { widget, collection, value_field, search_fields, display_fields, options_length } =
      relation({ name: '', label: '', required: false }, hint.reference, options);
    return {
      widget,
      collection,
      value_field,
      search_fields,
      display_fields,
      options_length,
      multiple: true,
    } as Omit<CmsField, keyof Base>;
  }
  const values = enumValues(item.schema);
  if (values !== null)
    return { widget: 'select', multiple: true, options: optionsOf(values, options) };
  const union = unionVariants(item.schema);
  if (union !== null) {
    const labels = optionsOf(
      union.variants.map((variant) => literalOf(variant, union.key)),
      options,
    );
    return {
      widget: 'list',
      typeKey: union.key,
      types: union.variants.map((variant, index) => {
        const value = literalOf(variant, union.key);
        const label = labels[index]?.label ?? value;
        return {
          name: value,
          label,
          widget: 'object',
          required: true,
          fields: objectFields(variant, options, `${path}[${value}]`).filter(
            (f) => f.name !== union.key,
          ),
        };
      }),
    };
  }
  if (defOf(item.schema).type === 'object') {
    return { widget: 'list', fields: objectFields(item.schema, options, path) };
  }
  return { widget: 'list', field: fieldFor('item', element, options, `${path}[]`) };
}

/**
 * The fields of an object schema, in schema order.
 *
 * @throws CmsFieldError as {@link fieldFor}
 */
export function objectFields(schema: z.ZodType, options: FieldOptions, path = ''): CmsField[] {
  return Object.entries(shapeOf(schema, path)).map(([name, field]) =>
    fieldFor(name, field, options, path === '' ? name : `${path}.${name}`),
  );
}

/**
 * A group the editor may leave empty (`signatory`, a consultation): Decap CMS checks the required
 * fields inside a group even when the group is optional and left empty, which would block every
 * save. So the fields inside are shown as optional, with a hint; the save check
 * (src/lib/cms/checkEntry.ts) still refuses a group filled in half.
 */
export function optionalGroup(field: CmsField): CmsField {
  if (field.widget !== 'object' || field.fields === undefined) return field;
  return {
    ...field,
    required: false,
    fields: field.fields.map((child) =>
      child.required
        ? {
            ...optionalGroup(child),
            required: false,
            hint:
              child.hint === undefined
                ? 'Bắt buộc khi điền nhóm này'
                : `${child.hint}. Bắt buộc khi điền nhóm này`,
          }
        : optionalGroup(child),
    ),
  };
}

const isPartialDate = (field: CmsField): boolean =>
  field.widget === 'string' && field.pattern?.[0] === partialDatePattern;

/**
 * The fields of a collection whose schema is a discriminated union of objects told apart by `key`
 * (documents and award decisions by `status`): one `select` for the key, then every field of every
 * variant in first-seen order. A field is required only when every variant requires it; Decap CMS
 * cannot show fields per variant, so the per-variant rules are left to the validation on save
 * (src/lib/cms/checkEntry.ts), which names the field and the status that needs it.
 *
 * @param variants the union's object schemas, each with a literal `key` field
 * @param defaultValue the key's value for a new entry
 * @throws CmsFieldError as {@link fieldFor}, or when two variants give one field different widgets
 */
export function unionFields(
  key: string,
  variants: readonly z.ZodType[],
  options: FieldOptions,
  defaultValue: string,
): CmsField[] {
  const values = variants.map((v) => literalOf(v, key));
  const keyDescription = unwrap(shapeOf(variants[0] as z.ZodType, key)[key] as z.ZodType);
  const keyField: CmsField = {
    name: key,
    label: labelOf(keyDescription.description, key),
    widget: 'select',
    required: true,
    default: defaultValue,
    options: optionsOf(values, options),
  };
  const merged = new Map<string, { field: CmsField; presentIn: string[]; requiredIn: string[] }>();
  variants.forEach((variant, index) => {
    const value = values[index] ?? '';
    for (const field of objectFields(variant, options)) {
      if (field.name === key) continue;
      const seen = merged.get(field.name) ?? { field, presentIn: [], requiredIn: [] };
      // A date that is partial in one variant and a full day in another (award decisions' `issued`):
      // the partial-date text field accepts both; the save check asks for the full day.
      if (isPartialDate(field) && seen.field.widget === 'datetime') seen.field = field;
      if (
        seen.field.widget !== field.widget &&
        !(isPartialDate(seen.field) && field.widget === 'datetime')
      ) {
        throw new CmsFieldError(
          `${field.name}: the variants of "${key}" give it different widgets (${seen.field.widget}, ${field.widget})`,
        );
      }
      seen.presentIn.push(value);
      if (field.required) seen.requiredIn.push(value);
      merged.set(field.name, seen);
    }
  });
  const fields = [...merged.values()].map(({ field, presentIn, requiredIn }) => {
    const required = requiredIn.length === variants.length;
    if (required) return field;
    const note =
      requiredIn.length > 0
        ? `Bắt buộc khi ${key} là ${requiredIn.join(', ')}`
        : presentIn.length < variants.length
          ? `Chỉ dùng khi ${key} là ${presentIn.join(', ')}`
          : '';
    if (note === '' && !field.required) return field;
    return {
      ...optionalGroup(field),
      required: false,
      ...(note === '' ? {} : { hint: field.hint === undefined ? note : `${field.hint}. ${note}` }),
    };
  });
  return [keyField, ...fields];
}
