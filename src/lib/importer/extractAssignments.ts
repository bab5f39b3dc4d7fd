import type { PlanBody, PlanSection } from '../documents/parsePlanBody';
import { searchKey } from '../text/foldVietnamese';

/** One "who does what" of a plan's "Tổ chức thực hiện" section, as the importer writes it. */
export interface AssignmentDraft {
  /** The organization as the plan names it ("Hội đồng Nhân dân phường"). */
  readonly organization: string;
  /** The task: the rest of the item, from its verb on, with the item's other paragraphs. */
  readonly task: string;
  /** Anchor of the item (see `parsePlanBody`), e.g. "muc-iv-2". */
  readonly section: string;
}

/**
 * Verbs that start the task in the seeds' "Tổ chức thực hiện" items ("Đảng ủy phường tổ chức quán
 * triệt …", "Giao công chức Văn hóa - Xã hội tăng cường …", "Văn phòng Đảng ủy Khối là Cơ quan thường
 * trực …"), and the usual verbs of such items. Written in lower case: capitalised words belong to
 * names ("Ban Tổ chức", "Ban Xây dựng Đảng").
 */
const taskVerbs = [
  'tổ chức',
  'tăng cường',
  'lãnh đạo',
  'triển khai',
  'căn cứ',
  'là',
  'phối hợp',
  'tham mưu',
  'theo dõi',
  'xây dựng',
  'chủ động',
  'chỉ đạo',
  'hướng dẫn',
  'thực hiện',
  'giúp',
  'đôn đốc',
  'kiểm tra',
  'có trách nhiệm',
  'chịu trách nhiệm',
  'phổ biến',
  'tuyên truyền',
  'bố trí',
  'rà soát',
  'quán triệt',
  'nghiên cứu',
  'đề xuất',
  'giám sát',
  'cụ thể hóa',
  'ban hành',
  'tiếp tục',
  'định kỳ',
  'thường xuyên',
];

const verbPattern = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${taskVerbs.join('|')})(?![\\p{L}\\p{M}])`,
  'gu',
);

/** Words that make the following verb a noun: "các tổ chức", "những tổ chức". */
const nounMarkers = /(?:^|\s)(?:các|Các|những|Những)\s*$/u;

/**
 * Splits a "Tổ chức thực hiện" item into the organization and its task: an opening "Giao" or "Đề
 * nghị" is dropped, as is an opening time ("Hằng năm,") or "Căn cứ …," clause; the organization is
 * what comes before the first task verb that is not inside brackets and not a noun ("các tổ chức
 * chính trị - xã hội"). Items that start with a task verb ("Tổ chức sơ kết …": no organization
 * named) or whose organization would be longer than 25 words are not assignments.
 *
 * @returns the organization (as printed, end commas removed) and the task, or null
 */
export function splitAssignment(text: string): { organization: string; task: string } | null {
  let rest = text
    .trim()
    .replace(/^(?:Hằng năm|Hàng năm|Định kỳ|Đồng thời),\s*/u, '')
    .replace(/^(?:Giao|Đề nghị)\s+/u, '');
  if (/^Căn cứ\s/u.test(rest)) {
    const comma = rest.indexOf(', ');
    if (comma < 0) return null;
    rest = rest.slice(comma + 2);
  }
  const lower = rest.toLocaleLowerCase('vi');
  if (taskVerbs.some((verb) => lower.startsWith(`${verb} `))) return null;
  let depth = 0;
  let lastIndex = 0;
  for (const match of rest.matchAll(verbPattern)) {
    for (const ch of rest.slice(lastIndex, match.index)) {
      if (ch === '(') depth += 1;
      if (ch === ')') depth = Math.max(0, depth - 1);
    }
    lastIndex = match.index;
    if (depth > 0) continue;
    const before = rest.slice(0, match.index);
    if (nounMarkers.test(before)) continue;
    const organization = before.replace(/[\s,]+$/u, '').trim();
    const words = organization.split(/\s+/u).length;
    if (organization.length < 2 || words > 25) return null;
    return { organization, task: rest.slice(match.index).trim() };
  }
  return null;
}

/** Whether a section is "Tổ chức thực hiện" (any case, with or without diacritics). */
const isImplementationSection = (section: PlanSection): boolean =>
  section.markerKind === 'roman' && searchKey(section.text).includes('to chuc thuc hien');

/**
 * The assignments of a plan: each numbered or dash item directly under its "Tổ chức thực hiện"
 * section (seed 000 IV has five; seed 002 III four), split by {@link splitAssignment}; the item's
 * continuation paragraphs belong to its task. An item that names no organization is skipped.
 *
 * @param body the parsed body (`parsePlanBody`) of the Markdown the importer wrote
 * @returns the assignments in order
 */
export function extractAssignments(body: PlanBody): AssignmentDraft[] {
  const assignments: AssignmentDraft[] = [];
  for (const section of body.sections.filter(isImplementationSection)) {
    for (const item of section.children) {
      const split = splitAssignment(item.text);
      if (split === null) continue;
      const task = [split.task, ...item.paragraphs].join(' ');
      assignments.push({ organization: split.organization, task, section: item.anchor });
    }
  }
  return assignments;
}
