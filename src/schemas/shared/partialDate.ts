import { z } from 'astro/zod';
import { partialDateProblem } from '../../lib/dates/partialDate';
import { cmsHints } from '../../lib/cms/cmsHints';

/**
 * A date known whole or in part, ISO 8601: `2025`, `2024-02` or `2025-12-05`.
 * YAML would read an unquoted 2025-12-05 as a timestamp; dates of that shape are accepted and turned
 * back into the string, so editors need not quote them. An invalid `Date` (which `toISOString` would
 * throw on, a RangeError instead of a validation error) becomes the text "Invalid Date" and is reported.
 */
export const partialDateField = z.preprocess(
  (value) =>
    value instanceof Date
      ? Number.isNaN(value.getTime())
        ? String(value)
        : value.toISOString().slice(0, 10)
      : value,
  z.union([z.string(), z.number().int().transform(String)]).superRefine((value, ctx) => {
    const problem = partialDateProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  }),
);
cmsHints.add(partialDateField, { date: 'partial' });
