import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'astro/zod';
import {
  documentSchema,
  fullDocumentSchema,
  referencedDocumentSchema,
} from '../../schemas/documents';
import { organizationSchema } from '../../schemas/organizations';
import { awardFormSchema } from '../../schemas/awardForms';
import {
  awardDecisionSchema,
  decidedDecisionSchema,
  proposedDecisionSchema,
  revokedDecisionSchema,
} from '../../schemas/awardDecisions';
import { awardDecisionStatuses, awardeeTypes } from '../awards/awardTerms';
import { exemplarFileSchema } from '../../schemas/exemplars';
import { movementSchema } from '../../schemas/movements';
import type { CollectionName } from '../../schemas/shared/idReference';
import type { ParsedEntry } from './parseSource';
import type { Problem } from './problem';

type Issue = z.core.$ZodIssue;
type ObjectShape = Readonly<Record<string, { readonly description?: string | undefined }>>;

/** The schema of each collection (`src/schemas/`). */
const collectionSchemas: Readonly<Record<CollectionName, z.ZodType>> = {
  documents: documentSchema,
  organizations: organizationSchema,
  awardForms: awardFormSchema,
  awardDecisions: awardDecisionSchema,
  exemplars: exemplarFileSchema,
  movements: movementSchema,
};

/** The fields of each variant, by collection and `status` (documents and award decisions). */
const statusShapes: Readonly<
  Partial<Record<CollectionName, Readonly<Record<string, ObjectShape>>>>
> = {
  documents: { full: fullDocumentSchema.shape, referenced: referencedDocumentSchema.shape },
  awardDecisions: {
    proposed: proposedDecisionSchema.shape,
    decided: decidedDecisionSchema.shape,
    revoked: revokedDecisionSchema.shape,
  },
};

/** The top-level fields an entry may have, by collection and (for documents, decisions) by `status`. */
function knownShape(entry: ParsedEntry): ObjectShape | null {
  if (entry.collection === 'organizations') return organizationSchema.shape;
  if (entry.collection === 'awardForms') return awardFormSchema.shape;
  if (entry.collection === 'exemplars') return exemplarFileSchema.shape;
  if (entry.collection === 'movements') return movementSchema.shape;
  const status = entry.data?.['status'];
  if (typeof status !== 'string') return null;
  // Own keys only: `status: __proto__` or `constructor` must not find Object's members (a crash).
  const shapes = statusShapes[entry.collection];
  return shapes !== undefined && Object.hasOwn(shapes, status) ? (shapes[status] ?? null) : null;
}

/**
 * Checks an entry's data against its collection's zod schema (`src/schemas/`) and reports every issue,
 * not only the first, each with the field, the value found and how to fix it. Also reports top-level
 * fields the schema does not know: zod drops them without a word, so a typo such as `implement:` would
 * silently lose the links.
 *
 * @returns problems with `check: 'schema'` or `'unknownField'`; none for an entry that could not be parsed
 */
export function checkSchema(entry: ParsedEntry): Problem[] {
  const data = entry.data;
  if (data === null) return [];
  const result = collectionSchemas[entry.collection].safeParse(data);
  const problems: Problem[] = result.success
    ? []
    : result.error.issues.map((issue) => describeIssue(entry, issue));
  const shape = knownShape(entry);
  if (shape !== null) {
    const known = Object.keys(shape);
    for (const key of Object.keys(data)) {
      if (!Object.hasOwn(shape, key)) problems.push(unknownField(entry, key, known));
    }
  }
  return problems;
}

function unknownField(entry: ParsedEntry, key: string, known: readonly string[]): Problem {
  const status = entry.data?.['status'];
  const variants = statusShapes[entry.collection] ?? {};
  const otherStatus = Object.keys(variants).find(
    (other) => other !== status && key in (variants[other] ?? {}),
  );
  const suggestion = closest(key, known);
  const near = distance(key.toLowerCase(), suggestion.toLowerCase()) <= 2;
  let message = `unknown field "${key}": the site ignores it.`;
  let fix = near
    ? `rename it to "${suggestion}" if that is what you meant, or remove it.`
    : `remove it; the fields are listed in content/README.md (${known.join(', ')}).`;
  if (key === 'slug' || key === 'id') {
    message = `"${key}" is not a field: an entry's id (and URL) is its file name.`;
    fix = 'remove it and rename the file instead.';
  } else if (otherStatus !== undefined && typeof status === 'string') {
    message = `"${key}" is only allowed when status is "${otherStatus}"; with status "${status}" it is ignored.`;
    fix =
      status === 'referenced'
        ? `remove "${key}", or set status: full if the site holds the document's text.`
        : `remove "${key}", or set status: ${otherStatus} if that is what the entry is.`;
  }
  return {
    file: entry.file,
    field: key,
    message,
    vi: `Lỗi: trường "${key}" không được dùng.`,
    fix,
    check: 'unknownField',
  };
}

const pathOf = (issue: Issue): string => issue.path.map(String).join('.');

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const shown = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'a group of fields';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
};

const typeWords: Readonly<Record<string, string>> = {
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list ("- item" lines, or [a, b])',
  object: 'a group of fields',
};

const dateFields = new Set(['issued', 'date', 'validFrom', 'validTo', 'until', 'posted', 'closes']);

