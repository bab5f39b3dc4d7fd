import type { AwardDecision, Awardee } from '../../schemas/awardDecisions';
import {
  awardClassLabels,
  awardClasses,
  awardeeTypeLabels,
  awardeeTypes,
  type AwardeeType,
} from '../awards/awardTerms';
import { awardeeName, publishedAwardees } from '../awards/publishedAwardees';
import type { AwardFormSummary } from './awardsModel';

/** The columns of an awardee table. */
export type AwardeeColumnKey =
  'index' | 'name' | 'position' | 'unit' | 'form' | 'class' | 'achievement';

/** A column: its key, its header as shown. */
export interface AwardeeColumn {
  readonly key: AwardeeColumnKey;
  readonly label: string;
}

/** One published awardee as a table row; every text already formatted. */
export interface AwardeeRow {
  /** STT: 1, 2, 3 … over the published awardees, so that a withheld one leaves no gap. */
  readonly index: number;
  readonly type: AwardeeType;
  /** "Cá nhân", "Tập thể", "Hộ gia đình". */
  readonly typeLabel: string;
  /** The person, the collective, or the head of household. */
  readonly name: string;
  readonly position?: string | undefined;
  /** The unit of a person; "thôn, xã" of a household; nothing for a collective. */
  readonly unit?: string | undefined;
  readonly formId: string;
  readonly formName: string;
  readonly formHref?: string | undefined;
  /** "Hạng Ba", when the form has classes. */
  readonly classLabel?: string | undefined;
  readonly achievement: string;
  /** What each column sorts by (see `compareSortValues`). */
  readonly sortValues: Readonly<Record<AwardeeColumnKey, string>>;
}

/** One cell of the table, in column order: its text, a link, a note, and what it sorts by. */
export interface AwardeeCell {
  readonly key: AwardeeColumnKey;
  /** The column header, repeated as the cell's label when rows are stacked on phones. */
  readonly label: string;
  readonly text: string;
  readonly href?: string | undefined;
  /** "Tập thể", "Hộ gia đình" under a name when the table mixes types of awardee. */
  readonly note?: string | undefined;
  readonly sortValue: string;
}

/** An accessible table of awardees: caption, the columns that have values, rows and their cells. */
export interface AwardeeTableView {
  readonly caption: string;
  readonly columns: readonly AwardeeColumn[];
  readonly rows: readonly AwardeeRow[];
  /** The cells of each row, aligned with `columns`. */
  readonly cells: readonly (readonly AwardeeCell[])[];
}

const nameHeaders: Readonly<Record<AwardeeType, string>> = {
  individual: 'Họ và tên',
  collective: 'Tập thể',
  household: 'Chủ hộ',
};

/**
 * How a name sorts: Vietnamese lists sort people by their given name (the last word), then by the full
 * name; collectives sort by their whole name.
 */
export function nameSortValue(awardee: Awardee): string {
  const name = awardeeName(awardee);
  if (awardee.type === 'collective') return name;
  const given = name.trim().split(/\s+/).at(-1) ?? name;
  return `${given} ${name}`;
}

/** The unit shown for an awardee: a person's unit, a household's "thôn, xã", nothing for a collective. */
export function awardeeUnit(awardee: Awardee): string | undefined {
  if (awardee.type === 'individual') return awardee.unit;
  if (awardee.type === 'household') return `${awardee.hamlet}, ${awardee.commune}`;
  return undefined;
}

/**
 * The rows of a decision's awardee table, published awardees only (`publishedAwardees()`), in the
 * decision's order.
 *
 * @param forms award forms by id, for names and links; an unknown id shows as written
 */
