import { readSectionMarker } from '../documents/parsePlanBody';
import { endsSentence, isDashItem } from './joinParagraphs';

/**
 * Escapes text so that Markdown shows it literally: `&`, `<`, `>` as entities (no raw HTML can reach a
 * page: `<script>` becomes `&lt;script&gt;`), and the characters that would start emphasis, code,
 * links or strike-through (`\ * _ \` [ ] ~`) with a backslash.
 *
 * @param text plain text
 * @returns text safe inside a Markdown paragraph, list item or heading
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]~]/gu, '\\$&')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;');
}

/** Escapes what would make a line start a heading, list or ordered list ("1. Quán triệt" → "1\. Quán triệt"). */
function escapeLineStart(line: string): string {
  return line
    .replace(/^#/u, '\\#')
    .replace(/^([-+])(?=\s|$)/u, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2');
}

/** A short title after a section marker ("Mục đích", "Thời gian tổ chức Phong trào thi đua"). */
const isHeadingText = (text: string): boolean =>
  text.length <= 100 && !endsSentence(text) && /^\p{Lu}/u.test(text);

/** Where the closing starts: the paragraph "Trên đây là Kế hoạch …", or -1. */
export const closingIndex = (paragraphs: readonly string[]): number =>
  paragraphs.findIndex((p) => /^Trên đây(?![\p{L}])/u.test(p));

/**
 * Writes a plan's paragraphs as the Markdown body `parsePlanBody` reads (see its doc comment):
 * - roman sections as `##` headings ("## I - MỤC ĐÍCH, YÊU CẦU"); numbered sections with a short title
 *   as `###` ("### 1. Mục đích"), dotted ones as `####`;
 * - other numbered paragraphs as paragraphs whose marker is escaped ("1\. Quán triệt …"), lettered
 *   points ("a) …") and plain paragraphs as they are;
 * - dash items ("- ", "+ ", "• ") as list items, consecutive items in one list;
 * - from "Trên đây là …" on, the closing, after a `---` line.
 * All text is escaped ({@link escapeMarkdownText}). Lines end with LF; the body ends with one newline.
 *
 * @param paragraphs the plan's paragraphs after the title, without "Nơi nhận" and signature
 * @returns the Markdown body
 */
export function renderPlanBody(paragraphs: readonly string[]): string {
  const closingAt = closingIndex(paragraphs);
  const sections = closingAt < 0 ? paragraphs : paragraphs.slice(0, closingAt);
  const closing = closingAt < 0 ? [] : paragraphs.slice(closingAt);
  const blocks: string[] = [];
  let inList = false;
  for (const paragraph of sections) {
    if (isDashItem(paragraph)) {
      const item = `- ${escapeLineStart(escapeMarkdownText(paragraph.replace(/^[-–—+•]\s+/u, '')))}`;
      if (inList) blocks[blocks.length - 1] = `${blocks[blocks.length - 1] ?? ''}\n${item}`;
      else blocks.push(item);
      inList = true;
      continue;
    }
    inList = false;
    const marker = readSectionMarker(paragraph);
    const text = escapeMarkdownText(paragraph);
    if (marker?.kind === 'roman') blocks.push(`## ${text}`);
    else if (marker?.kind === 'arabic' && isHeadingText(marker.text)) blocks.push(`### ${text}`);
    else if (marker?.kind === 'dotted' && isHeadingText(marker.text)) blocks.push(`#### ${text}`);
    else blocks.push(escapeLineStart(text));
  }
  if (closing.length > 0) {
    blocks.push('---');
    for (const paragraph of closing) blocks.push(escapeLineStart(escapeMarkdownText(paragraph)));
  }
  return `${blocks.join('\n\n')}\n`;
}
