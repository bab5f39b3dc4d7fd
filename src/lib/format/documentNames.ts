import { kindInfo, type DocumentKind } from '../documents/documentKinds';
import type { DocumentNumber } from '../documents/parseDocumentNumber';

/** The fields that name a document. `number` is the parsed number the schema produces. */
export interface NamedDocument {
  readonly kind: DocumentKind;
  readonly number?: Pick<DocumentNumber, 'printed' | 'sequence'> | undefined;
  readonly title: string;
}

/** What stands in for a number the copy leaves blank or that is unknown. */
export const noNumberLabel = '(chưa có số)';

/** The Vietnamese name of a kind: "Kế hoạch", "Chỉ thị", "Nghị định". */
export function kindLabel(kind: DocumentKind): string {
  return kindInfo[kind].label;
}

/**
 * The short name of a document: kind and number, "Chỉ thị 41-CT/TW", "Nghị định 98/2023/NĐ-CP";
 * "Kế hoạch (chưa có số)" when the number is missing or left blank ("Số: /KH-UBND").
 */
export function documentDisplayName(doc: Pick<NamedDocument, 'kind' | 'number'>): string {
  const number = doc.number?.sequence ? doc.number.printed : noNumberLabel;
  return `${kindLabel(doc.kind)} ${number}`;
}

/**
 * The full name of a document: its short name followed by the trích yếu, as Vietnamese lists cite it:
 * "Kế hoạch 42-KH/ĐU thực hiện Chỉ thị số 41-CT/TW …", "Kế hoạch (chưa có số) Công tác thi đua, khen
 * thưởng năm 2024". Laws read "Luật 06/2022/QH15 Thi đua, khen thưởng".
 */
export function documentFullTitle(doc: NamedDocument): string {
  return `${documentDisplayName(doc)} ${doc.title}`;
}

/**
 * The number as the metadata table shows it: as printed, with a note when the copy leaves the
 * sequence blank; "Chưa có số" when there is none.
 */
export function formatDocumentNumber(number: NamedDocument['number']): string {
  if (number === undefined) return 'Chưa có số';
  if (!number.sequence) return `${number.printed} (bản gốc để trống số)`;
  return number.printed;
}
