import { modernToneMarks } from './modernToneMarks';

/** A capitalised word of a proper name ("Quy", "Nhơn", "K’"). */
const word = String.raw`\p{Lu}[\p{Ll}\p{M}’']*`;
/** A proper name: one to four capitalised words ("Gia Lai", "Quy Nhơn Tây", "Bà Rịa - Vũng Tàu"). */
export const properName = String.raw`${word}(?:\s+(?:-\s+)?${word}){0,3}`;
/** Administrative unit words that come before a local name ("phường Quyết Thắng"). */
export const unitWord = String.raw`(?:tỉnh|thành phố|thị xã|huyện|quận|phường|xã|thị trấn|đặc khu)`;
const uy = String.raw`(?:ủy|uỷ)`;
const standing = String.raw`(?:(?:Ban Thường vụ|Ban Chấp hành|Thường trực)\s+)?`;
const peoples = String.raw`(?:(?:Ủy|Uỷ)\s+ban\s+[Nn]hân\s+[Dd]ân|UBND|Hội\s+đồng\s+[Nn]hân\s+[Dd]ân|HĐND)`;

/**
 * The ways plans name an issuer, from the seeds and the usual names of Party and state bodies
 * (Hướng dẫn 36-HD/VPTW; Luật Tổ chức chính quyền địa phương):
 * central bodies; "Ban Thường vụ Tỉnh ủy Gia Lai" and other Party committees; "Đảng ủy phường Quy Nhơn
 * Tây"; "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Hà Tĩnh"; "(Chủ tịch) Ủy ban nhân dân tỉnh Lai
 * Châu", "UBND phường Quyết Thắng", "HĐND …"; "Ủy ban Mặt trận Tổ quốc Việt Nam phường …".
 */
const issuerPatterns: readonly RegExp[] = [
  String.raw`Bộ Chính trị|Ban Bí thư(?: Trung ương Đảng)?|Ban Chấp hành Trung ương(?: Đảng)?|Thủ tướng Chính phủ|Chính phủ|Quốc hội|(?:Ủy|Uỷ) ban Thường vụ Quốc hội|Chủ tịch nước|Bộ Nội vụ|Ban Thi đua - Khen thưởng Trung ương|Hội đồng Thi đua - Khen thưởng Trung ương`,
  String.raw`${standing}(?:Tỉnh|Thành|Thị|Huyện|Quận)\s+${uy}(?:\s+${properName})?`,
  String.raw`${standing}Đảng\s+${uy}\s+Khối(?:\s+(?:[\p{Ll}\p{M}]+\s+){1,8}?(?:tỉnh|thành phố)\s+${properName})?`,
  String.raw`${standing}Đảng\s+${uy}(?:\s+${unitWord})?(?:\s+${properName})?`,
  String.raw`(?:(?:Chủ tịch|Thường trực)\s+)?${peoples}(?:\s+${unitWord})?(?:\s+${properName})?`,
  String.raw`(?:Ban Thường trực\s+)?(?:Ủy|Uỷ) ban Mặt trận Tổ quốc Việt Nam(?:\s+${unitWord})?(?:\s+${properName})?`,
].map((source) => new RegExp(source, 'uy'));

/** Capitalised words that end a name: they start the next phrase ("… Quyết Thắng Về việc …"). */
const stopWords = new Set([
  'Về',
  'Trong',
  'Theo',
  'Ngày',
  'Số',
  'Và',
  'Khóa',
  'Khoá',
  'Tại',
  'Của',
]);

/** An issuer named in a text, as printed. */
export interface IssuerMatch {
  /** The name as printed ("UBND phường Quyết Thắng", "Ban Thường vụ Tỉnh ủy"). */
  readonly text: string;
  /** Index just after the name. */
  readonly end: number;
}

/**
 * Reads the issuer named at `start` in `text`, the longest of the known forms.
 *
 * @returns the name as printed and where it ends, or null when no issuer starts there
 */
export function matchIssuer(text: string, start: number): IssuerMatch | null {
  let best: IssuerMatch | null = null;
  for (const pattern of issuerPatterns) {
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (match === null) continue;
    const words = match[0].split(/(\s+)/u);
    let kept = '';
    for (let i = 0; i < words.length; i += 2) {
      const w = words[i] ?? '';
      if (i > 0 && stopWords.has(w)) break;
      kept = i === 0 ? w : `${kept}${words[i - 1] ?? ' '}${w}`;
    }
    if (best === null || kept.length > best.text.length)
      best = { text: kept, end: start + kept.length };
  }
  return best;
}

/**
 * The full form of an issuer's name: abbreviations spelt out ("UBND" → "Ủy ban nhân dân", "HĐND" →
 * "Hội đồng nhân dân"), "Nhân dân" in lower case as the law writes it, tone marks in the current style
 * ("Thị uỷ" → "Thị ủy"), a trailing term ("Bộ Chính trị khóa XI") dropped, spaces collapsed.
 *
 * @param printed the name as printed
 * @returns the name the organization's entry uses
 */
export function canonicalIssuerName(printed: string): string {
  return modernToneMarks(printed)
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/(?<!\p{L})UBND(?!\p{L})/gu, 'Ủy ban nhân dân')
    .replace(/(?<!\p{L})HĐND(?!\p{L})/gu, 'Hội đồng nhân dân')
    .replace(/Ủy ban [Nn]hân [Dd]ân/gu, 'Ủy ban nhân dân')
    .replace(/Hội đồng [Nn]hân [Dd]ân/gu, 'Hội đồng nhân dân')
    .replace(/\s+khóa\s+[IVXLC]+$/iu, '');
}
