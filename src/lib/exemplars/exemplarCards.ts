import type { ExemplarFields } from '../../schemas/exemplars';
import { partialDateYear } from '../dates/partialDate';
import { formatOfficialDay } from '../format/dates';
import { vietnameseCollator } from '../text/vietnameseCollator';
import { exemplarKindLabels, type ExemplarKind } from './exemplarTerms';
import { exemplarHref } from './exemplarUrls';

/**
 * An `exemplars` collection entry, or a plain object of the same shape (tests). `TImage` is what the
 * cover photo is: Astro's image metadata on pages, the path as written in scripts and tests.
 */
export interface ExemplarEntryInput<TImage> {
  readonly id: string;
  readonly data: Omit<ExemplarFields, 'cover'> & {
    readonly cover: ExemplarFields['cover'] & { readonly image: TImage };
  };
  /** The story as written (MDX), for the search terms. */
  readonly body?: string | undefined;
}

/** What a card, a link list and the filters need to show an exemplar; every text formatted. */
export interface ExemplarCard<TImage> {
  readonly id: string;
  readonly href: string;
  readonly name: string;
  readonly kind: ExemplarKind;
  /** "Cá nhân điển hình", "Gương người tốt, việc tốt" … */
  readonly kindLabel: string;
  /** "Tổ dân phố Đông Sơn, Phường Bắc Sơn, Thanh Hóa". */
  readonly placeLabel: string;
  readonly province: string;
  readonly movement?: string | undefined;
  /** ISO day the story was published. */
  readonly date: string;
  /** "10/01/2025". */
  readonly dateLabel: string;
  readonly year: number;
  readonly summary: string;
  readonly illustrative: boolean;
  readonly cover: { readonly image: TImage; readonly alt: string };
  readonly documentIds: readonly string[];
  readonly awardDecisionIds: readonly string[];
  /** Ids of the movements the story names (content/movements/). */
  readonly movementIds: readonly string[];
}

/** "Tổ dân phố Đông Sơn, Phường Bắc Sơn, Thanh Hóa": hamlet (when given), commune, province. */
export function placeLabel(place: ExemplarFields['place']): string {
  return [place.hamlet, place.commune, place.province]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(', ');
}

/** Summarises one exemplar for cards, links and filters. */
export function summarizeExemplar<TImage>(entry: ExemplarEntryInput<TImage>): ExemplarCard<TImage> {
  const { data } = entry;
  return {
    id: entry.id,
    href: exemplarHref(entry.id),
    name: data.name,
    kind: data.kind,
    kindLabel: exemplarKindLabels[data.kind],
    placeLabel: placeLabel(data.place),
    province: data.place.province,
    movement: data.movement,
    date: data.date,
    dateLabel: formatOfficialDay(data.date),
    year: partialDateYear(data.date),
    summary: data.summary,
    illustrative: data.illustrative,
    cover: { image: data.cover.image, alt: data.cover.alt },
    documentIds: data.documents.map((d) => d.id),
    awardDecisionIds: data.awardDecisions.map((d) => d.id),
    movementIds: data.movements.map((m) => m.id),
  };
}

/** Newest first; on the same day, in Vietnamese dictionary order of the names. */
export function compareExemplarCards(
  a: Pick<ExemplarCard<unknown>, 'date' | 'name'>,
  b: Pick<ExemplarCard<unknown>, 'date' | 'name'>,
): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return vietnameseCollator.compare(a.name, b.name);
}

/** Every exemplar as a card, newest first. */
export function exemplarCards<TImage>(
  entries: readonly ExemplarEntryInput<TImage>[],
): ExemplarCard<TImage>[] {
  return entries.map(summarizeExemplar).sort(compareExemplarCards);
}

/** The exemplars whose story relates to a document (a plan, a directive), newest first. */
export function exemplarsForDocument<T extends Pick<ExemplarCard<unknown>, 'documentIds'>>(
  cards: readonly T[],
  documentId: string,
): T[] {
  return cards.filter((card) => card.documentIds.includes(documentId));
}

/** The exemplars whose story is about the awardees of an award decision, newest first. */
export function exemplarsForAwardDecision<
  T extends Pick<ExemplarCard<unknown>, 'awardDecisionIds'>,
>(cards: readonly T[], decisionId: string): T[] {
  return cards.filter((card) => card.awardDecisionIds.includes(decisionId));
}

type RelatableCard = Pick<ExemplarCard<unknown>, 'id' | 'documentIds' | 'awardDecisionIds'>;

/**
 * Other exemplars that share a plan or an award decision with `card`, the most shared first (then in
 * the order given: newest first), at most `limit`.
 */
export function relatedExemplars<T extends RelatableCard>(
  cards: readonly T[],
  card: RelatableCard,
  limit = 3,
): T[] {
  const shared = (other: RelatableCard): number =>
    other.documentIds.filter((id) => card.documentIds.includes(id)).length +
    other.awardDecisionIds.filter((id) => card.awardDecisionIds.includes(id)).length;
  return cards
    .filter((other) => other.id !== card.id && shared(other) > 0)
    .map((other, index) => ({ other, score: shared(other), index }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ other }) => other);
}
