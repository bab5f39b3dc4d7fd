import { z } from 'astro/zod';

/**
 * One field of a schema, as the open-data field page lists it. Built from the schema itself (its JSON
 * Schema form, `z.toJSONSchema`), so the page cannot drift from what is validated and exported.
 */
export interface SchemaField {
  /** Dotted path; array items are written `[]`: `decisions[].awardees[].achievement`. */
  readonly path: string;
  /**
   * When the field exists only for some variants of a discriminated union: `"type: individual"`,
   * `"status: decided, revoked"`. Null when it exists in every variant.
   */
  readonly when: string | null;
  /** The value's type in Vietnamese: "chuỗi", "ngày ISO 8601 (YYYY-MM-DD)", "một trong: …". */
  readonly type: string;
  /** True when the key must be present (JSON Schema `required`). */
  readonly required: boolean;
  /** True when the value may be `null`. */
  readonly nullable: boolean;
  /** The schema's own `.describe()` / `.meta({ description })` text, or null when it has none. */
  readonly description: string | null;
  /** Keys of the content fields the value is copied from (`contentFields` metadata), if any. */
  readonly contentFields: readonly string[];
}

/**
 * The subset of JSON Schema (draft 2020-12, as `z.toJSONSchema` writes it) this walker reads, plus the
 * two metadata keys the export schema sets with `.meta()`: `typeLabel` and `contentFields`.
 */
export interface JsonSchemaNode {
  /** One type, or several (`["string", "null"]` for a nullable string). */
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchemaNode;
  readonly anyOf?: readonly JsonSchemaNode[];
  readonly oneOf?: readonly JsonSchemaNode[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly format?: string;
  readonly description?: string;
  readonly typeLabel?: string;
  readonly contentFields?: readonly string[];
}

/** Metadata keys that belong to this project, not to JSON Schema; `publicJsonSchema` removes them. */
export const internalMetaKeys = ['typeLabel', 'contentFields'] as const;

/**
 * The JSON Schema of a zod schema, as the walker reads it. Transforms cannot be written in JSON
 * Schema; they are read as "any value" (`unrepresentable: 'any'`), and `io` picks the side: `input`
 * for content files (what editors write), `output` for exported files.
 */
export function toJsonSchemaNode(schema: z.ZodType, io: 'input' | 'output'): JsonSchemaNode {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchemaNode;
}

interface Occurrence {
  readonly field: Omit<SchemaField, 'when'>;
  /** Variant choices on the way to this field: union id → discriminator value. */
  readonly conditions: ReadonlyMap<string, string>;
}

interface Union {
  readonly discriminator: string;
  readonly values: readonly string[];
}

interface WalkState {
  readonly occurrences: Occurrence[];
  readonly unions: Map<string, Union>;
}

const joinPath = (parent: string, key: string): string =>
  parent === '' ? key : `${parent}.${key}`;

/**
 * `{ anyOf: [X, { type: 'null' }] }` → X and nullable; `{ type: ['string', 'null'] }` → string and
 * nullable; anything else unchanged.
 */
function unwrapNullable(node: JsonSchemaNode): { node: JsonSchemaNode; nullable: boolean } {
  if (Array.isArray(node.type)) {
    const types = (node.type as readonly string[]).filter((t) => t !== 'null');
    const nullable = types.length < node.type.length;
    const [only] = types;
    return {
      node: { ...node, type: types.length === 1 && only !== undefined ? only : types },
      nullable,
    };
  }
  const options = node.anyOf;
  if (options?.length === 2 && options.some((o) => o.type === 'null')) {
    const inner = options.find((o) => o.type !== 'null');
    if (inner !== undefined) return { node: inner, nullable: true };
  }
  return { node, nullable: node.type === 'null' };
}

/** The discriminator of a `oneOf` whose options are objects that each fix one key with `const`. */
function discriminatorOf(options: readonly JsonSchemaNode[]): string | null {
  const first = options[0]?.properties;
  if (first === undefined) return null;
  const key = Object.keys(first).find((k) =>
    options.every((o) => typeof o.properties?.[k]?.const === 'string'),
  );
  return key ?? null;
}

const listFormat = new Intl.ListFormat('vi', { type: 'disjunction' });

/** The Vietnamese name of a value's type. */
function typeLabel(node: JsonSchemaNode): string {
  if (node.typeLabel !== undefined) return node.typeLabel;
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum !== undefined) return `một trong: ${node.enum.map(String).join(', ')}`;
  if (node.anyOf !== undefined || node.oneOf !== undefined) {
    const options = node.anyOf ?? node.oneOf ?? [];
    if (node.oneOf !== undefined && discriminatorOf(options) !== null) return 'đối tượng';
    return listFormat.format([...new Set(options.map(typeLabel))]);
  }
  if (Array.isArray(node.type)) {
    const types = node.type as readonly string[];
    return listFormat.format(types.map((type) => typeLabel({ ...node, type })));
  }
  switch (node.type) {
    case 'string':
      if (node.format === 'uri') return 'địa chỉ URL';
      if (node.format === 'date') return 'ngày ISO 8601 (YYYY-MM-DD)';
      return 'chuỗi';
    case 'integer':
      return 'số nguyên';
    case 'number':
      return 'số';
    case 'boolean':
      return 'true hoặc false';
    case 'object':
      return 'đối tượng';
    case 'array':
      return node.items === undefined ? 'danh sách' : `danh sách ${typeLabel(node.items)}`;
    default:
      return 'giá trị bất kỳ';
  }
}

