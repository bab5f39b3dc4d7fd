import type { DistributionEntry, Signatory } from '../../schemas/documents';
import { formatPartialDate, parseVietnameseDate } from '../dates/partialDate';
import { issuedDatesCompatible } from '../documents/documentId';
import { kindInfo, type DocumentKind } from '../documents/documentKinds';
import { parsePlanBody, readSectionMarker, type PlanBody } from '../documents/parsePlanBody';
import { cleanDocumentNumber, parseDocumentNumber } from '../documents/parseDocumentNumber';
import { describeOrganization } from './describeOrganization';
import { extractAssignments, type AssignmentDraft } from './extractAssignments';
import { extractMilestones, type MilestoneDraft } from './extractMilestones';
import { findCitations, type Citation } from './findCitations';
import { canonicalIssuerName, matchIssuer } from './issuerNames';
import { isDashItem } from './joinParagraphs';
import { findKnownDocument, type KnownDocument } from './knownDocuments';
import type { CitationOverride, PlanOverrides } from './planOverrides';
import { prepareSourceText, type TextRepair } from './prepareSourceText';
import { canonicalProvince, countProvinceMentions } from './provinces';
import { findLocalities, qualifyIssuerName, type PlaceContext } from './qualifyIssuerName';
import { readDistribution } from './readDistribution';
import { readPlanLayout } from './readPlanLayout';
import { closingIndex, renderPlanBody } from './renderPlanBody';
import { numberKey } from './resolveCitation';
import { readSignatory } from './readSignatory';

/** Something the importer could not determine (or only guessed), with the override that settles it. */
export interface ImportNote {
  /** The field concerned: "issued", "number", "issuer", "province", "signatory", "citations". */
  readonly field: string;
  /** What is missing or guessed, in Vietnamese with the English gist. */
  readonly message: string;
  /** YAML to add to the plan's override file, when an override can supply the fact. */
  readonly override?: string;
}

/** An override value the importer used. */
export interface AppliedOverride {
  readonly field: string;
  readonly value: string;
  readonly reason: string;
}

/** How a plan relates to a document it cites (GLOSSARY: căn cứ, thực hiện, dẫn chiếu). */
export type CitationRelation = 'basedOn' | 'implements' | 'cites';

/** A cited document as the importer understood it, before it is matched to an entry. */
export interface CitationDraft {
  readonly kind: DocumentKind;
  readonly number?: string;
  readonly issued?: string;
  /** The issuer's full name, completed from the plan's context ("Ban Thường vụ Tỉnh ủy Hà Tĩnh"). */
  readonly issuerName: string;
  /** The issuer as printed, when it differs (kept as an alias: "UBND phường Quyết Thắng"). */
  readonly issuerPrinted?: string;
  readonly title: string;
  /** True when the citation gave no trích yếu and no table or override did: the title is "Chỉ thị số …". */
  readonly titleIsFallback: boolean;
  readonly citedAs: string;
  readonly relation: CitationRelation;
  /** Documents this one carries out, as its citation says ("… về thực hiện Chỉ thị số 41-CT/TW …"). */
  readonly implements: readonly CitationDraft[];
}

/** Everything the importer read from one plan, before ids are assigned. */
export interface PlanDraft {
  readonly sourceFile: string;
  readonly kind: DocumentKind;
  readonly number?: string;
  readonly issued?: string;
  readonly place?: string;
  readonly title: string;
  /** The issuer's full name. */
  readonly issuerName: string;
  /** The issuer as printed in the text, when it differs from the full name. */
  readonly issuerPrinted?: string;
  readonly province?: string;
  readonly context: PlaceContext;
  /** The Markdown body. */
  readonly body: string;
  readonly parsedBody: PlanBody;
  readonly signatory?: Signatory;
  readonly distribution: DistributionEntry[];
  readonly assignments: AssignmentDraft[];
  readonly milestones: MilestoneDraft[];
  readonly citations: CitationDraft[];
  readonly notes: ImportNote[];
  readonly repairs: TextRepair[];
  readonly applied: AppliedOverride[];
  /** Problems that stop the import (an override that matches nothing). */
  readonly errors: string[];
}

/** A plan's text and its file name (e.g. "000_1630f053c66d56e5.txt"). */
export interface PlanSource {
  readonly fileName: string;
  readonly text: string;
}

const overrideFile = (fileName: string, overridesDir: string): string =>
  `${overridesDir}/${fileName.replace(/\.[^.]+$/u, '')}.yaml`;

const yamlString = (value: string): string => JSON.stringify(value);