export function awardeeRows(
  decision: Pick<AwardDecision, 'awardees'>,
  forms: ReadonlyMap<string, AwardFormSummary>,
): AwardeeRow[] {
  return publishedAwardees(decision).map((a, i) => {
    const form = forms.get(a.awardForm.id);
    const name = awardeeName(a);
    const position = a.type === 'individual' ? a.position : undefined;
    const unit = awardeeUnit(a);
    const classLabel = a.class === undefined ? undefined : awardClassLabels[a.class];
    const formName = form?.name ?? a.awardForm.id;
    return {
      index: i + 1,
      type: a.type,
      typeLabel: awardeeTypeLabels[a.type],
      name,
      position,
      unit,
      formId: a.awardForm.id,
      formName,
      formHref: form?.href,
      classLabel,
      achievement: a.achievement,
      sortValues: {
        index: String(i + 1),
        name: nameSortValue(a),
        position: position ?? '',
        unit: unit ?? '',
        form: formName,
        class: a.class === undefined ? '' : String(awardClasses.indexOf(a.class) + 1),
        achievement: a.achievement,
      },
    };
  });
}

/**
 * The columns worth showing for these rows: STT, name, position (when someone has one), unit (when
 * some row has one), award form, class (when some award has one), achievement. The name and unit
 * headers say what they hold: "Họ và tên", "Tập thể", "Chủ hộ"; "Đơn vị", "Thôn, xã".
 */
export function awardeeColumns(rows: readonly AwardeeRow[]): AwardeeColumn[] {
  const types = awardeeTypes.filter((t) => rows.some((r) => r.type === t));
  const nameLabel =
    types.length === 0 ? nameHeaders.individual : types.map((t) => nameHeaders[t]).join(' / ');
  const unitLabel = [
    ...(rows.some((r) => r.type === 'individual' && r.unit !== undefined) ? ['Đơn vị'] : []),
    ...(rows.some((r) => r.type === 'household') ? ['Thôn, xã'] : []),
  ].join(' / ');
  const columns: (AwardeeColumn | undefined)[] = [
    { key: 'index', label: 'STT' },
    { key: 'name', label: nameLabel },
    rows.some((r) => r.position !== undefined) ? { key: 'position', label: 'Chức vụ' } : undefined,
    unitLabel === '' ? undefined : { key: 'unit', label: unitLabel },
    { key: 'form', label: 'Hình thức khen thưởng' },
    rows.some((r) => r.classLabel !== undefined) ? { key: 'class', label: 'Hạng' } : undefined,
    { key: 'achievement', label: 'Thành tích' },
  ];
  return columns.filter((c): c is AwardeeColumn => c !== undefined);
}

/**
 * The cells of a row for the given columns. When the table mixes individuals, collectives and
 * households, the name cell of a collective or household carries its type as a note.
 */
export function awardeeCells(
  row: AwardeeRow,
  columns: readonly AwardeeColumn[],
  mixedTypes: boolean,
): AwardeeCell[] {
  const texts: Readonly<Record<AwardeeColumnKey, string>> = {
    index: String(row.index),
    name: row.name,
    position: row.position ?? '',
    unit: row.unit ?? '',
    form: row.formName,
    class: row.classLabel ?? '',
    achievement: row.achievement,
  };
  return columns.map((c) => ({
    key: c.key,
    label: c.label,
    text: texts[c.key],
    href: c.key === 'form' ? row.formHref : undefined,
    note: c.key === 'name' && mixedTypes && row.type !== 'individual' ? row.typeLabel : undefined,
    sortValue: row.sortValues[c.key],
  }));
}

/** The whole table of a decision: caption, columns, rows and cells. */
export function awardeeTable(
  decision: Pick<AwardDecision, 'awardees'>,
  forms: ReadonlyMap<string, AwardFormSummary>,
  caption: string,
): AwardeeTableView {
  const rows = awardeeRows(decision, forms);
  const columns = awardeeColumns(rows);
  const mixedTypes = new Set(rows.map((r) => r.type)).size > 1;
  return { caption, columns, rows, cells: rows.map((r) => awardeeCells(r, columns, mixedTypes)) };
}
