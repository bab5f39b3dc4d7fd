import { kindFromTypeCode, type DocumentKind } from './documentKinds';
import { normalizeText } from '../text/normalizeText';

/**
 * A document number (số, ký hiệu) split into its parts.
 *
 * - state form, numbered per calendar year: `33/KH-UBND`, `98/2023/NĐ-CP`, `19/CT-TTg`, `238/UBND-KGVX`
 *   (Nghị định 30/2020/NĐ-CP, Phụ lục I);
 * - Party form, numbered per committee term: `42-KH/ĐU`, `41-CT/TW` (Hướng dẫn 36-HD/VPTW).
 *
 * A number left blank in the copy ("Số: /KH-UBND", common in drafts and scans) has `sequence: null`.
 */
export interface DocumentNumber {
  /** As printed, with stray spaces removed: "42-KH/ĐU". */
  readonly printed: string;
  readonly form: 'state' | 'party';
  /** Leading digits as printed ("08"), or null when the copy leaves the number blank. */
  readonly sequence: string | null;
  /** Year inside the symbol (`98/2023/NĐ-CP` → 2023), or null. */
  readonly year: number | null;
  /** Type code (KH, CT, NĐ …), or null for letters and laws whose symbol has none. */
  readonly typeCode: string | null;
  /** Issuer code (UBND, TW, TU, ĐU, CP, QH15 …), with any unit suffix ("UBND-KGVX"). */
  readonly issuerCode: string;
  /** The kind implied by the type code, when there is one. */
  readonly kind: DocumentKind | null;
}

/**
 * A code of letters, then letters or digits ("KH", "ĐU", "QH15"). Written as one letter and then the
 * rest, so that a code can be matched in one way only: `[letters]+[letters or digits]*` could split a
 * run of letters anywhere, and a long hyphenated text that is not a number ("1-KH/AAAA-AAAA-…!")
 * backtracked exponentially and hung the validation pass and the importer.
 */
const code = String.raw`[\p{Lu}\p{Ll}][\p{Lu}\p{Ll}\d]*`;
const partyPattern = new RegExp(String.raw`^(\d+)?-(${code})\/(${code}(?:-${code})*)$`, 'u');
const statePattern = new RegExp(String.raw`^(\d+)?\/(?:(\d{4})\/)?(${code}(?:-${code})*)$`, 'u');

/**
 * Removes the spaces that copies put inside symbols ("42- KH/ĐU", "08 - CT/TU", "11- NQ/TU") and a
 * leading "Số:" or "số".
 */
export function cleanDocumentNumber(raw: string): string {
  return normalizeText(raw)
    .replace(/^\s*s[ốo]\s*:?\s*/iu, '')
    .replace(/\s*([-/–])\s*/g, (_m, sep: string) => (sep === '–' ? '-' : sep))
    .replace(/\/{2,}/g, '/')
    .trim();
}

/**
 * Parses a document number in state or Party form.
 *
 * @param raw the number as printed, e.g. "Số 42- KH/ĐU", "98/2023/NĐ-CP", "Số: /KH-UBND"
 * @returns its parts, or null when the text is not a document number
 */
export function parseDocumentNumber(raw: string): DocumentNumber | null {
  const printed = cleanDocumentNumber(raw);
  const party = partyPattern.exec(printed);
  if (party) {
    const [, sequence, typeCode, issuerCode] = party;
    if (typeCode === undefined || issuerCode === undefined) return null;
    return {
      printed,
      form: 'party',
      sequence: sequence ?? null,
      year: null,
      typeCode,
      issuerCode,
      kind: kindFromTypeCode(typeCode) ?? null,
    };
  }
  const state = statePattern.exec(printed);
  if (state) {
    const [, sequence, year, symbol] = state;
    if (symbol === undefined) return null;
    const [first = '', ...rest] = symbol.split('-');
    const firstKind = rest.length > 0 ? kindFromTypeCode(first) : undefined;
    return {
      printed,
      form: 'state',
      sequence: sequence ?? null,
      year: year === undefined ? null : Number(year),
      typeCode: firstKind ? first : null,
      issuerCode: firstKind ? rest.join('-') : symbol,
      kind: firstKind ?? null,
    };
  }
  return null;
}