/**
 * The title a stub gets when neither the citation, the known-documents table nor an override gives its
 * trích yếu: "Chỉ thị số 34-CT/TU". Reported, so that an editor supplies the real one.
 */
export const fallbackTitle = (kind: DocumentKind, number: string): string =>
  `${kindInfo[kind].label} số ${number}`;

/** Finds the plan's issuer in its opening: "<issuer> xây dựng|ban hành …" (seeds 000–004). */
function issuerFromPreamble(paragraphs: readonly string[]): string | undefined {
  for (const paragraph of paragraphs) {
    for (let at = 0; at < paragraph.length; at += 1) {
      if (at > 0 && /[\p{L}\p{M}]/u.test(paragraph[at - 1] ?? '')) continue;
      const issuer = matchIssuer(paragraph, at);
      if (issuer === null) continue;
      if (/^\s+(?:xây dựng|ban hành)(?![\p{L}])/u.test(paragraph.slice(issuer.end)))
        return issuer.text;
      at = issuer.end;
    }
  }
  return undefined;
}

/** The issuer named at the end of the closing: "… của Ban Thường vụ Đảng ủy phường Quy Nhơn Tây./.". */
function issuerFromClosing(paragraphs: readonly string[]): string | undefined {
  for (const paragraph of paragraphs) {
    const at = paragraph.lastIndexOf(' của ');
    if (at < 0) continue;
    const issuer = matchIssuer(paragraph, at + 5);
    if (issuer !== null && /^\s*[./]/u.test(paragraph.slice(issuer.end))) return issuer.text;
  }
  return undefined;
}

/** The province a name states ("Ban Thường vụ Tỉnh ủy Gia Lai" → Gia Lai), if it states one. */
const provinceOfName = (name: string): string | undefined => {
  const described = describeOrganization(name);
  return described?.level === 'central' ? undefined : described?.province;
};

/**
 * Reads one plan: number, date, place, title, issuer and province, the Markdown body and its parsed
 * sections, citations with their relation, signatory, distribution, assignments and milestones, and
 * everything it could not determine. Pure; ids are assigned later (`buildImport`).
 *
 * Relations (GLOSSARY): in the opening, a paragraph starting "Căn cứ" gives legal bases (`basedOn`)
 * and one starting "Thực hiện" the documents carried out (`implements`); in the title, a document
 * after "thực hiện" is carried out too ("thực hiện Chỉ thị số 41-CT/TW …", seed 000); every other
 * citation is `cites`. A citation that repeats a number cited in full elsewhere in the plan ("Chỉ thị
 * số 41-CT/TW") is that document.
 *
 * @param source the plan's text and file name
 * @param overrides the editor's overrides for this file, if any
 * @param overridesDir the override folder as shown in messages (default "content/overrides")
 * @throws {PlanLayoutError} when the text has no kind heading ("KẾ HOẠCH") or no text after it
 */
