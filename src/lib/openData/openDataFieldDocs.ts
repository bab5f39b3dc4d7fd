import type { z } from 'astro/zod';
import { awardCsvColumns } from './awardCsv';
import {
  omittedContentFields,
  openDataAwardFormsFileSchema,
  openDataDecisionsFileSchema,
} from './exportSchema';
import { schemaFields, type SchemaField } from './schemaFields';

/** A field as the /du-lieu/ table shows it: path, type, description; always described. */
export interface FieldDoc {
  /** `decisions[].awardees[].name`. */
  readonly path: string;
  /** Vietnamese type, with "hoặc null" when the value may be null. */
  readonly type: string;
  readonly description: string;
}

/** One CSV column as /du-lieu/ documents it. */
export interface CsvColumnDoc {
  readonly header: string;
  /** The JSON field holding the same value. */
  readonly field: string;
  readonly description: string;
}

/** Thrown when an exported field has no description: the field page would have a hole. */
export class UndocumentedFieldError extends Error {
  override name = 'UndocumentedFieldError';
}

function toFieldDoc(field: SchemaField, schemaName: string): FieldDoc {
  if (field.description === null) {
    throw new UndocumentedFieldError(
      `${schemaName}: field "${field.path}" has no description; add .describe() or described() in src/lib/openData/exportSchema.ts (or .describe() in the content schema it copies).`,
    );
  }
  return {
    path: field.path,
    type: field.nullable ? `${field.type} hoặc null` : field.type,
    description: field.description,
  };
}

/**
 * Every field of an exported file's schema, in schema order, with its description.
 *
 * @param schema an export schema (read as `io: 'output'`, what the file holds)
 * @param schemaName the schema's name, for the error message
 * @throws UndocumentedFieldError naming the first field that has no description
 */
export function fieldDocs(schema: z.ZodType, schemaName: string): FieldDoc[] {
  return schemaFields(schema, 'output').map((f) => toFieldDoc(f, schemaName));
}

/** Every field of the decision JSON files (`openDataDecisionsFileSchema`). */
export function decisionFieldDocs(): FieldDoc[] {
  return fieldDocs(openDataDecisionsFileSchema, 'openDataDecisionsFileSchema');
}

/** Every field of the award catalogue file (`openDataAwardFormsFileSchema`). */
export function awardFormFieldDocs(): FieldDoc[] {
  return fieldDocs(openDataAwardFormsFileSchema, 'openDataAwardFormsFileSchema');
}

/**
 * The CSV columns, each described by the JSON field it mirrors.
 *
 * @throws UndocumentedFieldError when a column names a JSON field that does not exist
 */
export function csvColumnDocs(): CsvColumnDoc[] {
  const byPath = new Map(decisionFieldDocs().map((f) => [f.path, f]));
  return awardCsvColumns.map(({ header, field }) => {
    const doc = byPath.get(field);
    if (doc === undefined) {
      throw new UndocumentedFieldError(
        `CSV column "${header}" mirrors "${field}", which is not a field of the decision JSON; fix awardCsvColumns in src/lib/openData/awardCsv.ts.`,
      );
    }
    return { header, field, description: doc.description };
  });
}

/** Content fields deliberately left out of every export, with the reason (shown on /du-lieu/). */
export function omittedFieldDocs(): { readonly field: string; readonly reason: string }[] {
  return Object.entries(omittedContentFields).map(([key, reason]) => ({
    field: key.slice(key.indexOf(':') + 1),
    reason,
  }));
}
