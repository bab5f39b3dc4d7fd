/**
 * Plain text from office files (.docx, .pdf with a text layer), in the shape the plain-text importer
 * reads (`prepareSourceText`): one paragraph per line, a blank line between paragraphs, LF, NFC.
 *
 * Sources: Word files through mammoth (`convertToHtml`, so that tables stay tables; the HTML is read
 * with parse5), PDF files through unpdf (PDF.js text items with their positions).
 */
import mammoth from 'mammoth';
import { parseFragment } from 'parse5';
import { extractTextItems, getDocumentProxy, type StructuredTextItem } from 'unpdf';

/** The kinds of input the importer reads, by file extension. */
export const sourceKinds = ['txt', 'docx', 'pdf'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** The kind of a file from its extension (case-insensitive), or null when it is not supported. */
export function sourceKindOf(path: string): SourceKind | null {
  const extension = /\.([^./\\]+)$/u.exec(path)?.[1]?.toLowerCase();
  return (sourceKinds as readonly string[]).includes(extension ?? '')
    ? (extension as SourceKind)
    : null;
}

/** One table of a Word file: rows of cells, each cell's text (paragraphs joined by a space), NFC. */
export type OfficeTable = string[][];

/** The text of an office file. */
export interface OfficeText {
  /** Paragraphs as lines, a blank line between paragraphs, LF, NFC; tables left out. */
  readonly text: string;
  /** The tables, in document order (Word only; a PDF gives none). */
  readonly tables: OfficeTable[];
}

/** Why an office file could not be read. */
export type OfficeTextErrorKind = 'scanned' | 'unreadable' | 'empty';

/**
 * An office file that gives no usable text: a scanned PDF without a text layer (`scanned`), an
 * encrypted, damaged or wrong-format file (`unreadable`), or a file without any text (`empty`). The
 * message is Vietnamese and English and names the file.
 */
export class OfficeTextError extends Error {
  constructor(
    readonly kind: OfficeTextErrorKind,
    readonly fileName: string,
    message: string,
  ) {
    super(message);
    this.name = 'OfficeTextError';
  }
}

/** The scanned-PDF message, for a file name. */
export const scannedPdfMessage = (fileName: string): string =>
  `${fileName}: tệp PDF là ảnh quét, không có lớp chữ: hãy dùng bản Word, hoặc nhận dạng chữ (OCR) trước rồi nhập tệp .txt / the PDF is a scanned image without a text layer: use the Word file, or run OCR first and import the .txt`;

const nfc = (text: string): string => text.normalize('NFC');

interface HtmlNode {
  readonly nodeName: string;
  readonly tagName?: string;
  readonly value?: string;
  readonly childNodes?: readonly HtmlNode[];
}

const blockTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/** The text of an element: text nodes joined, `<br>` as a line break. */
function inlineText(node: HtmlNode): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.tagName === 'br') return '\n';
  return (node.childNodes ?? []).map(inlineText).join('');
}

/** Tidies a paragraph: NBSP and tabs as spaces, spaces collapsed on each line, lines trimmed. */
const tidy = (text: string): string =>
  nfc(text)
    .split('\n')
    .map((line) => line.replace(/[\s\u00A0]+/gu, ' ').trim())
    .join('\n')
    .trim();

/**
 * Reads mammoth's HTML: paragraphs (and headings, list items) become paragraphs, `<br>` inside one a
 * line break; a table becomes an {@link OfficeTable} (a cell's paragraphs joined by a space) and is
 * left out of the text.
 *
 * @param html the HTML of `mammoth.convertToHtml`
 */
export function readMammothHtml(html: string): OfficeText {
  const paragraphs: string[] = [];
  const tables: OfficeTable[] = [];
  const walk = (node: HtmlNode): void => {
    if (node.tagName === 'table') {
      const rows: OfficeTable = [];
      const collectRows = (n: HtmlNode): void => {
        if (n.tagName === 'tr') {
          rows.push(
            (n.childNodes ?? [])
              .filter((c) => c.tagName === 'td' || c.tagName === 'th')
              .map((c) => tidy(inlineText(c).replace(/\n/gu, ' '))),
          );
          return;
        }
        if (n.tagName === 'table' && n !== node) return;
        for (const child of n.childNodes ?? []) collectRows(child);
      };
      collectRows(node);
      tables.push(rows);
      return;
    }
    if (node.tagName !== undefined && blockTags.has(node.tagName)) {
      const text = tidy(inlineText(node));
      if (text !== '') paragraphs.push(text);
      return;
    }
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parseFragment(html));
  return { text: paragraphs.join('\n\n'), tables };
}

/**
 * The text of a Word file (.docx).
 *
 * @throws {OfficeTextError} `unreadable` when mammoth cannot open it (not a .docx, damaged, encrypted)
 */
