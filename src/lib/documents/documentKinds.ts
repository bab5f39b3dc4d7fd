/**
 * The kinds of văn bản the site knows, with their Vietnamese names and the type codes that appear in
 * their symbols (số, ký hiệu). Source: Nghị định 30/2020/NĐ-CP, Phụ lục III (state documents) and
 * Hướng dẫn 36-HD/VPTW 2018 (Party documents); GLOSSARY.md.
 */
export const documentKinds = [
  'plan',
  'directive',
  'resolution',
  'conclusion',
  'decision',
  'guidance',
  'programme',
  'notice',
  'report',
  'submission',
  'regulation',
  'law',
  'decree',
  'circular',
  'officialLetter',
] as const;

export type DocumentKind = (typeof documentKinds)[number];

interface KindInfo {
  /** Vietnamese name as it starts a citation ("Kế hoạch số 25-KH/TU …"). */
  readonly label: string;
  /** Plural label for lists and filters. */
  readonly plural: string;
  /** Type codes used in symbols; the first is the usual one. Empty where the symbol has none. */
  readonly typeCodes: readonly string[];
}

export const kindInfo: Readonly<Record<DocumentKind, KindInfo>> = {
  plan: { label: 'Kế hoạch', plural: 'Kế hoạch', typeCodes: ['KH'] },
  directive: { label: 'Chỉ thị', plural: 'Chỉ thị', typeCodes: ['CT'] },
  resolution: { label: 'Nghị quyết', plural: 'Nghị quyết', typeCodes: ['NQ'] },
  conclusion: { label: 'Kết luận', plural: 'Kết luận', typeCodes: ['KL'] },
  decision: { label: 'Quyết định', plural: 'Quyết định', typeCodes: ['QĐ'] },
  guidance: { label: 'Hướng dẫn', plural: 'Hướng dẫn', typeCodes: ['HD'] },
  programme: { label: 'Chương trình', plural: 'Chương trình', typeCodes: ['CTr'] },
  notice: { label: 'Thông báo', plural: 'Thông báo', typeCodes: ['TB'] },
  report: { label: 'Báo cáo', plural: 'Báo cáo', typeCodes: ['BC'] },
  submission: { label: 'Tờ trình', plural: 'Tờ trình', typeCodes: ['TTr'] },
  regulation: { label: 'Quy định', plural: 'Quy định', typeCodes: ['QĐi'] },
  law: { label: 'Luật', plural: 'Luật', typeCodes: [] },
  decree: { label: 'Nghị định', plural: 'Nghị định', typeCodes: ['NĐ'] },
  circular: { label: 'Thông tư', plural: 'Thông tư', typeCodes: ['TT'] },
  officialLetter: { label: 'Công văn', plural: 'Công văn', typeCodes: [] },
};

/** The kind whose usual type code is `code` ("KH" → plan, "NĐ" → decree), or undefined. */
export function kindFromTypeCode(code: string): DocumentKind | undefined {
  const wanted = code.normalize('NFC').toUpperCase();
  return documentKinds.find((kind) =>
    kindInfo[kind].typeCodes.some((c) => c.toUpperCase() === wanted),
  );
}

/** The kind named by a Vietnamese word at the start of a citation ("Chỉ thị" → directive), any case. */
export function kindFromLabel(label: string): DocumentKind | undefined {
  const wanted = label.normalize('NFC').toLocaleLowerCase('vi').trim();
  return documentKinds.find((kind) => kindInfo[kind].label.toLocaleLowerCase('vi') === wanted);
}