/** A fix for a field's last path segment when the schema's message alone does not say how. */
function fixFor(field: string, lastKey: string, entry: ParsedEntry): string {
  if (dateFields.has(lastKey)) {
    return `write ${field} as a real date YYYY-MM-DD, or YYYY-MM / YYYY when the day or month is not known.`;
  }
  if (lastKey === 'number') {
    return 'copy the number and symbol as printed ("33/KH-UBND", "98/2023/NĐ-CP", "42-KH/ĐU"); leave the field out if the document has none.';
  }
  if (['issuer', 'parent', 'organizationId', 'successors'].includes(lastKey)) {
    return 'write the id of an organization: its file name in content/organizations/ without ".json".';
  }
  if (entry.collection === 'exemplars' && lastKey === 'image') {
    return `save the photo in the folder images/ next to the story and write ${field}: ./images/<file name>.jpg (lower-case letters, digits and hyphens; no web address, no "..", no folder outside the story's).`;
  }
  if (lastKey === 'awardForm') {
    return 'write the id of an award form: its file name in content/award-forms/ without ".json".';
  }
  if (['implements', 'basedOn', 'cites', 'rewards'].includes(lastKey) || /^\d+$/.test(lastKey)) {
    return /^(implements|basedOn|cites|rewards)\.\d+$/.test(field)
      ? 'write the id of a document: its file name in content/documents/ without ".md".'
      : `correct ${field} as described.`;
  }
  if (entry.collection === 'awardDecisions' && /^awardees\.\d+\./.test(field)) {
    return `correct ${field}: awardees publish only the name, position and unit at the time, the award and a short achievement (GLOSSARY.md, "Personal data").`;
  }
  return `correct ${field} in ${entry.file} as described in content/README.md.`;
}

function describeIssue(entry: ParsedEntry, issue: Issue): Problem {
  const field = pathOf(issue) || 'file';
  const lastKey = String(issue.path[issue.path.length - 1] ?? '');
  const value = valueAt(entry.data, issue.path);
  const shape = knownShape(entry);
  const topKey = String(issue.path[0] ?? '');
  const description = issue.path.length === 1 ? shape?.[topKey]?.description : undefined;
  const label = description?.replace(/\s*[(:].*$/, '');
  const named = label === undefined ? field : `${field} (${label})`;
  const base = { file: entry.file, field, check: 'schema' as const };

  switch (issue.code) {
    case 'invalid_union':
      if (entry.collection === 'awardDecisions' && lastKey === 'status') {
        const allowed = awardDecisionStatuses.map((v) => `"${v}"`).join(', ');
        return {
          ...base,
          field: 'status',
          message: `status must be one of ${allowed} (proposed: a list under public consultation; decided; revoked); got ${shown(value)}.`,
          vi: 'Lỗi: status phải là "proposed", "decided" hoặc "revoked".',
          fix: 'write status: proposed with a consultation, decided with the issue date, or revoked with the revocation.',
        };
      }
      if (entry.collection === 'awardDecisions' && lastKey === 'type') {
        const allowed = awardeeTypes.map((v) => `"${v}"`).join(', ');
        return {
          ...base,
          message: `${field} must be one of ${allowed}; got ${shown(value)}.`,
          vi: `Lỗi: ${field} phải là cá nhân, tập thể hoặc hộ gia đình.`,
          fix: 'write type: individual (with name, unit), collective (with name) or household (with headName, hamlet, commune).',
        };
      }
      if (value === undefined) {
        // A missing date (a union of text and year number) reads "Invalid input" in zod's words.
        return {
          ...base,
          message: `${named} is required but missing.`,
          vi: `Lỗi: thiếu trường bắt buộc ${field}.`,
          fix: `add ${field}: ${fixFor(field, lastKey, entry)}`,
        };
      }
      if (issue.discriminator === 'status' || lastKey === 'status') {
        return {
          ...base,
          field: 'status',
          message: `status must be "full" (the site holds the document's text) or "referenced" (a document only cited by others); got ${shown(value)}.`,
          vi: 'Lỗi: status phải là "full" hoặc "referenced".',
          fix: 'write "status: full" and the text below the front matter, or "status: referenced" with no text.',
        };
      }
      break;
    case 'invalid_type':
      if (value === undefined) {
        return {
          ...base,
          message: `${named} is required but missing.`,
          vi: `Lỗi: thiếu trường bắt buộc ${field}.`,
          fix: `add ${field} (${typeWords[issue.expected] ?? issue.expected}).`,
        };
      }
      return {
        ...base,
        message: `${named} must be ${typeWords[issue.expected] ?? issue.expected}; got ${shown(value)}.`,
        vi: `Lỗi: ${field} sai kiểu dữ liệu.`,
        fix: fixFor(field, lastKey, entry),
      };
    case 'too_small': {
      const unit =
        issue.origin === 'string' ? 'character' : issue.origin === 'array' ? 'item' : 'unit';
      const min = String(issue.minimum);
      return {
        ...base,
        message: `${named} is too short: at least ${min} ${unit}${min === '1' ? '' : 's'} needed; got ${shown(value)}.`,
        vi: `Lỗi: ${field} quá ngắn.`,
        fix: `fill in ${field} in full, as printed on the document.`,
      };
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => `"${String(v)}"`).join(', ');
      return {
        ...base,
        message: `${named} must be one of ${allowed}; got ${shown(value)}.`,
        vi: `Lỗi: ${field} không thuộc các giá trị cho phép.`,
        fix: `use one of ${allowed} (spelled exactly, lower-case where shown).`,
      };
    }
    default:
      break;
  }
  // custom and invalid_format issues carry the schema's own editor-facing sentence.
  const sentence = issue.message.replace(/\.$/, '');
  return {
    ...base,
    // The report already starts the line with the field; repeat it only to add its label.
    message: label === undefined ? `${sentence}.` : `${named}: ${sentence}.`,
    vi: `Lỗi: ${field} không hợp lệ.`,
    fix: fixFor(field, lastKey, entry),
  };
}
