/**
 * Office files made in the tests from known text (docx, pdf-lib + fontkit + Be Vietnam Pro), so that no
 * binary of unknown origin is committed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { PDFDocument, rgb } from 'pdf-lib';

const fontPath = join(import.meta.dirname, '../../../src/assets/fonts/BeVietnamPro-Regular.ttf');

/** Blocks of a text: runs of non-blank lines, each a list of lines. */
const blocks = (text: string): string[][] =>
  text
    .replace(/\r\n?/gu, '\n')
    .split(/\n[ \t]*\n/u)
    .map((block) => block.split('\n').filter((line) => line.trim() !== ''))
    .filter((lines) => lines.length > 0);

/** A Word paragraph of lines joined by line breaks (Shift+Enter). */
const paragraph = (lines: readonly string[]): Paragraph =>
  new Paragraph({
    children: lines.map((line, i) => new TextRun({ text: line, break: i === 0 ? 0 : 1 })),
  });

/**
 * A .docx of a text: one Word paragraph per block of the text (blank-line separated), its lines
 * joined by line breaks; optionally a table after the paragraph at `tableAfter`.
 */
export async function docxOf(
  text: string,
  table?: { readonly rows: readonly (readonly string[])[]; readonly after: number },
): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = blocks(text).map(paragraph);
  if (table !== undefined) {
    children.splice(
      table.after,
      0,
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: table.rows.map(
          (cells) =>
            new TableRow({
              children: cells.map(
                (cell) =>
                  new TableCell({
                    children: [
                      new Paragraph({
                        alignment: AlignmentType.LEFT,
                        children: [new TextRun(cell)],
                      }),
                    ],
                  }),
              ),
            }),
        ),
      }),
    );
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] })).then((b) => new Uint8Array(b));
}

/**
 * A PDF with a text layer: the text set in Be Vietnam Pro 11 pt on A4, lines wrapped at the text
 * width, a blank line of space between blocks, new pages as needed.
 */
export async function pdfOf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(fontPath), { subset: true });
  const size = 11;
  const leading = 15;
  const [width, height] = [595, 842];
  const margin = 60;
  const textWidth = width - 2 * margin;
  let page = pdf.addPage([width, height]);
  let y = height - margin;
  const newLine = (): void => {
    y -= leading;
    if (y < margin) {
      page = pdf.addPage([width, height]);
      y = height - margin - leading;
    }
  };
  const wrap = (line: string): string[] => {
    const out: string[] = [];
    let current = '';
    for (const word of line.trim().split(/\s+/u)) {
      const candidate = current === '' ? word : `${current} ${word}`;
      if (current !== '' && font.widthOfTextAtSize(candidate, size) > textWidth) {
        out.push(current);
        current = word;
      } else current = candidate;
    }
    if (current !== '') out.push(current);
    return out;
  };
  blocks(text.normalize('NFC')).forEach((lines, b) => {
    if (b > 0) newLine();
    for (const line of lines) {
      for (const printed of wrap(line)) {
        newLine();
        page.drawText(printed, { x: margin, y, size, font });
      }
    }
  });
  return pdf.save();
}

/** A "scanned" PDF: two pages with only a drawn rectangle, no text. */
export async function scannedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < 2; i += 1) {
    pdf
      .addPage([595, 842])
      .drawRectangle({ x: 50, y: 50, width: 495, height: 742, color: rgb(0.9, 0.9, 0.85) });
  }
  return pdf.save();
}
