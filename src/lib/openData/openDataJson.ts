import { z } from 'astro/zod';
import {
  openDataDecisionsFileSchema,
  type OpenDataAwardForm,
  type OpenDataAwardFormsFile,
  type OpenDataDecision,
  type OpenDataDecisionsFile,
} from './exportSchema';
import { openDataLicence, siteName } from './openDataLicence';
import { absoluteUrl, openDataHrefs } from './openDataUrls';
import { internalMetaKeys } from './schemaFields';

/** The header every exported JSON file starts with: title, documentation page, licence. */
function fileHeader(title: string, site: URL | string) {
  return {
    title,
    documentation: absoluteUrl(openDataHrefs.page, site),
    licence: { name: openDataLicence.name, url: openDataLicence.url },
  };
}

/**
 * A decisions file: every decision (`/khen-thuong/khen-thuong.json`) or one
 * (`/khen-thuong/<id>/khen-thuong.json`); the same shape either way (`openDataDecisionsFileSchema`).
 *
 * @param decisions from `buildOpenData` (published awardees only), in the order to publish
 * @param site the site address for the absolute links
 */
export function decisionsFile(
  decisions: readonly OpenDataDecision[],
  site: URL | string,
): OpenDataDecisionsFile {
  const [only] = decisions;
  const title =
    decisions.length === 1 && only !== undefined
      ? `${only.title} | ${siteName}`
      : `Quyết định khen thưởng và danh sách lấy ý kiến | ${siteName}`;
  return {
    ...fileHeader(title, site),
    illustrative: decisions.some((d) => d.illustrative),
    decisions: [...decisions],
  };
}

/** The award catalogue file (`/du-lieu/hinh-thuc-khen-thuong.json`). */
export function awardFormsFile(
  awardForms: readonly OpenDataAwardForm[],
  site: URL | string,
): OpenDataAwardFormsFile {
  return {
    ...fileHeader(`Danh mục hình thức khen thưởng, danh hiệu thi đua | ${siteName}`, site),
    awardForms: [...awardForms],
  };
}

/**
 * JSON text as every open-data file is written: UTF-8 (Vietnamese kept as is, not `\u` escapes),
 * two-space indent, keys in schema order, a final newline.
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Removes this project's own metadata keys (`internalMetaKeys`) from a JSON Schema, recursively. */
function withoutInternalKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutInternalKeys);
  if (value === null || typeof value !== 'object') return value;
  const internal: readonly string[] = internalMetaKeys;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !internal.includes(key))
      .map(([key, inner]) => [key, withoutInternalKeys(inner)]),
  );
}

/**
 * The JSON Schema (draft 2020-12) of the decisions files, published at
 * `/du-lieu/khen-thuong.schema.json` so reusers can validate what they download.
 *
 * @param site the site address, for the schema's `$id`
 */
export function decisionsJsonSchema(site: URL | string): Record<string, unknown> {
  const schema = withoutInternalKeys(
    z.toJSONSchema(openDataDecisionsFileSchema, { io: 'output' }),
  ) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: absoluteUrl(openDataHrefs.jsonSchema, site),
    title: `Tệp quyết định khen thưởng | ${siteName}`,
    ...rest,
  };
}
