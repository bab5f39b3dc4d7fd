import { z } from 'astro/zod';
import { parseDocumentNumber } from '../../lib/documents/parseDocumentNumber';

/**
 * A document number (số, ký hiệu) as printed: state form `33/KH-UBND`, `98/2023/NĐ-CP`; Party form
 * `42-KH/ĐU`, `41-CT/TW`; with a blank sequence where the copy leaves it blank (`/KH-UBND`).
 * Read as the parsed parts (see `parseDocumentNumber`).
 */
export const documentNumberField = z.string().transform((value, ctx) => {
  const parsed = parseDocumentNumber(value);
  if (parsed === null) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a document number; write it as printed, e.g. "33/KH-UBND", "98/2023/NĐ-CP" or "42-KH/ĐU"`,
    });
    return z.NEVER;
  }
  return parsed;
});
