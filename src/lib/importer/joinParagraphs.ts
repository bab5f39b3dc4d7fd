import { readSectionMarker } from '../documents/parsePlanBody';
import type { SourceLine, TextRepair } from './prepareSourceText';

/** The result of {@link joinParagraphs}. */
export interface JoinedParagraphs {
  /** Paragraphs, each one line of text. */
  readonly paragraphs: string[];
  readonly repairs: TextRepair[];
  /** True when the text was read as hard-wrapped (every line broken, as PDF extraction does). */
  readonly hardWrapped: boolean;
}

/** A horizontal rule in the copy ("-----", seed 003): ends a paragraph and is dropped. */
export const isRule = (text: string): boolean => /^[-_*=–—]{3,}$/u.test(text);

/** A dash item ("- Quán triệt …", "+ …", "• …"). */
export const isDashItem = (text: string): boolean => /^[-–—+•]\s+\S/u.test(text);

/** Whether a paragraph ends a sentence: `.`, `;`, `:`, `!`, `?`, `…` (quotes and brackets after it allowed). */
export const endsSentence = (text: string): boolean => /[.;:!?…][”"’)\]]*$/u.test(text);

const startsLowerCase = (text: string): boolean => /^\p{Ll}/u.test(text);

/** Whether a line starts a new block: a section marker, a dash item, "Nơi nhận", a rule. */
function startsBlock(text: string, strictDash: boolean): boolean {
  if (isRule(text) || /^Nơi nhận(?!\p{L})/iu.test(text) || readSectionMarker(text) !== null)
    return true;
  if (!isDashItem(text)) return false;
  // In hard-wrapped text a line may start with the hyphen of "kinh tế - xã hội"; items start upper case.
  return !strictDash || !/^[-–—+•]\s+\p{Ll}/u.test(text);
}

/** Length in characters; stored text is NFC, where every Vietnamese letter is one code unit. */
const charLength = (text: string): number => text.length;

/**
 * Whether the lines are hard-wrapped: most long lines end in the middle of a sentence and no line is
 * much longer than a printed line (seed 003: about 80 characters, a blank line after each). Lines of
 * 40 characters or more are looked at; at least 40% of them must lack sentence punctuation at the end,
 * and 90% of all lines must be at most 120 characters.
 */
export function looksHardWrapped(lines: readonly SourceLine[]): boolean {
  if (lines.length < 10) return false;
  const lengths = lines.map((l) => charLength(l.text)).sort((a, b) => a - b);
  const p90 = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const long = lines.filter((l) => charLength(l.text) >= 40);
  if (long.length === 0 || p90 > 120) return false;
  const open = long.filter((l) => !endsSentence(l.text)).length;
  return open / long.length >= 0.4;
}

const excerpt = (text: string, from: 'start' | 'end'): string =>
  from === 'end' ? text.slice(-30) : text.slice(0, 30);

/**
 * Joins a paragraph split by a page break to its continuation, repairing two damages seed 001 shows
 * ("… văn hóa doanh”" + "ng nghiệp”; …"): a closing quote before the break that the continuation closes
 * again is dropped, and a fragment of at most three letters that repeats the start of the next word is
 * dropped.
 */
function joinAcrossPageBreak(previous: string, next: string, repairs: TextRepair[]): string {
  let head = previous;
  let tail = next;
  const beforeOpening = tail.split('“')[0] ?? '';
  if (/”$/u.test(head) && beforeOpening.includes('”')) {
    head = head.slice(0, -1);
    repairs.push({
      kind: 'strayQuote',
      before: `${excerpt(previous, 'end')} ¶`,
      after: excerpt(head, 'end'),
    });
  }
  const fragment = /^(\p{Ll}{1,3}) (\p{Ll}+)/u.exec(tail);
  if (fragment?.[1] !== undefined && fragment[2]?.startsWith(fragment[1]) === true) {
    const repaired = tail.slice(fragment[1].length + 1);
    repairs.push({
      kind: 'repeatedFragment',
      before: excerpt(tail, 'start'),
      after: excerpt(repaired, 'start'),
    });
    tail = repaired;
  }
  const joined = `${head} ${tail}`;
  repairs.push({
    kind: 'pageBreak',
    before: `${excerpt(previous, 'end')} ¶ ${excerpt(next, 'start')}`,
    after: `${excerpt(head, 'end')} ${excerpt(tail, 'start')}`,
  });
  return joined;
}

/**
 * Rebuilds the paragraphs of a plan from its lines.
 *
 * Ordinary text (seeds 000, 001, 002, 004): lines of one block (no blank line between) are one
 * paragraph, except that each section marker or dash item starts a new one. A paragraph that ends
 * without sentence punctuation and is followed, after a blank line, by one that starts in lower case
 * was split by a page break and is joined ("… phát triển của" + "dân tộc, …").
 *
 * Hard-wrapped text ({@link looksHardWrapped}, seed 003): every line is joined to the one before unless
 * it starts a block (section marker, dash item, "Nơi nhận", rule) or the line before is short (under 80%
 * of the usual line length) and ends a sentence or is itself a heading ("1. Mục đích").
 *
 * Rules ("-----") end a paragraph and are dropped.
 *
 * @param lines lines from {@link prepareSourceText}; the first starts a paragraph
 * @returns paragraphs and the repairs made
 */
export function joinParagraphs(lines: readonly SourceLine[]): JoinedParagraphs {
  const hardWrapped = looksHardWrapped(lines);
  const repairs: TextRepair[] = [];
  const paragraphs: string[] = [];
  const lengths = lines.map((l) => charLength(l.text)).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const isShort = (text: string): boolean => charLength(text) < 0.8 * width;
  let current: string | null = null;
  let previousLine: string | null = null;
  let wrappedJoins = 0;

  const flush = (): void => {
    if (current !== null) paragraphs.push(current);
    current = null;
  };

  for (const line of lines) {
    const text = line.text;
    if (isRule(text)) {
      flush();
      previousLine = null;
      continue;
    }
    if (current === null || previousLine === null) {
      flush();
      current = text;
      previousLine = text;
      continue;
    }
    let join: boolean;
    if (hardWrapped) {
      const endsHere =
        isShort(previousLine) &&
        (endsSentence(previousLine) ||
          /[”")]$/u.test(previousLine) ||
          readSectionMarker(previousLine) !== null);
      join = !startsBlock(text, true) && !endsHere;
      if (join) wrappedJoins += 1;
      if (join) current = `${current} ${text}`;
    } else if (!line.blankBefore) {
      join = !startsBlock(text, false);
      if (join) current = `${current} ${text}`;
    } else {
      const prev: string = current;
      join =
        !startsBlock(text, false) &&
        startsLowerCase(text) &&
        !endsSentence(prev) &&
        readSectionMarker(prev)?.kind !== 'roman';
      if (join) current = joinAcrossPageBreak(prev, text, repairs);
    }
    if (!join) {
      flush();
      current = text;
    }
    previousLine = text;
  }
  flush();
  if (hardWrapped && wrappedJoins > 0) {
    repairs.push({
      kind: 'wrappedLines',
      before: `${wrappedJoins + paragraphs.length} dòng bị ngắt`,
      after: `${paragraphs.length} đoạn`,
    });
  }
  return { paragraphs, repairs, hardWrapped };
}
