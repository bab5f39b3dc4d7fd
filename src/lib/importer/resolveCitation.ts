import { documentId, issuedDatesCompatible } from '../documents/documentId';
import type { DocumentKind } from '../documents/documentKinds';
import { parseDocumentNumber } from '../documents/parseDocumentNumber';

/**
 * A number compared the way people read it: spaces inside removed ("25- KH/TU" is "25-KH/TU"), leading
 * zeros of the sequence dropped ("08-CT/TU" is "8-CT/TU"), NFC, upper case. The same rule as the
 * content check for duplicates.
 *
 * @returns the key, or null when the text is no document number or its sequence is blank ("/KH-UBND")
 */
export function numberKey(number: string): string | null {
  const parsed = parseDocumentNumber(number);
  if (parsed?.sequence == null) return null;
  return parsed.printed
    .normalize('NFC')
    .toUpperCase()
    .replace(/^0+(?=\d)/u, '');
}

/** What identifies a document (GLOSSARY: issuer + number + date, never the symbol alone). */
export interface CitationIdentity {
  readonly kind: DocumentKind;
  /** Number as printed, if any. */
  readonly number?: string | undefined;
  /** Id of the issuing organization. */
  readonly issuerId: string;
  /** Partial ISO date, if known. */
  readonly issued?: string | undefined;
  /** Trích yếu; tells apart documents with no number or a blank one. */
  readonly title: string;
}

/** A document the site already knows (on disk, or built earlier in the same import). */
export interface KnownEntry extends CitationIdentity {
  readonly id: string;
}

/** The outcome of {@link resolveCitation}. */
export type Resolution =
  | { readonly status: 'found'; readonly id: string }
  | { readonly status: 'none' }
  | { readonly status: 'ambiguous'; readonly ids: readonly string[] };

/** The words of a title that `documentId` uses for a document without a number. */
const titleKey = (identity: CitationIdentity): string =>
  documentId({ kind: identity.kind, issuerId: identity.issuerId, title: identity.title });

/**
 * Whether two identities are the same document: same kind and issuer, compatible issue dates
 * (`issuedDatesCompatible`: equal, one less precise, or one unknown), and
 * - both numbered: the same number read the same way ({@link numberKey});
 * - neither numbered (missing or blank "/KH-UBND"): the same first words of the title.
 * Party numbers restart with each term, so "41-CT/TW" of 2004 and of 2024 are different documents.
 */
export function sameDocument(a: CitationIdentity, b: CitationIdentity): boolean {
  if (a.kind !== b.kind || a.issuerId !== b.issuerId) return false;
  if (!issuedDatesCompatible(a.issued, b.issued)) return false;
  const keyA = a.number === undefined ? null : numberKey(a.number);
  const keyB = b.number === undefined ? null : numberKey(b.number);
  if (keyA !== null || keyB !== null) return keyA === keyB;
  return titleKey(a) === titleKey(b);
}

/**
 * Finds the document a citation means among those the site knows, by identity (see
 * {@link sameDocument}): "Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị" cited by several plans
 * is one document; "Chỉ thị 41-CT/TU ngày 09/9/2014 của Ban Thường vụ Tỉnh ủy Hà Tĩnh" is another.
 *
 * @param citation the cited identity, the issuer already resolved to its id
 * @param known documents to search
 * @returns the one document found, none, or all candidates when the citation fits several (e.g. a
 *   number cited without a date, and two terms' documents with that number)
 */
export function resolveCitation(
  citation: CitationIdentity,
  known: readonly KnownEntry[],
): Resolution {
  const ids = [...new Set(known.filter((entry) => sameDocument(citation, entry)).map((e) => e.id))];
  if (ids.length === 0) return { status: 'none' };
  if (ids.length === 1 && ids[0] !== undefined) return { status: 'found', id: ids[0] };
  return { status: 'ambiguous', ids };
}
