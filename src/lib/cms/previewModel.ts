/**
 * What the editor's preview pane shows for an entry being edited (src/scripts/admin/admin.ts renders
 * it with the same elements and classes as the real pages: src/pages/dien-hinh/[id]/index.astro and
 * src/pages/khen-thuong/[id]/index.astro, styled by the site's own stylesheet). The data may be
 * incomplete or invalid while the editor types, so every field is read defensively.
 *
 * Pure and browser-safe.
 */
import {
  awardClassLabels,
  awardeeTypeLabels,
  awardDecisionStatusLabels,
} from '../awards/awardTerms';
import { exemplarKindLabels } from '../exemplars/exemplarTerms';
import { placeLabel } from '../exemplars/exemplarCards';

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
const labelIn = (table: Readonly<Record<string, string>>, value: unknown): string => {
  const key = text(value);
  return Object.hasOwn(table, key) ? (table[key] ?? key) : key;
};

/** The header, cover caption and tags of an exemplar page. */
export interface ExemplarPreview {
  readonly kindLabel: string;
  readonly name: string;
  readonly placeLabel: string;
  readonly coverImage: string;
  readonly coverAlt: string;
  readonly credit: string;
  readonly licence: string;
  readonly tags: readonly string[];
}

/** The preview of an exemplar from its front matter as the editor holds it. */
export function exemplarPreview(data: Record<string, unknown>): ExemplarPreview {
  const place = record(data['place']);
  const cover = record(data['cover']);
  const tags = Array.isArray(data['tags']) ? data['tags'].map(text).filter((t) => t !== '') : [];
  return {
    kindLabel: labelIn(exemplarKindLabels, data['kind']),
    name: text(data['name']) || '(chưa có tên)',
    placeLabel: placeLabel({
      commune: text(place['commune']),
      province: text(place['province']),
      ...(text(place['hamlet']) === '' ? {} : { hamlet: text(place['hamlet']) }),
    }),
    coverImage: text(cover['image']),
    coverAlt: text(cover['alt']),
    credit: text(cover['credit']),
    licence: text(cover['licence']),
    tags,
  };
}

/** One row of the awardee table: name, position/unit or place, award, achievement. */
export interface AwardeeRow {
  readonly typeLabel: string;
  readonly name: string;
  readonly detail: string;
  readonly award: string;
  readonly achievement: string;
}

/** The header and awardee table of an award decision page. */
export interface DecisionPreview {
  readonly number: string;
  readonly title: string;
  readonly statusLabel: string;
  readonly issued: string;
  readonly rows: readonly AwardeeRow[];
}

/** "2026-01-08" → "08/01/2026"; partial dates and other text are shown as written. */
const shownDate = (value: unknown): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text(value));
  return match === null ? text(value) : `${match[3]}/${match[2]}/${match[1]}`;
};

/**
 * The preview of an award decision. Award forms are shown by id (the names live in other files);
 * withheld awardees (`published: false`) are left out, as on the page.
 */
export function decisionPreview(data: Record<string, unknown>): DecisionPreview {
  const awardees = Array.isArray(data['awardees']) ? data['awardees'].map(record) : [];
  return {
    number: text(data['number']),
    title: text(data['title']),
    statusLabel: labelIn(awardDecisionStatusLabels, data['status']),
    issued: shownDate(data['issued']),
    rows: awardees
      .filter((a) => a['published'] !== false)
      .map((a) => {
        const type = text(a['type']);
        const className = labelIn(awardClassLabels, a['class']);
        return {
          typeLabel: labelIn(awardeeTypeLabels, type),
          name: type === 'household' ? text(a['headName']) : text(a['name']),
          detail:
            type === 'household'
              ? [text(a['hamlet']), text(a['commune'])].filter((p) => p !== '').join(', ')
              : [text(a['position']), text(a['unit'])].filter((p) => p !== '').join(', '),
          award: [text(a['awardForm']), className].filter((p) => p !== '').join(' – '),
          achievement: text(a['achievement']),
        };
      }),
  };
}
