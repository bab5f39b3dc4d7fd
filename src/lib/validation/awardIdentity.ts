import { z } from 'astro/zod';
import { documentNumberField } from '../../schemas/shared/documentNumber';
import { idReference } from '../../schemas/shared/idReference';
import { partialDateField } from '../../schemas/shared/partialDate';
import { documentId } from '../documents/documentId';
import { toSlug } from '../text/toSlug';
import type { ParsedEntry } from './parseSource';

/** The identity fields of an award decision, read through the shared field schemas. */
const decisionIdentitySchema = z.object({
  number: documentNumberField.optional(),
  issuer: idReference('organizations'),
  issued: partialDateField.optional(),
  title: z.string().trim().min(3),
});

/**
 * The id (file name without `.json`) an award-catalogue row or an award decision must have:
 * - award form: `toSlug(name)` ("Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã" →
 *   `giay-khen-cua-chu-tich-uy-ban-nhan-dan-cap-xa`);
 * - award decision: `documentId()` with kind `decision` (number, issuer, issued, title), like every
 *   other document, so "Quyết định 12/QĐ-UBND" of two communes never collide (GLOSSARY.md).
 *
 * @returns the expected id, or null for other collections, or when the fields it is made from break
 *   the schema (the schema check reports that)
 */
export function expectedAwardId(entry: ParsedEntry): string | null {
  const data = entry.data;
  if (data === null) return null;
  try {
    if (entry.collection === 'awardForms') {
      const name = data['name'];
      return typeof name === 'string' && name.trim() !== '' ? toSlug(name.trim()) : null;
    }
    if (entry.collection === 'awardDecisions') {
      const parsed = decisionIdentitySchema.safeParse(data);
      if (!parsed.success) return null;
      const { number, issuer, issued, title } = parsed.data;
      return documentId({
        kind: 'decision',
        number: number?.printed,
        issuerId: issuer.id,
        issued,
        title,
      });
    }
  } catch {
    return null;
  }
  return null;
}
