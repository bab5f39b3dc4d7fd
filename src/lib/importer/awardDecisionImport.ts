/**
 * An award decision (quyết định khen thưởng) from the text and tables of a Word file: header (number,
 * place, date), "QUYẾT ĐỊNH" and its trích yếu ("Về việc …"), the deciding authority ("CHỦ TỊCH ỦY BAN
 * NHÂN DÂN PHƯỜNG …"), "Căn cứ …" lines, the articles, the signature and a table of awardees. Pure: the
 * caller reads files and writes the result (`runImport`).
 */
import { awardDecisionSchema } from '../../schemas/awardDecisions';
import { documentId } from '../documents/documentId';
import { normalizeText } from '../text/normalizeText';
import { toSlug } from '../text/toSlug';
import type { ExistingEntry, ImportProblem } from './buildImport';
import { findCitations } from './findCitations';
import type { OfficeTable } from './officeText';
import { readSignatory } from './readSignatory';

/** The input of {@link importAwardDecision}. */
export interface AwardDecisionSource {
  /** The name of the stored text ("qd-45.txt"), for messages and provenance. */
  readonly fileName: string;
  /** The text, paragraphs as lines (`readOfficeText`). */
  readonly text: string;
  readonly tables: readonly OfficeTable[];
}

/** What the content folder holds that a decision points to. */
export interface AwardDecisionContext {
  readonly documents: readonly ExistingEntry[];
  readonly organizations: readonly ExistingEntry[];
  /** `content/award-forms/*.json`, as data. */
  readonly awardForms: readonly ExistingEntry[];
}

/** The outcome of {@link importAwardDecision}. */
export interface AwardDecisionImport {
  /** `award-decisions/<id>.json` (null when the id cannot be made: no issuer or date). */
  readonly path: string | null;
  /** The file text (JSON, 2-space indent, LF); null when there is any problem. */
  readonly text: string | null;
  readonly data: Record<string, unknown>;
  readonly problems: ImportProblem[];
}