function describeNode(outer: JsonSchemaNode, inner: JsonSchemaNode): string | null {
  return outer.description ?? inner.description ?? null;
}

/** Walks the children of a value: object properties, array items, union variants. */
function walkChildren(
  node: JsonSchemaNode,
  path: string,
  conditions: ReadonlyMap<string, string>,
  state: WalkState,
): void {
  if (node.properties !== undefined) {
    const required = new Set(node.required ?? []);
    for (const [key, child] of Object.entries(node.properties)) {
      walkField(child, joinPath(path, key), required.has(key), conditions, state);
    }
    return;
  }
  if (node.items !== undefined) {
    walkChildren(unwrapNullable(node.items).node, `${path}[]`, conditions, state);
    return;
  }
  const options = node.oneOf ?? node.anyOf;
  if (options === undefined) return;
  const discriminator = discriminatorOf(options);
  if (discriminator === null) return;
  const unionId = `${path}#${discriminator}`;
  const values = options.map((o) => String(o.properties?.[discriminator]?.const));
  state.unions.set(unionId, { discriminator, values });
  const discriminatorNodes = options.flatMap((o) => o.properties?.[discriminator] ?? []);
  state.occurrences.push({
    field: {
      path: joinPath(path, discriminator),
      type: `một trong: ${values.join(', ')}`,
      required: true,
      nullable: false,
      description: discriminatorNodes.find((n) => n.description)?.description ?? null,
      contentFields: [],
    },
    conditions,
  });
  options.forEach((option, index) => {
    const value = values[index] ?? '';
    const own = new Map(conditions).set(unionId, value);
    const required = new Set(option.required ?? []);
    for (const [key, child] of Object.entries(option.properties ?? {})) {
      if (key === discriminator) continue;
      walkField(child, joinPath(path, key), required.has(key), own, state);
    }
  });
}

function walkField(
  outer: JsonSchemaNode,
  path: string,
  required: boolean,
  conditions: ReadonlyMap<string, string>,
  state: WalkState,
): void {
  const { node, nullable } = unwrapNullable(outer);
  state.occurrences.push({
    field: {
      path,
      type: outer.typeLabel ?? typeLabel(node),
      required,
      nullable,
      description: describeNode(outer, node),
      contentFields: outer.contentFields ?? node.contentFields ?? [],
    },
    conditions,
  });
  walkChildren(node, path, conditions, state);
}

const occurrenceKey = ({ field }: Occurrence): string =>
  JSON.stringify([
    field.path,
    field.type,
    field.required,
    field.nullable,
    field.description,
    field.contentFields,
  ]);

/**
 * Merges the occurrences of one field across variants: conditions that cover every variant of a union
 * are dropped ("exists in every variant"), the others are written `discriminator: v1, v2`.
 */
function mergeOccurrences(
  group: readonly Occurrence[],
  unions: ReadonlyMap<string, Union>,
): string {
  const byUnion = new Map<string, Set<string>>();
  for (const { conditions } of group) {
    for (const [unionId, value] of conditions) {
      const set = byUnion.get(unionId) ?? new Set<string>();
      set.add(value);
      byUnion.set(unionId, set);
    }
  }
  const parts: string[] = [];
  for (const [unionId, seen] of byUnion) {
    const union = unions.get(unionId);
    if (union === undefined || union.values.every((v) => seen.has(v))) continue;
    const values = union.values.filter((v) => seen.has(v));
    parts.push(`${union.discriminator}: ${values.join(', ')}`);
  }
  return parts.join('; ');
}

/**
 * Lists every field of a zod schema, in schema order: nested objects, array items (`[]`) and the
 * variants of discriminated unions (a field found in only some variants says so in `when`; a field
 * whose description or type differs between variants is listed once per variant).
 *
 * @param schema any zod schema (objects, arrays, discriminated unions, optional/nullable/default
 *   wrappers, transforms read as their `io` side)
 * @param io `input` for content schemas (what editors write), `output` for export schemas
 * @returns the fields; `description` is null where the schema gives none (the tests require one)
 */
export function schemaFields(schema: z.ZodType, io: 'input' | 'output'): SchemaField[] {
  const state: WalkState = { occurrences: [], unions: new Map() };
  walkChildren(toJsonSchemaNode(schema, io), '', new Map(), state);
  const groups = new Map<string, Occurrence[]>();
  for (const occurrence of state.occurrences) {
    const key = occurrenceKey(occurrence);
    groups.set(key, [...(groups.get(key) ?? []), occurrence]);
  }
  return [...groups.values()].map((group) => {
    const [first] = group;
    if (first === undefined) throw new Error('unreachable: empty occurrence group');
    const when = mergeOccurrences(group, state.unions);
    return { ...first.field, when: when === '' ? null : when };
  });
}