export async function readDocxText(bytes: Uint8Array, fileName: string): Promise<OfficeText> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    throw new OfficeTextError(
      'unreadable',
      fileName,
      `${fileName}: không đọc được tệp Word (hỏng, có mật khẩu hoặc không phải .docx) / cannot read the Word file (damaged, password-protected or not a .docx): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return readMammothHtml(html);
}

/** A printed line of a PDF page: its text, baseline (points from the bottom) and horizontal extent. */
interface PdfLine {
  text: string;
  y: number;
  left: number;
  right: number;
  height: number;
}

/** Groups a page's text items into lines: same baseline (within a third of the text height), left to right. */
function pageLines(items: readonly StructuredTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  const sorted = [...items]
    .filter((i) => i.str.trim() !== '')
    .sort((a, b) => b.y - a.y || a.x - b.x);
  for (const item of sorted) {
    const height = item.height || item.fontSize || 10;
    const line = lines.find((l) => Math.abs(l.y - item.y) <= height / 3);
    if (line === undefined) {
      lines.push({
        text: item.str,
        y: item.y,
        left: item.x,
        right: item.x + item.width,
        height,
      });
    } else {
      const gap = item.x - line.right;
      line.text += gap > height * 0.15 && !/\s$/u.test(line.text) ? ` ${item.str}` : item.str;
      line.right = Math.max(line.right, item.x + item.width);
      line.left = Math.min(line.left, item.x);
    }
  }
  return lines.sort((a, b) => b.y - a.y);
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * Rebuilds paragraphs from the printed lines of a PDF, page after page (PDF.js gives positioned text
 * runs, not paragraphs):
 * - a vertical gap larger than 1.35 × the line spacing is a paragraph break (blank line); the line
 *   spacing is the tightest usual spacing of the page (10th percentile), at most 1.5 × the text height
 *   (so that a page of one-line paragraphs, as seed 003, still shows its gaps);
 * - a line that reaches the right margin (within 12% of the text width) was wrapped by the layout and is
 *   joined to the next line by a space, unless a gap follows it; other line breaks are kept as printed;
 * - at a page break the paragraph goes on when the page's last line reaches the right margin, and a new
 *   one starts otherwise.
 *
 * @param pages each page's text items (unpdf `extractTextItems`)
 * @returns the text in the plain-text importer's shape
 */
export function pdfPagesText(pages: readonly (readonly StructuredTextItem[])[]): string {
  const all = pages.map(pageLines);
  const flat = all.flat();
  const leftMargin = Math.min(...flat.map((l) => l.left));
  const rightMargin = median(
    flat
      .map((l) => l.right)
      .sort((a, b) => b - a)
      .slice(0, Math.max(1, Math.ceil(flat.length / 4))),
  );
  const reachesMargin = (line: PdfLine): boolean =>
    line.right >= rightMargin - 0.12 * (rightMargin - leftMargin);
  let text = '';
  all.forEach((lines, pageIndex) => {
    const gaps = lines
      .slice(1)
      .map((l, i) => (lines[i]?.y ?? l.y) - l.y)
      .sort((a, b) => a - b);
    const textHeight = median(lines.map((l) => l.height));
    const spacing = Math.min(gaps[Math.floor(gaps.length / 10)] ?? Infinity, 1.5 * textHeight);
    lines.forEach((line, i) => {
      const previous = i === 0 ? all[pageIndex - 1]?.at(-1) : lines[i - 1];
      if (previous !== undefined) {
        const gap = i === 0 ? 0 : previous.y - line.y;
        if (i > 0 && gap > 1.35 * spacing) text += '\n\n';
        else if (reachesMargin(previous)) text += ' ';
        else text += i === 0 ? '\n\n' : '\n';
      }
      text += line.text.trim();
    });
  });
  return nfc(text)
    .replace(/[ \t\u00A0]+/gu, ' ')
    .trim();
}

/**
 * The text of a PDF with a text layer.
 *
 * @throws {OfficeTextError} `unreadable` when PDF.js cannot open it (damaged, encrypted, not a PDF);
 *   `scanned` when its pages carry (almost) no text: fewer than 20 letters per page on average
 */
export async function readPdfText(bytes: Uint8Array, fileName: string): Promise<OfficeText> {
  let pages: StructuredTextItem[][];
  try {
    const proxy = await getDocumentProxy(new Uint8Array(bytes));
    pages = (await extractTextItems(proxy)).items;
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const encrypted = /password/iu.test(reason);
    throw new OfficeTextError(
      'unreadable',
      fileName,
      encrypted
        ? `${fileName}: tệp PDF có mật khẩu, không đọc được / the PDF is encrypted (password-protected): ${reason}`
        : `${fileName}: tệp PDF bị hỏng hoặc không phải PDF / the PDF is damaged or not a PDF: ${reason}`,
    );
  }
  const letters = pages
    .flat()
    .reduce((sum, item) => sum + (item.str.match(/\p{L}/gu)?.length ?? 0), 0);
  if (pages.length === 0 || letters < 20 * pages.length) {
    throw new OfficeTextError('scanned', fileName, scannedPdfMessage(fileName));
  }
  return { text: pdfPagesText(pages), tables: [] };
}

/**
 * Reads an office file into plain text.
 *
 * @param bytes the file's contents
 * @param kind `docx` or `pdf`
 * @param fileName shown in error messages
 * @throws {OfficeTextError} see {@link readDocxText}, {@link readPdfText}; `empty` when no text remains
 */
export async function readOfficeText(
  bytes: Uint8Array,
  kind: Exclude<SourceKind, 'txt'>,
  fileName: string,
): Promise<OfficeText> {
  const result =
    kind === 'docx' ? await readDocxText(bytes, fileName) : await readPdfText(bytes, fileName);
  if (result.text.trim() === '' && result.tables.length === 0) {
    throw new OfficeTextError(
      'empty',
      fileName,
      `${fileName}: tệp không có chữ / the file contains no text`,
    );
  }
  return result;
}