export function importPlan(
  source: PlanSource,
  overrides?: PlanOverrides,
  overridesDir = 'content/overrides',
): PlanDraft {
  const notes: ImportNote[] = [];
  const applied: AppliedOverride[] = [];
  const errors: string[] = [];
  const file = overrideFile(source.fileName, overridesDir);
  const use = (
    field: string,
    o: { value: string; reason: string } | undefined,
  ): string | undefined => {
    if (o === undefined) return undefined;
    applied.push({ field, value: o.value, reason: o.reason });
    return o.value;
  };

  const prepared = prepareSourceText(source.text);
  const layout = readPlanLayout(prepared.lines);
  const repairs = [...prepared.repairs, ...layout.repairs];

  // Number (số, ký hiệu).
  let number: string | undefined;
  const numberOverride = use('number', overrides?.number);
  if (numberOverride !== undefined) number = cleanDocumentNumber(numberOverride);
  else if (layout.numberText !== undefined && parseDocumentNumber(layout.numberText) !== null) {
    number = cleanDocumentNumber(layout.numberText);
    if (parseDocumentNumber(number)?.sequence === null) {
      notes.push({
        field: 'number',
        message: `số để trống ("Số: ${layout.numberText}") / the number is left blank`,
        override: `number: { value: "…${number}", reason: "…" }`,
      });
    }
  } else {
    notes.push({
      field: 'number',
      message:
        layout.numberText === undefined
          ? 'văn bản không có dòng "Số:" / no number line'
          : `không đọc được số "${layout.numberText}" / unreadable number`,
      override: `number: { value: "…", reason: "…" }`,
    });
  }

  // Issue date (ngày ban hành) and place (địa danh).
  let issued: string | undefined;
  const issuedOverride = use('issued', overrides?.issued);
  if (issuedOverride !== undefined) issued = issuedOverride;
  else {
    const parsed = layout.dateText === undefined ? null : parseVietnameseDate(layout.dateText);
    issued = parsed?.value;
    if (parsed?.repaired !== undefined) {
      repairs.push({
        kind: 'dateSlashes',
        before: parsed.repaired,
        after: formatPartialDate(parsed.value),
      });
    }
    if (issued === undefined) {
      notes.push({
        field: 'issued',
        message:
          layout.dateText === undefined
            ? 'văn bản không ghi ngày ban hành / no issue date'
            : `không đọc được ngày "${layout.dateText}" / unreadable date`,
        override: 'issued: { value: "YYYY-MM-DD", reason: "…" }',
      });
    } else if (issued.length < 10) {
      notes.push({
        field: 'issued',
        message: `ngày ban hành chỉ có ${formatPartialDate(issued)} ("${layout.dateText ?? ''}") / the date is partial`,
        override: `issued: { value: "${issued}${issued.length === 4 ? '-MM' : ''}-DD", reason: "…" }`,
      });
    }
  }
  const place = use('place', overrides?.place) ?? layout.place;
  const title = use('title', overrides?.title) ?? layout.title;

  // Body.
  const paragraphs = layout.paragraphs;
  const body = renderPlanBody(paragraphs);
  const parsedBody = parsePlanBody(body);
  const firstSection = paragraphs.findIndex((p) => readSectionMarker(p) !== null || isDashItem(p));
  const preamble = firstSection < 0 ? paragraphs : paragraphs.slice(0, firstSection);
  const closingAt = closingIndex(paragraphs);
  const closing = closingAt < 0 ? [] : paragraphs.slice(closingAt);
  const fullText = [title, ...paragraphs].join('\n');

  // Citations, read before the issuer so that an implemented provincial plan can tell the province.
  const titleCitations = findCitations(title);
  const located: { citation: Citation; relation: CitationRelation }[] = [
    ...titleCitations.map((citation): { citation: Citation; relation: CitationRelation } => ({
      citation,
      relation: citation.afterImplementing ? 'implements' : 'cites',
    })),
  ];
  paragraphs.forEach((paragraph, index) => {
    const inPreamble = index < preamble.length;
    const relation: CitationRelation = !inPreamble
      ? 'cites'
      : /^Căn cứ(?![\p{L}])/u.test(paragraph)
        ? 'basedOn'
        : /^Thực hiện(?![\p{L}])/u.test(paragraph)
          ? 'implements'
          : 'cites';
    for (const citation of findCitations(paragraph)) located.push({ citation, relation });
  });

  // Issuer and province.
  const localities = findLocalities(fullText);
  const issuerOverride = use('issuer', overrides?.issuer);
  const issuerPrintedRaw =
    issuerOverride ?? issuerFromPreamble(preamble) ?? issuerFromClosing(closing);
  let province = use('province', overrides?.province);
  if (province !== undefined) province = canonicalProvince(province) ?? province;
  if (province === undefined && issuerPrintedRaw !== undefined) {
    province = provinceOfName(canonicalIssuerName(issuerPrintedRaw));
  }
  if (province === undefined) {
    const fromImplemented = new Set(
      located
        .filter((l) => l.relation === 'implements' && l.citation.issuer !== undefined)
        .map((l) => provinceOfName(canonicalIssuerName(l.citation.issuer ?? '')))
        .filter((p): p is string => p !== undefined),
    );
    if (fromImplemented.size === 1) province = [...fromImplemented][0];
  }
  if (province === undefined) {
    const counts = [...countProvinceMentions(fullText)].sort((a, b) => b[1] - a[1]);
    const [top, second] = counts;
    if (top !== undefined && (second === undefined || second[1] < top[1])) {
      province = top[0];
      notes.push({
        field: 'province',
        message: `đoán tỉnh là ${top[0]} vì văn bản nhắc ${top[1]} lần / province guessed from mentions`,
        override: `province: { value: ${yamlString(top[0])}, reason: "…" }`,
      });
    } else {
      notes.push({
        field: 'province',
        message: 'không xác định được tỉnh / province unknown',
        override: 'province: { value: "…", reason: "…" }',
      });
    }
  }

  let issuerName: string;
  const baseContext: PlaceContext = { province, localities, planIssuers: [] };
  if (issuerPrintedRaw === undefined) {
    issuerName = 'Chưa xác định';
    errors.push(
      `không tìm thấy cơ quan ban hành ("… xây dựng/ban hành Kế hoạch") / no issuer found: add issuer: { value: "…", reason: "…" } to ${file}`,
    );
  } else {
    const canonical = canonicalIssuerName(issuerPrintedRaw);
    const qualified = qualifyIssuerName(canonical, baseContext);
    issuerName = qualified.name;
    if (!qualified.qualified && issuerOverride === undefined) {
      const guess =
        /(?:^|\s)(?:phường|xã|thị trấn|đặc khu)$/u.test(canonical) && place !== undefined;
      if (guess) issuerName = `${canonical} ${place}`;
      notes.push({
        field: 'issuer',
        message: guess
          ? `văn bản chỉ ghi "${issuerPrintedRaw}"; đoán là "${issuerName}" theo địa danh / issuer guessed from the place`
          : `văn bản chỉ ghi "${issuerPrintedRaw}", thiếu tên đầy đủ / issuer name incomplete`,
        override: `issuer: { value: ${yamlString(guess ? issuerName : `${canonical} …`)}, reason: "…" }`,
      });
    }
  }
  const issuerPrinted =
    issuerPrintedRaw !== undefined &&
    issuerOverride === undefined &&
    issuerPrintedRaw !== issuerName
      ? issuerPrintedRaw
      : undefined;
  const parentName = describeOrganization(issuerName, province)?.parentName;
  const context: PlaceContext = {
    province,
    localities,
    planIssuers: parentName === undefined ? [issuerName] : [issuerName, parentName],
  };

  // Citations → drafts, with the known-documents table and the overrides.
  const citationOverrides = overrides?.citations ?? [];
  const usedOverrides = new Set<CitationOverride>();
  // The fullest citation of each number: a later "Chỉ thị số 41-CT/TW" (no date, no title) means it.
  const fullest = new Map<string, Citation>();
  const score = (c: Citation): number =>
    (c.issuer === undefined ? 0 : 1) +
    (c.issued === undefined ? 0 : 1) +
    (c.title === undefined ? 0 : 2);
  const collect = (c: Citation): void => {
    const key = c.number === undefined ? null : numberKey(c.number);
    const current = key === null ? undefined : fullest.get(key);
    if (key !== null && (current === undefined || score(c) > score(current))) fullest.set(key, c);
    c.nested.forEach(collect);
  };
  located.forEach((l) => {
    collect(l.citation);
  });
  const sameIssuer = (a?: string, b?: string): boolean =>
    a === undefined || b === undefined || canonicalIssuerName(a) === canonicalIssuerName(b);

  /**
   * @param within the number keys of the citations this one is nested in: a citation that (through
   *   the fullest citation of its number) implements itself, e.g. a title "Chỉ thị 41-CT/TW … về thực
   *   hiện Chỉ thị 41-CT/TW", is dropped at the repeat instead of recursing until the stack overflows
   */
  const toDraft = (
    raw: Citation,
    relation: CitationRelation,
    within: ReadonlySet<string> = new Set(),
  ): CitationDraft | null => {
    let c = raw;
    const key = c.number === undefined ? null : numberKey(c.number);
    if (key !== null && within.has(key)) return null;
    const full = key === null ? undefined : fullest.get(key);
    if (
      full !== undefined &&
      full !== c &&
      c.kind === full.kind &&
      sameIssuer(c.issuer, full.issuer) &&
      issuedDatesCompatible(c.issued, full.issued)
    ) {
      c = {
        ...c,
        ...(c.issuer === undefined && full.issuer !== undefined ? { issuer: full.issuer } : {}),
        ...(c.issued === undefined && full.issued !== undefined ? { issued: full.issued } : {}),
        ...(c.title === undefined && full.title !== undefined ? { title: full.title } : {}),
        nested: c.nested.length > 0 ? c.nested : full.nested,
      };
    }
    const isShort = c.issuer === undefined && c.issued === undefined && c.lawName === undefined;
    const override = citationOverrides.find(
      (o) =>
        key !== null &&
        numberKey(o.match.number) === key &&
        (o.match.issued === undefined || o.match.issued === c.issued),
    );
    if (override !== undefined) usedOverrides.add(override);

    let issued = override?.issued?.value ?? c.issued;
    let issuerName: string | undefined;
    let issuerPrinted: string | undefined;
    const printed = override?.issuer?.value ?? c.issuer;
    if (printed !== undefined) {
      const qualified = qualifyIssuerName(canonicalIssuerName(printed), context);
      issuerName = qualified.name;
      if (override?.issuer === undefined && printed !== issuerName) issuerPrinted = printed;
      if (!qualified.qualified) {
        notes.push({
          field: 'citations',
          message: `"${c.citedAs}": không rõ "${printed}" ở đâu / issuer's place unknown`,
          override: `province: { value: "…", reason: "…" }`,
        });
      }
    }
    const known: KnownDocument | undefined = findKnownDocument({
      kind: c.kind,
      number: c.number,
      issuer: issuerName,
      issued,
      lawName: c.lawName,
    });
    let number = c.number;
    if (known !== undefined) {
      number = known.number;
      issuerName ??= known.issuer;
      if (
        issued !== undefined &&
        override?.issued === undefined &&
        !issuedDatesCompatible(known.issued, issued)
      ) {
        notes.push({
          field: 'citations',
          message: `"${c.citedAs}": ngày trích dẫn ${formatPartialDate(issued)} khác ngày ban hành ${formatPartialDate(known.issued)} theo bảng văn bản đã biết (src/lib/importer/knownDocuments.ts); dùng ${formatPartialDate(known.issued)} / the cited date differs from the known date, which is used`,
          override: `citations:\n  - match: { number: ${yamlString(known.number)} }\n    issued: { value: "${issued}", reason: "…" }`,
        });
      }
      if (override?.issued === undefined) issued = known.issued;
    }
    if (issuerName === undefined) {
      if (!isShort) {
        notes.push({
          field: 'citations',
          message: `"${c.citedAs}": không ghi cơ quan ban hành, chưa tạo văn bản trích dẫn / issuer not cited, no stub made`,
          override: `citations:\n  - match: { number: ${yamlString(c.number ?? '')}${c.issued === undefined ? '' : `, issued: "${c.issued}"`} }\n    issuer: { value: "…", reason: "…" }`,
        });
      }
      return null;
    }
    if (number === undefined) return null;
    const title =
      override?.title?.value ?? c.title ?? known?.title ?? fallbackTitle(c.kind, number);
    const titleIsFallback = title === fallbackTitle(c.kind, number);
    if (override !== undefined) {
      for (const field of ['issuer', 'title', 'issued'] as const) {
        const value = override[field];
        if (value !== undefined) {
          applied.push({
            field: `citations ${override.match.number} ${field}`,
            value: value.value,
            reason: value.reason,
          });
        }
      }
    }
    const implementsDrafts = c.nested
      .filter((n) => n.afterImplementing)
      .map((n) => toDraft(n, 'implements', key === null ? within : new Set([...within, key])))
      .filter((d): d is CitationDraft => d !== null);
    return {
      kind: c.kind,
      number,
      ...(issued === undefined ? {} : { issued }),
      issuerName,
      ...(issuerPrinted === undefined ? {} : { issuerPrinted }),
      title,
      titleIsFallback,
      citedAs: c.citedAs,
      relation,
      implements: implementsDrafts,
    };
  };

  const citations: CitationDraft[] = [];
  for (const { citation, relation } of located) {
    const draft = toDraft(citation, relation);
    if (draft !== null) citations.push(draft);
  }
  for (const override of citationOverrides) {
    if (!usedOverrides.has(override)) {
      errors.push(
        `${file}: citations match { number: ${override.match.number}${override.match.issued === undefined ? '' : `, issued: ${override.match.issued}`} } matches no citation in the text (không khớp trích dẫn nào); correct the number or date, or remove it`,
      );
    }
  }

  // Signature, distribution, assignments, milestones.
  const signatory = readSignatory(layout.signature);
  if (signatory === undefined) {
    notes.push({
      field: 'signatory',
      message: 'không đọc được người ký / no signature block found',
    });
  }
  const distribution = readDistribution(layout.distribution);
  const assignments = extractAssignments(parsedBody);
  const milestones = extractMilestones(parsedBody, assignments);

  return {
    sourceFile: source.fileName,
    kind: layout.kind,
    ...(number === undefined ? {} : { number }),
    ...(issued === undefined ? {} : { issued }),
    ...(place === undefined ? {} : { place }),
    title,
    issuerName,
    ...(issuerPrinted === undefined ? {} : { issuerPrinted }),
    ...(province === undefined ? {} : { province }),
    context,
    body,
    parsedBody,
    ...(signatory === undefined ? {} : { signatory }),
    distribution,
    assignments,
    milestones,
    citations,
    notes,
    repairs,
    applied,
    errors,
  };
}
