import type { DecisionSummary } from '../awardsView/awardsModel';
import type { MetadataRow } from '../site/documentPage';
import type { DocumentSummary, OrganizationEntryInput } from '../site/siteModel';
import { organizationHref } from '../site/urls';
import { truncate } from '../format/truncate';
import { summarizeExemplar, type ExemplarCard, type ExemplarEntryInput } from './exemplarCards';
import { exemplarSearchKind } from './exemplarTerms';
import { exemplarPosterHref } from './exemplarUrls';

/** A linked award decision, as the exemplar page lists it. */
export interface ExemplarAwardLink {
  readonly href: string;
  /** "Quyết định 412/QĐ-UBND", "Dự thảo quyết định". */
  readonly label: string;
  /** Trích yếu. */
  readonly title: string;
  /** "Chủ tịch Ủy ban nhân dân phường Quyết Thắng · 27/12/2024 · Đã quyết định". */
  readonly meta: string;
}

/** A linked plan or other document. */
export interface ExemplarDocumentLink {
  readonly href: string;
  /** "Kế hoạch 42-KH/ĐU", "Kế hoạch (chưa có số)". */
  readonly label: string;
  readonly title: string;
  /** "Ban Thường vụ Đảng ủy phường Quy Nhơn Tây · tháng 02/2024". */
  readonly meta: string;
}

/** The Pagefind contract of an exemplar page: meta title, date and kind; filters kind and year. */
export interface ExemplarPagefindData {
  readonly title: string;
  /** Always "Điển hình tiên tiến", beside the document kinds of the search page. */
  readonly kind: string;
  /** "Gương người tốt, việc tốt" … */
  readonly exemplarKind: string;
  /** "05/07/2026". */
  readonly date: string;
  readonly year: string;
  /** Sortable: "2026-07-05". */
  readonly sortDate: string;
}

/** Everything the page `/dien-hinh/<id>/` shows. */
export interface ExemplarPageView<TImage> {
  readonly card: ExemplarCard<TImage>;
  /** The `<title>`: the name and the kind. */
  readonly pageTitle: string;
  /** For search engines and link previews: the summary. */
  readonly description: string;
  readonly metadata: readonly MetadataRow[];
  readonly cover: {
    readonly image: TImage;
    readonly alt: string;
    readonly credit: string;
    readonly licence?: string | undefined;
  };
  /** Award decisions about the people of the story, in the order written. */
  readonly awards: readonly ExemplarAwardLink[];
  /** Plans and other documents the story relates to, in the order written. */
  readonly documents: readonly ExemplarDocumentLink[];
  readonly tags: readonly string[];
  readonly posterHref: string;
  readonly pagefind: ExemplarPagefindData;
  /** The page's own text: the words the search index gets (SearchableBody). */
  readonly indexableText: string;
}

/** What the page looks other entries up in: the site and awards models' maps. */
export interface ExemplarPageLookups {
  readonly documents: ReadonlyMap<string, DocumentSummary>;
  readonly organizations: ReadonlyMap<string, OrganizationEntryInput>;
  readonly decisions: ReadonlyMap<string, DecisionSummary>;
  /** Movement names by id (content/movements/). */
  readonly movements: ReadonlyMap<string, string>;
}

/**
 * The words of a story without its MDX markup (tags, props, comments, photo paths), for the search
 * terms. Not for display.
 */
export function storyPlainText(body: string): string {
  return body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/[*_`]+/g, '')
    .replace(/[#>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The page of one exemplar. References that name no entry (which the validation pass reports before a
 * build) are left out rather than shown broken.
 */
export function exemplarPage<TImage>(
  entry: ExemplarEntryInput<TImage>,
  lookups: ExemplarPageLookups,
): ExemplarPageView<TImage> {
  const card = summarizeExemplar(entry);
  const { data } = entry;
  const organization =
    data.organization === undefined ? undefined : lookups.organizations.get(data.organization.id);
  const metadata: MetadataRow[] = [
    { label: 'Loại điển hình', value: card.kindLabel },
    { label: 'Địa bàn', value: card.placeLabel },
    ...(data.unit === undefined ? [] : [{ label: 'Đơn vị', value: data.unit }]),
    ...(organization === undefined
      ? []
      : [
          {
            label: 'Cơ quan, tổ chức',
            value: organization.data.name,
            href: organizationHref(organization.id),
          },
        ]),
    ...data.movements.flatMap(({ id }) => {
      const name = lookups.movements.get(id);
      return name === undefined
        ? []
        : [{ label: 'Phong trào thi đua', value: name, href: `/phong-trao/${id}/` }];
    }),
    ...(data.movement === undefined || data.movements.length > 0
      ? []
      : [{ label: 'Phong trào thi đua', value: data.movement }]),
    { label: 'Ngày đăng', value: card.dateLabel },
  ];
  const awards = data.awardDecisions.flatMap(({ id }): ExemplarAwardLink[] => {
    const d = lookups.decisions.get(id);
    if (d === undefined) return [];
    return [
      {
        href: d.href,
        label: d.displayName,
        title: d.title,
        meta: [d.issuerName, d.dateLabel, d.statusLabel].join(' · '),
      },
    ];
  });
  const documents = data.documents.flatMap(({ id }): ExemplarDocumentLink[] => {
    const doc = lookups.documents.get(id);
    if (doc === undefined) return [];
    return [
      {
        href: doc.href,
        label: doc.displayName,
        title: doc.title,
        meta: `${doc.issuerName} · ${doc.issuedLabel}`,
      },
    ];
  });
  const indexableText = [
    data.name,
    card.kindLabel,
    card.placeLabel,
    data.unit ?? '',
    organization?.data.name ?? '',
    data.movement ?? '',
    data.summary,
    ...data.tags,
    storyPlainText(entry.body ?? ''),
    ...metadata.map((row) => row.value),
  ]
    .filter((t) => t !== '')
    .join(' ');
  return {
    card,
    pageTitle: `${data.name}: ${card.kindLabel}`,
    description: truncate(data.summary, 300),
    metadata,
    cover: {
      image: data.cover.image,
      alt: data.cover.alt,
      credit: data.cover.credit,
      licence: data.cover.licence,
    },
    awards,
    documents,
    tags: data.tags,
    posterHref: exemplarPosterHref(entry.id),
    pagefind: {
      title: data.name,
      kind: exemplarSearchKind,
      exemplarKind: card.kindLabel,
      date: card.dateLabel,
      year: String(card.year),
      sortDate: card.date,
    },
    indexableText,
  };
}
