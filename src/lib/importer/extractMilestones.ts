import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { partialDateProblem } from '../dates/partialDate';
import { flattenSections, type PlanBody } from '../documents/parsePlanBody';
import type { milestoneKinds } from '../../schemas/documents';
import type { AssignmentDraft } from './extractAssignments';
import { findCitations } from './findCitations';

/** A dated milestone of a plan, as the importer writes it (see the `milestones` field). */
export interface MilestoneDraft {
  readonly kind: (typeof milestoneKinds)[number];
  /** ISO date, or the last day of the period named ("quý I năm 2025" → 2025-03-31). */
  readonly date: string;
  /** The period as written, when there is one ("quý I năm 2025", "báo cáo 6 tháng"). */
  readonly period?: string;
  /** The organization responsible, when the sentence is in an assignment. */
  readonly organization?: string;
  readonly text: string;
  readonly section: string;
}

interface DateToken {
  readonly start: number;
  readonly end: number;
  readonly date: string;
  /** The token itself when it names a period (quarter, month). */
  readonly period?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const quarterNumbers: Readonly<Record<string, number>> = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};

/** Dates in a sentence: "15/5/2024", "ngày 25 tháng 12 năm 2024", "quý I năm 2025", "tháng 6 năm 2025". */
function findDateTokens(text: string): DateToken[] {
  const tokens: DateToken[] = [];
  const taken = (start: number, end: number): boolean =>
    tokens.some((t) => start < t.end && end > t.start);
  const add = (start: number, end: number, date: string, period?: string): void => {
    if (partialDateProblem(date) !== null || taken(start, end)) return;
    tokens.push({ start, end, date, ...(period === undefined ? {} : { period }) });
  };
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})(?!\d)/gu)) {
    add(m.index, m.index + m[0].length, `${m[3] ?? ''}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`);
  }
  for (const m of text.matchAll(/ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu)) {
    add(m.index, m.index + m[0].length, `${m[3] ?? ''}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`);
  }
  for (const m of text.matchAll(/quý\s+(IV|I{1,3}|[1-4])\s+năm\s+(\d{4})/giu)) {
    const quarter = quarterNumbers[(m[1] ?? '').toUpperCase()] ?? 0;
    const last = lastDayOfMonth(new Date(Number(m[2]), quarter * 3 - 1, 1));
    add(
      m.index,
      m.index + m[0].length,
      `${m[2] ?? ''}-${pad(quarter * 3)}-${pad(last.getDate())}`,
      m[0],
    );
  }
  for (const m of text.matchAll(/(?<!ngày\s+\d{1,2}\s+)tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu)) {
    add(m.index, m.index + m[0].length, `${m[2] ?? ''}-${pad(Number(m[1]))}`, m[0]);
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/**
 * Words that say what a date is for, nearest before the date wins (GLOSSARY: sơ kết, tổng kết, hạn
 * báo cáo): "sơ kết vào ngày 30/6/2025" (seed 004), "báo cáo … trước ngày 15/5/2024" (seed 002),
 * "hoàn thành trong quý I năm 2025" (seed 003).
 */
const kindWords: readonly { pattern: RegExp; kind: MilestoneDraft['kind'] }[] = [
  { pattern: /sơ kết/giu, kind: 'interimReview' },
  { pattern: /tổng kết/giu, kind: 'finalReview' },
  { pattern: /báo cáo/giu, kind: 'reportDue' },
  { pattern: /hoàn thành|thời hạn|hạn chót/giu, kind: 'deadline' },
];

function kindBefore(window: string): MilestoneDraft['kind'] | undefined {
  let best: { at: number; kind: MilestoneDraft['kind'] } | undefined;
  for (const { pattern, kind } of kindWords) {
    for (const m of window.matchAll(pattern)) {
      if (best === undefined || m.index > best.at) best = { at: m.index, kind };
    }
  }
  return best?.kind;
}

/** Sentences of a paragraph with their start index. */
function sentences(text: string): { start: number; text: string }[] {
  const result: { start: number; text: string }[] = [];
  let start = 0;
  for (const m of text.matchAll(/(?<=[.!?])\s+(?=\p{Lu})/gu)) {
    result.push({ start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  result.push({ start, text: text.slice(start) });
  return result;
}

/**
 * The dated milestones of a plan. Every date in the sections (a day, "ngày … tháng … năm …", a quarter,
 * a month) is looked at with the words before it in its clause (since the previous date, the last ";"
 * or the start of the sentence): "sơ kết" → interimReview, "tổng kết" → finalReview, "báo cáo" →
 * reportDue, "hoàn thành"/"thời hạn" → deadline; the nearest wins, and a date with none of them is no
 * milestone ("Tính từ ngày … đến ngày 31/12/2025" is the campaign's span). Dates inside a citation
 * ("Chỉ thị số 34-CT/TW ngày 07/4/2014") are not milestones. A quarter is due on its last day ("quý I
 * năm 2025" → 2025-03-31). A note in brackets right after the date gives the period ("(đối với báo
 * cáo 6 tháng)" → "báo cáo 6 tháng"). Inside an assignment the milestone gets its organization.
 *
 * @param body the parsed body
 * @param assignments the plan's assignments, to name who is responsible
 * @returns the milestones in the order of the text
 */
export function extractMilestones(
  body: PlanBody,
  assignments: readonly AssignmentDraft[],
): MilestoneDraft[] {
  const milestones: MilestoneDraft[] = [];
  for (const { section } of flattenSections(body.sections)) {
    const owner = assignments.find(
      (a) => section.anchor === a.section || section.anchor.startsWith(`${a.section}-`),
    );
    for (const paragraph of [section.text, ...section.paragraphs]) {
      const cited = findCitations(paragraph).map((c) => [c.start, c.end] as const);
      for (const sentence of sentences(paragraph)) {
        let clauseFrom = 0;
        for (const token of findDateTokens(sentence.text)) {
          const absolute = sentence.start + token.start;
          const inCitation = cited.some(([from, to]) => absolute >= from && absolute < to);
          const before = sentence.text.slice(clauseFrom, token.start);
          const window = before.slice(before.lastIndexOf(';') + 1);
          clauseFrom = token.end;
          if (inCitation) continue;
          const kind = kindBefore(window);
          if (kind === undefined) continue;
          const note = /^\s*\((?:đối với\s+)?([^()]+)\)/u
            .exec(sentence.text.slice(token.end))?.[1]
            ?.trim();
          const period = token.period ?? note;
          milestones.push({
            kind,
            date: token.date,
            ...(period === undefined ? {} : { period }),
            ...(owner === undefined ? {} : { organization: owner.organization }),
            text: sentence.text.trim(),
            section: section.anchor,
          });
        }
      }
    }
  }
  return milestones;
}
