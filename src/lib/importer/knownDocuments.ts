import { issuedDatesCompatible } from '../documents/documentId';
import type { DocumentKind } from '../documents/documentKinds';
import { searchKey } from '../text/foldVietnamese';
import { numberKey } from './resolveCitation';

/**
 * A well-known document whose facts the importer may fill in when a plan cites it incompletely.
 * Every entry names where its facts come from.
 */
export interface KnownDocument {
  readonly kind: DocumentKind;
  /** Number as printed on the document. */
  readonly number: string;
  /** The issuer's full name. */
  readonly issuer: string;
  /** Issue date, ISO 8601. */
  readonly issued: string;
  /** Trích yếu; for a law, its name. */
  readonly title: string;
  /** For laws: the names plans cite it by, without "Luật" ("Thi đua, khen thưởng"). */
  readonly names?: readonly string[];
  /** Where the facts come from. */
  readonly source: string;
}

/**
 * The table. Kept small: only documents the seed plans cite without a number, date or trích yếu.
 */
export const knownDocuments: readonly KnownDocument[] = [
  {
    // Seed 002 cites "Luật Thi đua, Khen thưởng ngày 15/6/2022", seed 004 "… năm 2022".
    kind: 'law',
    number: '06/2022/QH15',
    issuer: 'Quốc hội',
    issued: '2022-06-15',
    title: 'Luật Thi đua, khen thưởng',
    names: ['Thi đua, khen thưởng'],
    source:
      'Luật số 06/2022/QH15, Quốc hội khóa XV thông qua ngày 15/6/2022, hiệu lực 01/01/2024 (https://stp.hanam.gov.vn/Pages/luat-so-062022qh15-thi-dua-khen-thuong.aspx; Công báo số 571-572/2022)',
  },
  {
    // The earlier law, listed so that a citation dated 2003–2021 is not taken for the 2022 law.
    kind: 'law',
    number: '15/2003/QH11',
    issuer: 'Quốc hội',
    issued: '2003-11-26',
    title: 'Luật Thi đua, khen thưởng',
    names: ['Thi đua, khen thưởng'],
    source:
      'Luật số 15/2003/QH11 ngày 26/11/2003, sửa đổi bởi Luật 47/2005/QH11, 32/2009/QH12, 39/2013/QH13 (http://skhcn.kontum.gov.vn/tuyen-truyen-pho-bien-phap-luat/luat-thi-dua-khen-thuong-so-062022qh15.html)',
  },
  {
    // Seed 003 cites "Chỉ thị số 05-CT/TW, ngày 15/6/2016 của Bộ Chính trị" without its trích yếu (and
    // with 15/6 for 15/5).
    kind: 'directive',
    number: '05-CT/TW',
    issuer: 'Bộ Chính trị',
    issued: '2016-05-15',
    title: 'về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    source:
      'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị (https://hdndtuyenquang.gov.vn/tin-hoat-dong/trang-402.html; https://tinhuyquangtri.vn/Article/ViewList.aspx?mid=2542&pageid=379&pagenumber=54)',
  },
  {
    // Seed 001 cites "Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị" without its trích yếu.
    kind: 'conclusion',
    number: '01-KL/TW',
    issuer: 'Bộ Chính trị',
    issued: '2021-05-18',
    title:
      'về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    source:
      'Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị khóa XIII (tulieuvankien.dangcongsan.vn; verify the trích yếu against the text there)',
  },
];

/** What a citation tells, for {@link findKnownDocument}. */
export interface KnownDocumentQuery {
  readonly kind: DocumentKind;
  readonly number?: string | undefined;
  /** The issuer's full name, when cited. */
  readonly issuer?: string | undefined;
  readonly issued?: string | undefined;
  /** For laws cited by name ("Thi đua, Khen thưởng"). */
  readonly lawName?: string | undefined;
}

/**
 * Finds the well-known document a citation means: by kind and number (and issuer, when cited), or for
 * a law cited by name, by name and a compatible date. A citation whose date contradicts the table's
 * still matches by number (Party numbers are unique within a term, and the table is the better
 * source); the caller reports the difference.
 *
 * @returns the entry, or undefined when none or more than one fits
 */
export function findKnownDocument(query: KnownDocumentQuery): KnownDocument | undefined {
  const candidates = knownDocuments.filter((doc) => {
    if (doc.kind !== query.kind) return false;
    if (query.number !== undefined) {
      const sameNumber = numberKey(doc.number) === numberKey(query.number);
      return sameNumber && (query.issuer === undefined || query.issuer === doc.issuer);
    }
    if (query.lawName === undefined) return false;
    const name = searchKey(query.lawName);
    return (
      (doc.names ?? []).some((n) => searchKey(n) === name) &&
      query.issued !== undefined &&
      issuedDatesCompatible(doc.issued, query.issued)
    );
  });
  return candidates.length === 1 ? candidates[0] : undefined;
}