/** Lower case without diacritics ("Họ và tên" → "ho va ten"), spaces collapsed. */
export const foldText = (text: string): string =>
  normalizeText(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/giu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();

/** Whether a text is the heading of an award decision: a line "QUYẾT ĐỊNH" (any case, with or without diacritics). */
export const isDecisionText = (text: string): boolean =>
  text.split('\n').some((line) => foldText(line) === 'quyet dinh') &&
  !text.split('\n').some((line) => foldText(line) === 'ke hoach');

/** The role of a column of the awardee table, from its header. */
type Column =
  | 'index'
  | 'name'
  | 'collective'
  | 'headName'
  | 'position'
  | 'unit'
  | 'positionUnit'
  | 'hamlet'
  | 'commune'
  | 'achievement'
  | 'awardForm'
  | 'personal'
  | 'unknown';

/**
 * Reads a column header tolerantly (case, diacritics, spaces): "STT", "Họ và tên", "Tên tập thể",
 * "Chủ hộ", "Chức vụ", "Đơn vị", "Chức vụ, đơn vị", "Thôn", "Xã", "Thành tích", "Hình thức khen
 * thưởng"; a header naming personal data ("Số CCCD", "Điện thoại", "Ngày sinh", "Địa chỉ", "Email") is
 * `personal`.
 */
export function columnOf(header: string): Column {
  const h = foldText(header);
  if (/cccd|cmnd|can cuoc|chung minh|dien thoai|sdt|ngay sinh|nam sinh|dia chi|e-?mail/u.test(h))
    return 'personal';
  if (/^(stt|tt|so tt|so thu tu)$/u.test(h)) return 'index';
  if (/chuc vu/u.test(h) && /don vi|noi cong tac/u.test(h)) return 'positionUnit';
  if (/chuc vu/u.test(h)) return 'position';
  if (/don vi|noi cong tac|co quan/u.test(h)) return 'unit';
  if (/tap the/u.test(h)) return 'collective';
  if (/chu ho/u.test(h)) return 'headName';
  if (/ho (va )?ten|ho ten/u.test(h)) return 'name';
  if (/thon|ban|to dan pho/u.test(h)) return 'hamlet';
  if (/^(xa|phuong|xa, phuong.*)$/u.test(h)) return 'commune';
  if (/thanh tich/u.test(h)) return 'achievement';
  if (/hinh thuc|danh hieu/u.test(h)) return 'awardForm';
  return 'unknown';
}

const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/**
 * {@link toSlug}, or undefined for text it cannot make a slug from ("…", "---"): `toSlug` throws there,
 * and a decision whose authority line has no letter would otherwise crash the import.
 */
function slugOrUndefined(text: string): string | undefined {
  try {
    return toSlug(text);
  } catch {
    return undefined;
  }
}

/** "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG QUYẾT THẮNG" → the id of a known organization, by slug or name. */
function organizationId(
  printed: string,
  organizations: readonly ExistingEntry[],
): string | undefined {
  const slug = slugOrUndefined(printed);
  const folded = foldText(printed);
  return organizations.find(
    (o) =>
      o.id === slug ||
      [
        o.data['name'],
        o.data['shortName'],
        ...(Array.isArray(o.data['aliases']) ? (o.data['aliases'] as unknown[]) : []),
      ]
        .filter((n): n is string => typeof n === 'string')
        .some((n) => foldText(n) === folded),
  )?.id;
}

/**
 * The award form named in a text ("Tặng Giấy khen của Chủ tịch UBND phường …"): the forms whose name
 * before " của " ("Giấy khen", "Bằng khen", "Lao động tiên tiến") occurs in the text, narrowed to those
 * an authority at the issuer's level confers (`authorities[].level`), then to those whose
 * `conferredBy` ("Chủ tịch Ủy ban nhân dân cấp xã", without "cấp …") starts the issuer's name. Exactly
 * one, or undefined.
 */
export function findAwardForm(
  text: string,
  issuer: { readonly level?: string | undefined; readonly name?: string | undefined },
  awardForms: readonly ExistingEntry[],
): string | undefined {
  const issuerName = foldText(issuer.name ?? '');
  const folded = foldText(text);
  const named = awardForms.filter((f) => {
    const head = foldText((asString(f.data['name']) ?? '').split(' của ')[0] ?? '');
    return head !== '' && folded.includes(head);
  });
  const authorities = (f: ExistingEntry): { level?: unknown; conferredBy?: unknown }[] =>
    Array.isArray(f.data['authorities'])
      ? (f.data['authorities'] as unknown[]).filter(
          (a): a is { level?: unknown; conferredBy?: unknown } =>
            typeof a === 'object' && a !== null,
        )
      : [];
  const atLevel = named.filter((f) => authorities(f).some((a) => a.level === issuer.level));
  // "Chủ tịch Ủy ban nhân dân cấp xã" confers it and the issuer is "Chủ tịch Ủy ban nhân dân phường …".
  const byIssuer = atLevel.filter((f) =>
    authorities(f).some((a) => {
      const by = foldText(typeof a.conferredBy === 'string' ? a.conferredBy : '')
        .replace(/ cap (xa|huyen|tinh)$/u, '')
        .trim();
      return a.level === issuer.level && by !== '' && issuerName.startsWith(by);
    }),
  );
  const candidates = byIssuer.length > 0 ? byIssuer : atLevel.length > 0 ? atLevel : named;
  // A longer name that also matches wins over its prefix ("Tập thể lao động tiên tiến" over "Lao động tiên tiến").
  const longest = candidates.filter(
    (f) =>
      !candidates.some(
        (g) =>
          g !== f &&
          foldText(asString(g.data['name']) ?? '').includes(
            foldText(asString(f.data['name']) ?? ''),
          ),
      ),
  );
  return longest.length === 1 ? longest[0]?.id : undefined;
}

/** "Tổ trưởng Tổ dân phố số 18, phường Quyết Thắng" → position before the first comma, unit after. */
const splitPositionUnit = (cell: string): { position?: string; unit: string } => {
  const at = cell.indexOf(',');
  return at < 0
    ? { unit: cell }
    : { position: cell.slice(0, at).trim(), unit: cell.slice(at + 1).trim() };
};

/**
 * Reads an award decision. Determined from the text: number ("Số: 45/QĐ-UBND"), date ("…, ngày 12
 * tháng 5 năm 2025", full day required), trích yếu (the paragraph after "QUYẾT ĐỊNH", "Về việc …"),
 * issuer (the upper-case paragraph after the trích yếu, matched to `content/organizations` by id, name
 * or alias), legal bases ("Căn cứ …" paragraphs: each cited document found by number in
 * `content/documents`), the award form (by name, see {@link findAwardForm}, from a table column or the
 * title and "Điều 1"), the commendation type ("đột xuất" → adHoc, "phong trào"/"đợt"/"chuyên đề" →
 * campaign, "năm"/"hoàn thành xuất sắc" → merit), the signatory; awardees from the first table whose
 * header has a name column ({@link columnOf}). Whatever cannot be determined, and every schema issue
 * (personal data in a cell included), is a problem naming the field; nothing is written then.
 */
export function importAwardDecision(
  source: AwardDecisionSource,
  context: AwardDecisionContext,
): AwardDecisionImport {
  const problems: ImportProblem[] = [];
  const file = (path: string | null): string => path ?? `sources/${source.fileName}`;
  const note = (field: string, message: string, fix: string): void => {
    problems.push({ source: source.fileName, file: '', field, message, fix });
  };
  const paragraphs = normalizeText(source.text)
    .split(/\n\s*\n/u)
    .map((p) => p.replace(/\s*\n\s*/gu, ' ').trim())
    .filter((p) => p !== '');
  const heading = paragraphs.findIndex((p) => foldText(p) === 'quyet dinh');
  const header = paragraphs.slice(0, Math.max(0, heading)).join('\n');

  const number = /Số\s*:?\s*(\d+\s*\/\s*QĐ-[\p{Lu}\p{N}-]+)/u
    .exec(header)?.[1]
    ?.replace(/\s+/gu, '');
  if (number === undefined)
    note(
      'number',
      'không thấy số quyết định ("Số: 45/QĐ-UBND") / no decision number',
      'add "Số: …/QĐ-…" to the header of the Word file',
    );
  const dated = /([\p{L} ]+),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(header);
  const issued =
    dated === null
      ? undefined
      : `${dated[4]}-${(dated[3] ?? '').padStart(2, '0')}-${(dated[2] ?? '').padStart(2, '0')}`;
  if (issued === undefined)
    note(
      'issued',
      'không thấy ngày ban hành ("…, ngày 12 tháng 5 năm 2025") / no date of issue',
      'add the place and full date to the header',
    );
  const title = heading < 0 ? undefined : paragraphs[heading + 1];
  if (title === undefined || !/^Về\s/iu.test(title))
    note(
      'title',
      'không thấy trích yếu ("Về việc …") sau "QUYẾT ĐỊNH" / no trích yếu after the heading',
      'put "Về việc …" on the paragraph after "QUYẾT ĐỊNH"',
    );
  const authority = heading < 0 ? undefined : paragraphs[heading + 2];
  const issuer =
    authority === undefined ? undefined : organizationId(authority, context.organizations);
  if (issuer === undefined)
    note(
      'issuer',
      `không xác định được cơ quan ban hành "${authority ?? ''}" / issuer not found in content/organizations`,
      `add content/organizations/${(authority === undefined ? undefined : slugOrUndefined(authority)) ?? '<id>'}.json (name, level, branch, parent), then import again`,
    );
  const issuerData = context.organizations.find((o) => o.id === issuer)?.data;
  const issuerFacts = {
    level: asString(issuerData?.['level']),
    name: asString(issuerData?.['name']),
  };

  const basedOn: string[] = [];
  for (const paragraph of paragraphs.filter((p) => /^Căn cứ\s/u.test(p))) {
    for (const citation of findCitations(paragraph)) {
      if (citation.number === undefined) continue;
      const found = context.documents.find((d) => asString(d.data['number']) === citation.number);
      if (found === undefined) {
        note(
          'basedOn',
          `"${citation.citedAs}" chưa có trong content/documents / the cited document is not in the content`,
          'import the document (npm run import) or add a referenced stub in content/documents, then import again',
        );
      } else if (!basedOn.includes(found.id)) basedOn.push(found.id);
    }
  }

  const article1 = paragraphs.find((p) => /^Điều\s+1\b/u.test(p)) ?? '';
  const folded = foldText(`${title ?? ''} ${article1}`);
  const commendationType = /dot xuat/u.test(folded)
    ? 'adHoc'
    : /phong trao|theo dot|chuyen de/u.test(folded)
      ? 'campaign'
      : /nam \d{4}|hoan thanh xuat sac/u.test(folded)
        ? 'merit'
        : undefined;
  if (commendationType === undefined)
    note(
      'commendationType',
      'không xác định được loại hình khen thưởng / commendation type not stated',
      'add "commendationType" (merit, adHoc, campaign, dedication, seniority, foreign) to the written file',
    );
  const defaultForm = findAwardForm(`${title ?? ''} ${article1}`, issuerFacts, context.awardForms);

  const table = source.tables.find((t) =>
    (t[0] ?? []).some((h) => ['name', 'collective', 'headName'].includes(columnOf(h))),
  );
  const awardees: Record<string, unknown>[] = [];
  if (table === undefined) {
    note(
      'awardees',
      'không thấy bảng danh sách được khen (cột "Họ và tên" hoặc "Tên tập thể") / no awardee table',
      'put the awardees in a Word table with a header row',
    );
  } else {
    const columns = (table[0] ?? []).map(columnOf);
    (table[0] ?? []).forEach((h, i) => {
      if (columns[i] === 'personal')
        note(
          `awardees.column ${String(i + 1)}`,
          `cột "${h}" là dữ liệu cá nhân, không được công bố (Luật 91/2025/QH15) / a personal-data column`,
          'remove the column from the table before importing',
        );
    });
    table.slice(1).forEach((row, r) => {
      const cell = (column: Column): string | undefined => {
        const i = columns.indexOf(column);
        const value = i < 0 ? undefined : row[i]?.trim();
        return value === '' ? undefined : value;
      };
      const formCell = cell('awardForm');
      const awardForm =
        formCell === undefined
          ? defaultForm
          : findAwardForm(formCell, issuerFacts, context.awardForms);
      if (awardForm === undefined)
        note(
          `awardees.${String(r)}.awardForm`,
          'không xác định được hình thức khen thưởng / award form not found in content/award-forms',
          'name the award form in the title or "Điều 1" as in content/award-forms (e.g. "Giấy khen của Chủ tịch …"), or add a column "Hình thức khen thưởng"',
        );
      const fields = { awardForm, achievement: cell('achievement') };
      const both = cell('positionUnit');
      if (cell('name') !== undefined) {
        const split = both === undefined ? undefined : splitPositionUnit(both);
        awardees.push({
          type: 'individual',
          name: cell('name'),
          position: cell('position') ?? split?.position,
          unit: cell('unit') ?? split?.unit,
          ...fields,
        });
      } else if (cell('headName') !== undefined) {
        awardees.push({
          type: 'household',
          headName: cell('headName'),
          hamlet: cell('hamlet'),
          commune: cell('commune'),
          ...fields,
        });
      } else awardees.push({ type: 'collective', name: cell('collective'), ...fields });
    });
  }

  const signatureAt = paragraphs.findIndex((p) => /^Nơi nhận/iu.test(p));
  const signatory =
    signatureAt < 0
      ? readSignatory(paragraphs.slice(-3).flatMap((p) => p.split('\n')))
      : readSignatory(paragraphs.slice(signatureAt + 1).filter((p) => !/^[-–+•]/u.test(p)));

  const data = Object.fromEntries(
    Object.entries({
      status: 'decided',
      number,
      issuer,
      issued,
      title,
      signatory,
      basedOn,
      commendationType,
      awardees: awardees.map((a) =>
        Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)),
      ),
    }).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
  const path =
    issuer === undefined || title === undefined
      ? null
      : `award-decisions/${documentId({ kind: 'decision', number, issuerId: issuer, issued, title })}.json`;
  const parsed = awardDecisionSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.map(String).join('.') || 'file';
      if (problems.some((p) => p.field === field)) continue;
      note(
        field,
        issue.message,
        'correct the Word file (or the cell named) and import again; personal data must be removed, not hidden',
      );
    }
  }
  for (const [i, a] of awardees.entries()) {
    const form = a['awardForm'];
    if (typeof form === 'string' && !context.awardForms.some((f) => f.id === form))
      note(
        `awardees.${String(i)}.awardForm`,
        `no award form "${form}" (không có hình thức "${form}")`,
        `add content/award-forms/${form}.json`,
      );
  }
  const located = problems.map((p) => ({ ...p, file: file(path) }));
  return {
    path,
    text: located.length > 0 ? null : `${JSON.stringify(data, null, 2)}\n`,
    data,
    problems: located,
  };
}
