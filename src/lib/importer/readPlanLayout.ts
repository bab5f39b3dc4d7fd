import { kindFromLabel, type DocumentKind } from '../documents/documentKinds';
import { isDashItem, joinParagraphs } from './joinParagraphs';
import type { SourceLine, TextRepair } from './prepareSourceText';

/**
 * The parts of a plan as printed (Nghị định 30/2020/NĐ-CP, Phụ lục I; Hướng dẫn 36-HD/VPTW): header
 * (number, place and date), the kind heading ("KẾ HOẠCH"), the title (trích yếu), the text, "Nơi nhận"
 * and the signature block.
 */
export interface PlanLayout {
  /** The kind named by the heading ("KẾ HOẠCH" → plan). */
  readonly kind: DocumentKind;
  /** The heading as printed. */
  readonly kindHeading: string;
  /** What follows "Số" in the header ("42- KH/ĐU", "/KH-UBND"), when there is a number line. */
  readonly numberText?: string;
  /** The place of the place-and-date line ("Quyết Thắng"), when there is one. */
  readonly place?: string;
  /** The date part of that line ("ngày tháng 02 năm 2024"). */
  readonly dateText?: string;
  /** The title: the paragraph after the heading, lines joined. */
  readonly title: string;
  /** The paragraphs of the text, from the first after the title to "Nơi nhận". */
  readonly paragraphs: string[];
  /** The lines of "Nơi nhận" (each entry as printed, with its dash). */
  readonly distribution: string[];
  /** The lines of the signature block: capacity, position, name. */
  readonly signature: string[];
  readonly hardWrapped: boolean;
  readonly repairs: TextRepair[];
}

/** Thrown when a text has no kind heading ("KẾ HOẠCH") or nothing after it. */
export class PlanLayoutError extends Error {}

const isKindHeading = (text: string): DocumentKind | undefined =>
  text === text.toLocaleUpperCase('vi') ? kindFromLabel(text) : undefined;

/** A capacity line of a signature block ("T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"). */
export const capacityLine = /^(TM\.?|T\/M|KT\.?|TL\.?|TUQ\.?|Q\.|T\/L)\s+(\S.*)$/u;

/** A line in capitals with letters (a position such as "PHÓ BÍ THƯ"). */
const isCapitals = (text: string): boolean =>
  /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi') && !/\d/u.test(text);

/** A person's name: two to seven capitalised words, not all in capitals ("Đa Cắt K’ Hương"). */
export const isPersonName = (text: string): boolean =>
  /^\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,6}$/u.test(text) && !isCapitals(text);

/**
 * How many lines at the end of `lines` form a signature block: a name, and before it up to three lines
 * in capitals (position, capacity). 0 when the last line is not a name.
 */
function signatureLength(lines: readonly SourceLine[]): number {
  const last = lines[lines.length - 1];
  if (last === undefined || !isPersonName(last.text)) return 0;
  let count = 1;
  while (count < 4) {
    const line = lines[lines.length - 1 - count];
    if (line === undefined || !(isCapitals(line.text) || capacityLine.test(line.text))) break;
    count += 1;
  }
  return count > 1 ? count : 0;
}

/**
 * Splits the lines of a plan into its printed parts ({@link PlanLayout}) and rebuilds the paragraphs of
 * the title and text with {@link joinParagraphs}.
 *
 * - The kind heading is the first line in capitals that names a kind ("KẾ HOẠCH"); lines before it are
 *   the header, where "Số …" gives the number and "<place>, ngày …" the place and date.
 * - "Nơi nhận:" starts the distribution: the dash lines after it. The lines after those are the
 *   signature. Without "Nơi nhận", a name at the very end with capital lines before it is the signature.
 *
 * @throws {PlanLayoutError} when no kind heading is found, or no text follows it
 */
export function readPlanLayout(lines: readonly SourceLine[]): PlanLayout {
  const headingIndex = lines.findIndex((l) => isKindHeading(l.text) !== undefined);
  const headingLine = lines[headingIndex];
  const kind = headingLine === undefined ? undefined : isKindHeading(headingLine.text);
  if (headingLine === undefined || kind === undefined) {
    throw new PlanLayoutError(
      'no kind heading such as "KẾ HOẠCH" on a line of its own (không thấy dòng "KẾ HOẠCH")',
    );
  }
  let numberText: string | undefined;
  let place: string | undefined;
  let dateText: string | undefined;
  for (const { text } of lines.slice(0, headingIndex)) {
    const number = /^Số(?!\p{L})\s*:?\s*(.*)$/u.exec(text);
    if (number?.[1] !== undefined) numberText = number[1].trim();
    const placeDate = /^(?:(\p{L}[^,\d]{0,60}?),\s*)?(ngày(?!\p{L}).*\d{4}.*)$/iu.exec(text);
    if (placeDate?.[2] !== undefined) {
      place = placeDate[1]?.trim();
      dateText = placeDate[2].trim();
    }
  }

  const rest = lines.slice(headingIndex + 1);
  const receivedIndex = rest.findIndex((l) => /^Nơi nhận(?!\p{L})/iu.test(l.text));
  let bodyLines: SourceLine[];
  const distribution: string[] = [];
  let signature: string[] = [];
  if (receivedIndex >= 0) {
    bodyLines = rest.slice(0, receivedIndex);
    const received = rest[receivedIndex]?.text ?? '';
    const inline = received.replace(/^Nơi nhận\s*:?\s*/iu, '');
    if (inline !== '') distribution.push(inline);
    let index = receivedIndex + 1;
    while (index < rest.length && isDashItem(rest[index]?.text ?? '')) {
      distribution.push(rest[index]?.text ?? '');
      index += 1;
    }
    signature = rest.slice(index).map((l) => l.text);
    if (signature.length === 0) {
      const count = signatureLength(bodyLines);
      signature = bodyLines.slice(bodyLines.length - count).map((l) => l.text);
      bodyLines = bodyLines.slice(0, bodyLines.length - count);
    }
  } else {
    const count = signatureLength(rest);
    bodyLines = rest.slice(0, rest.length - count);
    signature = rest.slice(rest.length - count).map((l) => l.text);
  }
  const first = bodyLines[0];
  if (first === undefined) {
    throw new PlanLayoutError(
      `nothing follows the heading "${headingLine.text}" (không có nội dung sau dòng "${headingLine.text}")`,
    );
  }
  const joined = joinParagraphs([{ text: first.text, blankBefore: true }, ...bodyLines.slice(1)]);
  const [title = '', ...paragraphs] = joined.paragraphs;
  return {
    kind,
    kindHeading: headingLine.text,
    ...(numberText === undefined ? {} : { numberText }),
    ...(place === undefined ? {} : { place }),
    ...(dateText === undefined ? {} : { dateText }),
    title,
    paragraphs,
    distribution,
    signature,
    hardWrapped: joined.hardWrapped,
    repairs: joined.repairs,
  };
}
