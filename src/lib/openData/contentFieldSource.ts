import type { z } from 'astro/zod';
import { awardDecisionSchema } from '../../schemas/awardDecisions';
import { awardFormSchema } from '../../schemas/awardForms';
import { organizationSchema } from '../../schemas/organizations';
import { schemaFields, type SchemaField } from './schemaFields';

/** The content schemas exported fields are copied from, with the file that defines each. */
export const contentSchemas = {
  awardDecisions: { schema: awardDecisionSchema, file: 'src/schemas/awardDecisions.ts' },
  awardForms: { schema: awardFormSchema, file: 'src/schemas/awardForms.ts' },
  organizations: { schema: organizationSchema, file: 'src/schemas/organizations.ts' },
} as const satisfies Record<string, { schema: z.ZodType; file: string }>;

export type ContentSchemaName = keyof typeof contentSchemas;

/** A content field an exported field is copied from, with the content schema's own description. */
export interface ContentFieldSource {
  /** `awardDecisions:awardees[].name [type: individual]`: collection, path and variant. */
  readonly key: string;
  /** The content schema's `.describe()` text, or null when it has none. */
  readonly description: string | null;
}

/** The key that names one content field: `collection:path`, with ` [when]` for a variant. */
export function contentFieldKey(
  collection: ContentSchemaName,
  field: Pick<SchemaField, 'path' | 'when'>,
): string {
  return `${collection}:${field.path}${field.when === null ? '' : ` [${field.when}]`}`;
}

const cache = new Map<ContentSchemaName, SchemaField[]>();

/** The fields of a content schema as editors write them (`io: 'input'`), walked once. */
export function contentSchemaFields(collection: ContentSchemaName): readonly SchemaField[] {
  let fields = cache.get(collection);
  if (fields === undefined) {
    fields = schemaFields(contentSchemas[collection].schema, 'input');
    cache.set(collection, fields);
  }
  return fields;
}

/**
 * Finds the content field an exported field copies, so that its description is read from the content
 * schema (one text, no drift).
 *
 * @param collection the content schema
 * @param path the field's path in it: `title`, `awardees[].achievement`, `consultation.closes`
 * @param when the variant, when the path has several (`type: individual`); must match exactly
 * @throws Error naming the schema file when the field does not exist or the path is ambiguous: the
 *   content schema changed and src/lib/openData/exportSchema.ts must follow
 */
export function contentField(
  collection: ContentSchemaName,
  path: string,
  when?: string,
): ContentFieldSource {
  const { file } = contentSchemas[collection];
  const matches = contentSchemaFields(collection).filter(
    (f) => f.path === path && (when === undefined || f.when === when),
  );
  const [match] = matches;
  if (match === undefined || matches.length > 1) {
    const found = matches.map((f) => f.when ?? 'every variant').join('; ');
    throw new Error(
      matches.length === 0
        ? `${file} has no field "${path}"${when === undefined ? '' : ` for ${when}`}; update src/lib/openData/exportSchema.ts to the schema's new shape.`
        : `${file} has ${matches.length} variants of "${path}" (${found}); pass the variant to contentField().`,
    );
  }
  return { key: contentFieldKey(collection, match), description: match.description };
}
