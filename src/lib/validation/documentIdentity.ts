import { referencedDocumentSchema } from '../../schemas/documents';
import { documentId } from '../documents/documentId';
import type { DocumentNumber } from '../documents/parseDocumentNumber';
import type { DocumentKind } from '../documents/documentKinds';
import type { ParsedEntry } from './parseSource';

/** The identity fields of a document, read through the real schema even when other fields are broken. */
export interface ReadIdentity {
  readonly kind: DocumentKind;
  readonly number: DocumentNumber | undefined;
  readonly issuerId: string;
  readonly issued: string | undefined;
  readonly title: string;
  /** `documentId()` of the identity: the file name the document must have (without `.md`). */
  readonly expectedId: string;
}

const identitySchema = referencedDocumentSchema.pick({
  kind: true,
  number: true,
  issuer: true,
  issued: true,
  title: true,
});

/**
 * Reads a document's identity (kind, number, issuer, issued, title; GLOSSARY.md: issuer + number +
 * date, never the symbol alone) and the id it gives.
 *
 * @returns null when the entry is not a document or one of those fields breaks the schema (the schema
 *   check reports that), or when no id can be made from it
 */
export function readIdentity(entry: ParsedEntry): ReadIdentity | null {
  if (entry.collection !== 'documents' || entry.data === null) return null;
  const parsed = identitySchema.safeParse(entry.data);
  if (!parsed.success) return null;
  const { kind, number, issuer, issued, title } = parsed.data;
  try {
    const expectedId = documentId({
      kind,
      number: number?.printed,
      issuerId: issuer.id,
      issued,
      title,
    });
    return { kind, number, issuerId: issuer.id, issued, title, expectedId };
  } catch {
    return null;
  }
}
