import { describe, expect, test } from 'vitest';
import { joinParagraphs, looksHardWrapped } from '../../../src/lib/importer/joinParagraphs';
import {
  prepareSourceText,
  stripWordProcessorMarkup,
} from '../../../src/lib/importer/prepareSourceText';
import { importSeeds, reportOf, seedFiles } from './seedImport';

const lines = (text: string) => prepareSourceText(text).lines;

describe('word-processor markup is removed, words and quotes kept', () => {
  test.each([
    ['**KẾ HOẠCH**  ', 'KẾ HOẠCH'],
    ['## **II. NỘI DUNG**', 'II. NỘI DUNG'],
    ['### **1. Nhiệm vụ trọng tâm**', '1. Nhiệm vụ trọng tâm'],
    ['**2.** Giao công chức Văn hóa - Xã hội', '2. Giao công chức Văn hóa - Xã hội'],
    ['chủ đề “*Đoàn kết, sáng tạo*”;', 'chủ đề “Đoàn kết, sáng tạo”;'],
    ['***Nơi nhận:***', 'Nơi nhận:'],
    ['*(Có phụ lục chi tiết kèm theo).*', '(Có phụ lục chi tiết kèm theo).'],
    ['*', ''],
    ['   Tỉnh ủy về thực hiện   ', 'Tỉnh ủy về thực hiện'],
  ])('%j → %j', (line, expected) => {
    expect(stripWordProcessorMarkup(line)).toBe(expected);
  });
});

describe('cleaning the text', () => {
  test('CRLF line ends are read as LF', () => {
    expect(lines('KẾ HOẠCH\r\n\r\ncông tác')).toEqual([
      { text: 'KẾ HOẠCH', blankBefore: true },
      { text: 'công tác', blankBefore: true },
    ]);
  });
  test('decomposed (NFD) text is stored composed (NFC)', () => {
    expect(lines('Đảng ủy'.normalize('NFD'))[0]?.text).toBe('Đảng ủy'.normalize('NFC'));
  });
  test('a doubled slash in a date is repaired', () => {
    expect(lines('ngày 26/12//2024 của')[0]?.text).toBe('ngày 26/12/2024 của');
  });
  test('the repair is reported', () => {
    expect(prepareSourceText('ngày 26/12//2024').repairs).toEqual([
      { kind: 'dateSlashes', before: '26/12//2024', after: '26/12/2024' },
    ]);
  });
  // Found by tests/unit/property/importer.property.test.ts: a NUL in the text reached the front
  // matter as U+FFFD (Markdown's replacement), and the validation pass refused the imported plan.
  test('control characters are dropped, and a form feed (page break) ends the line', () => {
    expect(lines('giám sát\u0000 trong\u0007 tổ chức\fKẾ HOẠCH\u0085').map((l) => l.text)).toEqual([
      'giám sát trong tổ chức',
      'KẾ HOẠCH',
    ]);
  });
  // Found by tests/unit/property/importer.property.test.ts: NFC came before the markup was removed,
  // so "\u0301*\u0323" lost its "*" and kept two combining marks out of order (not NFC).
  test('a line is NFC after its markup and control characters are removed', () => {
    const [line] = lines('\u0301*\u0323… thực hiện\u0000\u0301 Kê\u0000\u0301 hoạch');
    expect(line?.text).toBe(line?.text.normalize('NFC'));
    expect(line?.text.endsWith('Kế hoạch')).toBe(true);
  });
  // Found by tests/unit/property/importer.property.test.ts: normalizeText removed only a leading BOM
  // ("\uFEFF\uFEFF…" kept the second, so normalising twice differed); one inside a line stayed.
  test('every byte-order mark is removed, like the other zero-width characters', () => {
    expect(lines('Kế hoạch\uFEFF thi\uFEFF đua').map((l) => l.text)).toEqual(['Kế hoạch thi đua']);
  });
});

