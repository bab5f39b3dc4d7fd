import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { partialDateProblem } from '../dates/partialDate';
import { parseDocumentNumber } from '../documents/parseDocumentNumber';

/** Why the editor supplies the value: a short sentence, e.g. where in the text or outside it the fact comes from. */
const reason = z
  .string({ error: 'add a reason (lý do): a short sentence saying why this value is right' })
  .trim()
  .min(5, { message: 'write a short reason (at least 5 characters): why this value is right' })
  .describe('Lý do: vì sao giá trị này đúng');

/** A value with its reason: `{ value: …, reason: "…" }`. */
const reasoned = <T extends z.ZodType>(value: T) =>
  z.strictObject(
    { value, reason },
    { error: 'write it as { value: …, reason: "…" } (giá trị kèm lý do)' },
  );

/** A date written whole or in part: "2025-12-05", "2024-02", 2025. */
const partialDateValue = z
  .union([z.string(), z.number().int().transform(String)])
  .superRefine((value, ctx) => {
    const problem = partialDateProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A document number as printed: "42-KH/ĐU", "33/KH-UBND". */
const numberValue = z
  .string()
  .trim()
  .refine((value) => parseDocumentNumber(value) !== null, {
    message:
      'must be a document number as printed, e.g. "33/KH-UBND", "98/2023/NĐ-CP" or "42-KH/ĐU"',
  });

const name = z.string().trim().min(2);

/** Facts about one document the plan cites, found by its number (and date, when numbers repeat). */
const citationOverrideSchema = z.strictObject({
  /** Which citation: its number as printed, and its date when the plan cites two with that number. */
  match: z.strictObject({ number: numberValue, issued: partialDateValue.optional() }),
  /** The issuer's full name ("Thị ủy Bắc Sơn"). */
  issuer: reasoned(name).optional(),
  /** The trích yếu, when the citation gives none. */
  title: reasoned(name).optional(),
  /** The issue date, when the citation gives none or a wrong one. */
  issued: reasoned(partialDateValue).optional(),
});

/**
 * Editor-written facts for one imported plan, in `content/overrides/<source file stem>.yaml`: what the
 * text does not state (its issuer's full name, its province, a date left blank, the issuer of a cited
 * document). Each value carries a `reason`. The importer applies them; generated files are never
 * edited by hand.
 *
 * ```yaml
 * issuer:
 *   value: Ủy ban nhân dân phường Bắc Sơn
 *   reason: Văn bản chỉ ghi "UBND phường"; địa danh là Bắc Sơn.
 * province:
 *   value: Thanh Hóa
 *   reason: Văn bản nhắc "Đại hội Đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ XX".
 * citations:
 *   - match: { number: 11-NQ/TU, issued: "2023-06-01" }
 *     issuer: { value: Thị ủy Bắc Sơn, reason: … }
 * ```
 */
export const planOverridesSchema = z.strictObject({
  /** The plan's issuer, full name. */
  issuer: reasoned(name).optional(),
  /** The plan's province, as of its issue date ("Lâm Đồng"). */
  province: reasoned(name).optional(),
  /** The issue date. */
  issued: reasoned(partialDateValue).optional(),
  /** The number, when the copy leaves it out or blank. */
  number: reasoned(numberValue).optional(),
  /** The place of the place-and-date line. */
  place: reasoned(name).optional(),
  /** The trích yếu, when the text's is damaged. */
  title: reasoned(name).optional(),
  citations: z.array(citationOverrideSchema).default([]),
});

/** The overrides of one plan, as read (dates as text, `citations` always a list). */
export type PlanOverrides = z.output<typeof planOverridesSchema>;
/** The override of one cited document. */
export type CitationOverride = z.output<typeof citationOverrideSchema>;

/** A problem in an override file, for the editor: where, what, how to fix. */
export interface OverrideProblem {
  readonly file: string;
  /** Dotted path of the field ("citations.0.issuer.reason"). */
  readonly field: string;
  readonly message: string;
}

/**
 * Reads and checks an override file.
 *
 * @param text the YAML text
 * @param file the path shown in problems ("content/overrides/004_49c0ad69035881fa.yaml")
 * @returns the overrides, or the problems found (YAML syntax, unknown fields, missing reasons, bad
 *   dates or numbers), each naming the field
 */
export function parsePlanOverrides(
  text: string,
  file: string,
): { overrides: PlanOverrides; problems: [] } | { overrides: null; problems: OverrideProblem[] } {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return {
      overrides: null,
      problems: [
        {
          file,
          field: 'file',
          message: `the YAML cannot be read (không đọc được YAML): ${message}`,
        },
      ],
    };
  }
  const parsed = planOverridesSchema.safeParse(data ?? {});
  if (parsed.success) return { overrides: parsed.data, problems: [] };
  return {
    overrides: null,
    problems: parsed.error.issues.map((issue) => ({
      file,
      field: issue.path.map(String).join('.') || 'file',
      message:
        issue.code === 'unrecognized_keys'
          ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} (trường không hợp lệ); allowed: issuer, province, issued, number, place, title, citations (each value as { value, reason })`
          : issue.message,
    })),
  };
}
