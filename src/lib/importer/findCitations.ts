import { parseVietnameseDate } from '../dates/partialDate';
import { documentKinds, kindInfo, type DocumentKind } from '../documents/documentKinds';
import { cleanDocumentNumber, parseDocumentNumber } from '../documents/parseDocumentNumber';
import { searchKey } from '../text/foldVietnamese';
import { matchIssuer } from './issuerNames';
import { knownDocuments } from './knownDocuments';

/**
 * A document cited in a plan's text: "Kế hoạch số 25- KH/TU ngày 05/12/2025 của Ban Thường vụ Tỉnh ủy
 * Gia Lai về thực hiện Chỉ thị số 41-CT/TW …".
 */
export interface Citation {
  readonly kind: DocumentKind;
  /** Number as printed, stray spaces removed ("25-KH/TU"); absent for a law cited by name only. */
  readonly number?: string;
  /** Issue date as cited, partial ISO ("2025-12-05"; "2022" for "năm 2022"). */
  readonly issued?: string;
  /** The issuer as printed ("Ban Thường vụ Tỉnh ủy", "UBND phường Quyết Thắng"). */
  readonly issuer?: string;
  /** Trích yếu as cited ("về tăng cường …"), without surrounding quotes. */
  readonly title?: string;
  /** For a law cited by name: the name as printed ("Thi đua, Khen thưởng"). */
  readonly lawName?: string;
  /** The citation as printed up to the issuer (without the title), spaces collapsed. */
  readonly citedAs: string;
  /** Where the citation starts and ends (after its title) in the text searched. */
  readonly start: number;
  readonly end: number;
  /** True when "thực hiện" (or "thực hiện theo") comes right before it. */
  readonly afterImplementing: boolean;
  /** Documents cited inside its title ("… về thực hiện Chỉ thị số 41-CT/TW …"). */
  readonly nested: readonly Citation[];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

const labels = [...documentKinds]
  .map((kind) => ({ kind, label: kindInfo[kind].label }))
  .sort((a, b) => b.label.length - a.label.length);

/** A kind word starting a citation, in any case except "Luật" (lower case "luật" is "law" in general). */
const labelPattern = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${labels.map((l) => (l.kind === 'law' ? 'Luật' : `(?i:${escape(l.label)})`)).join('|')})(?![\\p{L}\\p{M}])`,
  'gu',
);

const numberPattern =
  /(?:số\s*:?\s*)?(\d{1,5}\s*[-/]\s*(?:\d{4}\s*\/\s*)?\p{Lu}[\p{L}\d]*(?:\s*[-/]\s*\p{Lu}[\p{L}\d]*)*)/uy;
const datePattern =
  /\s*,?\s*(?:ban hành\s+)?ngày\s+(\d{1,2}\s*\/\s*\d{1,2}\s*\/+\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/uy;
const yearPattern = /\s*,?\s*năm\s+(\d{4})(?!\d)/uy;
const byPattern = /\s*,?\s*(?:ban hành\s+)?(?:của|do)\s+/uy;
const termPattern = /\s+kho[áa]\s+[IVXLC]+(?![\p{L}])/uy;
const titleStartPattern =
  /\s*,?\s*(?=(?:về|Về|quy định|hướng dẫn|phê duyệt)(?![\p{L}\p{M}])|[“"])/uy;
const lawNumberPattern = /\s+số\s+(\d{1,5}\/\d{4}\/\p{Lu}[\p{L}\d]*)/uy;
const aliasPattern = /\((?:viết tắt|sau đây|gọi tắt)[^)]*\)/giu;
const issuerVerbPattern = /\s+(?:xây dựng|ban hành)(?![\p{L}])/uy;

const sticky = (pattern: RegExp, text: string, at: number): RegExpExecArray | null => {
  pattern.lastIndex = at;
  return pattern.exec(text);
};

/** Where a title that starts at `start` ends (index after its last character). */
function findTitleEnd(text: string, start: number): number {
  const open = text[start];
  if (open === '“' || open === '"') {
    const close = text.indexOf(open === '“' ? '”' : '"', start + 1);
    if (close > 0) return close + 1;
  }
  let i = start;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '“') {
      const close = text.indexOf('”', i + 1);
      if (close < 0) return text.length;
      i = close + 1;
      continue;
    }
    if (ch === ';') return i;
    if (ch === '(' && /^\((?:viết tắt|sau đây|gọi tắt)/iu.test(text.slice(i))) return i;
    if (ch === '.') {
      const after = text.slice(i + 1);
      if (/^\s*$/u.test(after) || /^\s+\p{Lu}/u.test(after) || after.startsWith('/.')) return i;
    }
    if (ch === ',') {
      const at = i + 1 + (/^\s*/u.exec(text.slice(i + 1))?.[0].length ?? 0);
      const issuer = matchIssuer(text, at);
      if (issuer !== null && sticky(issuerVerbPattern, text, issuer.end) !== null) return i;
    }
    if (ch === ' ' && text.startsWith(' của ', i)) {
      const issuer = matchIssuer(text, i + 5);
      if (issuer !== null && /^\s*(?:\.|$)/u.test(text.slice(issuer.end))) return i;
    }
    i += 1;
  }
  return text.length;
}

/** A title as stored: spaces collapsed, end punctuation dropped, outer quotes removed, "Về" → "về". */
function cleanTitle(raw: string): string {
  let title = raw
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\s,;:.]+$/u, '');
  const quoted = /^[“"](.*)[”"]$/u.exec(title);
  if (quoted?.[1] !== undefined && !/[“”"]/u.test(quoted[1])) title = quoted[1].trim();
  return title.replace(/^Về(?=\s)/u, 'về');
}

/** Reads a law cited by name ("Luật Thi đua, Khen thưởng ngày 15/6/2022") at `at`, after "Luật ". */
function readLawName(text: string, at: number): string | undefined {
  for (const doc of knownDocuments) {
    for (const name of doc.names ?? []) {
      const candidate = text.slice(at, at + name.length);
      if (
        searchKey(candidate) === searchKey(name) &&
        !/^[\p{L}\p{M}]/u.test(text.slice(at + name.length))
      ) {
        return candidate;
      }
    }
  }
  return undefined;
}

/**
 * Finds the documents a text cites, in order. A citation is a kind word ("Chỉ thị", "Kế hoạch", "Nghị
 * định", "Luật" …), optionally "số", a number in state or Party form ("25- KH/TU", "98/2023/NĐ-CP"),
 * then optionally ", ngày <date>" (also "ngày 25 tháng 12 năm 2024"; "năm 2022" for laws), "của <issuer>"
 * (see `matchIssuer`; a term such as "khoá XI" is skipped) and a title introduced by "về", a quote, "quy
 * định", "hướng dẫn" or "phê duyệt". A title ends at ";", at "(viết tắt …)"/"(sau đây …)", at the end of
 * a sentence, at ", <issuer> ban hành/xây dựng" (the plan's own issuer starting the main clause) or at
 * "của <issuer>." ending the sentence (the closing "Trên đây là Kế hoạch thực hiện … của <issuer>./.");
 * text inside quotes never ends it. Citations inside a title are returned as `nested` ("Kế hoạch 25-KH/TU
 * … về thực hiện Chỉ thị 41-CT/TW …").
 *
 * Laws without a number are recognised only by the names in `knownDocuments`, and only with a date or
 * year ("Luật Thi đua, khen thưởng năm 2022"); a bare "Luật Thi đua, khen thưởng" names no particular
 * text. Text in "(viết tắt là …)" is skipped.
 *
 * @param text one paragraph, NFC
 * @returns the citations, outermost first by position
 */
export function findCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  const aliases = [...text.matchAll(aliasPattern)].map(
    (m) => [m.index, m.index + m[0].length] as const,
  );
  const inAlias = (index: number): boolean =>
    aliases.some(([from, to]) => index >= from && index < to);
  let resumeAt = 0;
  for (const match of text.matchAll(labelPattern)) {
    const start = match.index;
    if (start < resumeAt || inAlias(start)) continue;
    const found = labels.find((l) => l.label.toLowerCase() === match[0].toLowerCase());
    if (found === undefined) continue;
    const kind = found.kind;
    let at = start + match[0].length;
    const spaces = /\s*/uy;
    at += sticky(spaces, text, at)?.[0].length ?? 0;

    let number: string | undefined;
    let lawName: string | undefined;
    const numberMatch = sticky(numberPattern, text, at);
    if (numberMatch?.[1] !== undefined && parseDocumentNumber(numberMatch[1]) !== null) {
      number = cleanDocumentNumber(numberMatch[1]);
      at += numberMatch[0].length;
    } else if (kind === 'law') {
      lawName = readLawName(text, at);
      if (lawName === undefined) continue;
      at += lawName.length;
      const lawNumber = sticky(lawNumberPattern, text, at);
      if (lawNumber?.[1] !== undefined) {
        number = cleanDocumentNumber(lawNumber[1]);
        at += lawNumber[0].length;
      }
    } else {
      continue;
    }

    let issued: string | undefined;
    const date = sticky(datePattern, text, at);
    const parsedDate = date?.[1] === undefined ? null : parseVietnameseDate(`ngày ${date[1]}`);
    if (date !== null && parsedDate !== null) {
      issued = parsedDate.value;
      at += date[0].length;
    } else if (kind === 'law') {
      const year = sticky(yearPattern, text, at);
      if (year?.[1] !== undefined) {
        issued = year[1];
        at += year[0].length;
      }
    }
    if (lawName !== undefined && number === undefined && issued === undefined) continue;

    let issuer: string | undefined;
    const by = sticky(byPattern, text, at);
    if (by !== null) {
      const matched = matchIssuer(text, at + by[0].length);
      if (matched !== null) {
        issuer = matched.text;
        at = matched.end;
        const term = sticky(termPattern, text, at);
        if (term !== null) at += term[0].length;
      }
    }
    const citedAs = text.slice(start, at).replace(/\s+/gu, ' ').trim();

    let title: string | undefined;
    let nested: Citation[] = [];
    let end = at;
    const titleStart = sticky(titleStartPattern, text, at);
    if (titleStart !== null) {
      const from = at + titleStart[0].length;
      end = findTitleEnd(text, from);
      const raw = text.slice(from, end);
      const cleaned = cleanTitle(raw);
      if (cleaned.length >= 3) {
        title = cleaned;
        nested = findCitations(raw);
      }
    }
    const before = text.slice(Math.max(0, start - 25), start);
    citations.push({
      kind,
      ...(number === undefined ? {} : { number }),
      ...(issued === undefined ? {} : { issued }),
      ...(issuer === undefined ? {} : { issuer }),
      ...(title === undefined ? {} : { title }),
      ...(lawName === undefined ? {} : { lawName }),
      citedAs,
      start,
      end,
      afterImplementing: /thực hiện(?:\s+theo)?\s*$/iu.test(before),
      nested,
    });
    resumeAt = end;
  }
  return citations;
}
