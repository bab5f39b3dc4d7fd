import { kindInfo, type DocumentKind } from './documentKinds';
import { parseDocumentNumber } from './parseDocumentNumber';
import { toSlug } from '../text/toSlug';

/** What identifies a document: issuer + number + date, never the symbol alone (GLOSSARY.md). */
export interface DocumentIdentity {
  readonly kind: DocumentKind;
  /** Number as printed, if any ("41-CT/TW", "/KH-UBND"). */
  readonly number?: string | undefined;
  /** Id of the issuing organization. */
  readonly issuerId: string;
  /** Partial ISO date, if known. */
  readonly issued?: string | undefined;
  /** Trích yếu; used only when the number is missing or blank. */
  readonly title: string;
}

/**
 * The entry id (and URL slug) of a document, built from its identity so that every plan citing
 * "Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị" arrives at the same entry:
 * `chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26`. Chỉ thị 41-CT/TU of Hà Tĩnh (2014) gets another id because
 * its issuer and date differ.
 *
 * A document whose number is missing or blank ("Số: /KH-UBND") is told apart by the first words of its
 * title instead.
 */
export function documentId(identity: DocumentIdentity): string {
  const parsed = identity.number === undefined ? null : parseDocumentNumber(identity.number);
  const parts: string[] = [kindInfo[identity.kind].label];
  if (parsed?.sequence) parts.push(parsed.printed);
  parts.push(identity.issuerId);
  if (identity.issued !== undefined) parts.push(identity.issued);
  if (!parsed?.sequence) parts.push(identity.title.split(/\s+/).slice(0, 8).join(' '));
  return toSlug(parts.join(' '));
}

/**
 * Whether two issue dates can be the same day: equal, or one a less precise form of the other
 * (2025 and 2025-02-28). An unknown date matches any.
 */
export function issuedDatesCompatible(a?: string, b?: string): boolean {
  if (a === undefined || b === undefined) return true;
  return a.startsWith(b) || b.startsWith(a);
}