describe('rebuilding paragraphs', () => {
  test('a paragraph split by a page break is joined to its lower-case continuation', () => {
    const joined = joinParagraphs(
      lines('1. Xác định … phát triển của\n\ndân tộc, nhiệm vụ chính trị.\n\n2. Phát huy.'),
    );
    expect(joined.paragraphs).toEqual([
      '1. Xác định … phát triển của dân tộc, nhiệm vụ chính trị.',
      '2. Phát huy.',
    ]);
  });
  test('a paragraph that ends a sentence is not joined', () => {
    expect(joinParagraphs(lines('Kết thúc câu.\n\nđoạn mới')).paragraphs).toHaveLength(2);
  });
  test('a heading is not joined to the paragraph under it', () => {
    expect(
      joinParagraphs(lines('2. Thời gian tổ chức\n\nTính từ ngày ban hành.')).paragraphs,
    ).toHaveLength(2);
  });
  test('the stray quote and repeated letters of seed 001 are repaired', () => {
    const joined = joinParagraphs(lines('(3) “văn hóa doanh”\n\nng nghiệp”; (4) “Doanh nghiệp”.'));
    expect(joined.paragraphs).toEqual(['(3) “văn hóa doanh nghiệp”; (4) “Doanh nghiệp”.']);
  });
  test('lines of one block are one paragraph, dash items apart', () => {
    expect(
      joinParagraphs(lines('thực hiện Chỉ thị\ncủa Bộ Chính trị\n- Một,\n- Hai.')).paragraphs,
    ).toEqual(['thực hiện Chỉ thị của Bộ Chính trị', '- Một,', '- Hai.']);
  });
});

describe('hard-wrapped text (seed 003)', () => {
  const wrapped = Array.from({ length: 12 }, (_, i) =>
    i % 4 === 3
      ? `${i}. Mục số ${i} kết thúc ở đây.`
      : `dòng số ${i} của một đoạn văn dài bị ngắt giữa chừng bởi công cụ`,
  ).join('\n\n');
  test('is recognised', () => {
    expect(looksHardWrapped(lines(wrapped))).toBe(true);
  });
  test('ordinary text is not', () => {
    expect(looksHardWrapped(lines('Đoạn một kết thúc.\n\nĐoạn hai kết thúc.'))).toBe(false);
  });
  test('seed 003 is read as 25 paragraphs after its title', () => {
    expect(reportOf(importSeeds(), '003_aae8b3caacfcac39.txt').draft.repairs).toContainEqual({
      kind: 'wrappedLines',
      before: '142 dòng bị ngắt',
      after: '25 đoạn',
    });
  });
});

describe.each(seedFiles)('%s', (fileName) => {
  const plain = importSeeds(undefined, [fileName]);
  test('a CRLF copy gives the same files', () => {
    expect(importSeeds((t) => t.replace(/\n/gu, '\r\n'), [fileName]).files).toEqual(plain.files);
  });
  test('an NFD copy gives the same files', () => {
    expect(importSeeds((t) => t.normalize('NFD'), [fileName]).files).toEqual(plain.files);
  });
  test('every file is stored NFC with LF line ends', () => {
    expect(
      plain.files.every((f) => f.text === f.text.normalize('NFC') && !f.text.includes('\r')),
    ).toBe(true);
  });
});

describe('text that looks like HTML', () => {
  const injected = importSeeds(
    (text) =>
      text.replace(
        '2. Hội đồng Nhân dân phường',
        '2. <script>alert("x")</script> & <b>Hội đồng</b> Nhân dân phường',
      ),
    ['000_1630f053c66d56e5.txt'],
  );
  const text = injected.files.find((f) => f.role === 'plan')?.text ?? '';
  // The body is what Markdown renders; front-matter values are plain strings the pages escape.
  const body = text.slice(text.indexOf('\n---\n', 4) + 5);
  test('<script> in the input is escaped in the body', () => {
    expect(body).toContain(
      '&lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;b&gt;Hội đồng&lt;/b&gt;',
    );
  });
  test('no raw tag reaches the body', () => {
    expect(body).not.toMatch(/<\/?(?:script|b)\b/u);
  });
  test('the parsed section shows the characters literally', () => {
    const report = reportOf(injected, '000_1630f053c66d56e5.txt');
    const section = report.draft.parsedBody.sections[3]?.children[1];
    expect(section?.text).toBe(
      '<script>alert("x")</script> & <b>Hội đồng</b> Nhân dân phường tăng cường giám sát việc thực hiện pháp luật về thi đua, khen thưởng.',
    );
  });
});
