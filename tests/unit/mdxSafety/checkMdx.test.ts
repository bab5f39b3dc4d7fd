import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkMdx } from '../../../src/lib/mdxSafety/checkMdx';
import type { MdxRule } from '../../../src/lib/mdxSafety/mdxProblem';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/mdx/${name}`, import.meta.url), 'utf8');

const allowed = 'Figure, Gallery, Quote, AwardList';
const photo = '  ![Chị Mai quét đường bản buổi sáng](./images/a.jpg)';

describe('a story that uses only what editors may use', () => {
  test('gives no problem, and lists its photos and award lists', () => {
    const result = checkMdx(fixture('safe-story.mdx'));
    expect(result.problems).toEqual([]);
    expect(result.photos.map((p) => p.path)).toEqual([
      './images/quet-don.jpg',
      './images/truoc.jpg',
      './images/sau.jpg',
    ]);
    expect(result.awardLists).toEqual([{ id: 'quyet-dinh-mau', line: 27 }]);
  });
});

describe('a story with one forbidden construct per block', () => {
  const expected = JSON.parse(fixture('unsafe-story.expected.json')) as {
    line: number;
    rule: MdxRule;
    message: string;
  }[];
  const problems = checkMdx(fixture('unsafe-story.mdx')).problems;

  test('reports exactly the expected problems, in line order', () => {
    expect(problems.map((p) => [p.line, p.rule])).toEqual(expected.map((e) => [e.line, e.rule]));
  });

  test.each(expected)('line $line ($rule): "$message"', ({ line, rule, message }) => {
    const found = problems.find((p) => p.line === line && p.rule === rule);
    expect(found?.message).toContain(message);
    expect(found?.vi).toMatch(/^Lỗi: /);
  });
});

/** Each forbidden construct on its own, with the message an editor sees. */
const forbidden: readonly { name: string; source: string; rule: MdxRule; message: string }[] = [
  {
    name: 'import',
    source: "import Anh from './anh.astro'\n\nChữ.",
    rule: 'import',
    message: `"import" is not allowed in a story (line 1): stories may not import components or files, because that runs code when the site is built. Allowed components need no import: ${allowed}.`,
  },
  {
    name: 'export',
    source: 'export const x = 1\n\nChữ.',
    rule: 'export',
    message: `"export" is not allowed in a story (line 1): stories may not export values, because that runs code when the site is built. Allowed components need no import: ${allowed}.`,
  },
  {
    name: 'an expression {…}',
    source: 'Tổng {1 + 1} người.',
    rule: 'expression',
    message:
      'curly braces {…} on line 1 would run code: a story may not contain expressions (found "{1 + 1}").',
  },
  {
    name: 'an expression hidden after a comment',
    source: 'A {/* ghi chú */ alert(1)} B',
    rule: 'expression',
    message: 'curly braces {…} on line 1 would run code',
  },
  {
    name: 'an unknown component',
    source: '<Video src="clip.mp4" />',
    rule: 'unknownComponent',
    message: `unknown component <Video> on line 1: stories may use only ${allowed}.`,
  },
  {
    name: 'a misspelt component',
    source: `<Figur caption="a" credit="b">\n${photo}\n</Figur>`,
    rule: 'unknownComponent',
    message: `unknown component <Figur> on line 1: stories may use only ${allowed}. Did you mean <Figure>?`,
  },
  {
    name: 'a lower-case HTML element <script>',
    source: '<script>alert(1)</script>',
    rule: 'htmlElement',
    message: `the HTML element <script> on line 1 is not allowed: stories may use only the components ${allowed}.`,
  },
  {
    name: 'an <iframe>',
    source: '<iframe src="https://example.vn"></iframe>',
    rule: 'htmlElement',
    message: 'the HTML element <iframe> on line 1 is not allowed',
  },
  {
    name: 'an <img onerror>',
    source: '<img src="a.jpg" onerror="alert(1)" />',
    rule: 'htmlElement',
    message: 'the HTML element <img> on line 1 is not allowed',
  },
  {
    name: 'an attribute expression <Figure src={x}>',
    source: `<Figure src={x} caption="a" credit="b">\n${photo}\n</Figure>`,
    rule: 'attributeExpression',
    message:
      'the prop src={…} of <Figure> on line 1 is code: props must be plain text in double quotes.',
  },
  {
    name: 'an expression in an allowed prop',
    source: `<Figure caption={tieuDe} credit="b">\n${photo}\n</Figure>`,
    rule: 'attributeExpression',
    message: 'the prop caption={…} of <Figure> on line 1 is code',
  },
  {
    name: 'spread props',
    source: '<Quote {...props}>Lời.</Quote>',
    rule: 'attributeExpression',
    message: '<Quote> on line 1 has {…} among its props',
  },
  {
    name: 'an unknown prop',
    source: `<Figure caption="a" credit="b" onClick="x">\n${photo}\n</Figure>`,
    rule: 'unknownProp',
    message: '<Figure> on line 1 has no prop "onClick"; its props are caption, credit.',
  },
  {
    name: 'a missing required prop',
    source: '<AwardList />',
    rule: 'missingProp',
    message: '<AwardList> on line 1 needs decision="…"',
  },
  {
    name: 'components inside each other',
    source: '<Quote by="A">\n\n<AwardList decision="quyet-dinh-mau" />\n\n</Quote>',
    rule: 'nestedComponent',
    message:
      '<AwardList> on line 3 is inside <Quote>: components cannot be placed inside each other.',
  },
  {
    name: 'a fragment <>…</>',
    source: '<>chữ</>',
    rule: 'fragment',
    message: 'an empty tag <>…</> on line 1 is not allowed.',
  },
  {
    name: 'a photo outside Figure and Gallery',
    source: '![Chị Mai quét đường bản buổi sáng](./images/a.jpg)',
    rule: 'photoOutsideFigure',
    message:
      'the photo on line 1 is not inside <Figure> or <Gallery>: every photo needs a caption and a credit.',
  },
  {
    name: 'a photo without a description',
    source: `<Figure caption="a" credit="b">\n  ![](./images/a.jpg)\n</Figure>`,
    rule: 'altText',
    message: 'photo on line 2: the alt text is empty',
  },
  {
    name: 'a photo from another website',
    source: `<Figure caption="a" credit="b">\n  ![Chị Mai quét đường bản](https://example.vn/a.jpg)\n</Figure>`,
    rule: 'photoPath',
    message: 'web addresses are not allowed',
  },
  {
    name: 'a javascript: link',
    source: '[Bấm](javascript:alert(1))',
    rule: 'unsafeLink',
    message: 'the link "javascript:alert(1)" on line 1 is not a web page, e-mail or phone link.',
  },
  {
    name: 'a top-level heading',
    source: '# Tiêu đề',
    rule: 'heading',
    message: 'a top-level heading "# …" on line 1',
  },
  {
    name: 'a tag left open',
    source: '<Quote by="A">\n\nLời.',
    rule: 'syntax',
    message: 'the story cannot be read as MDX at line 1: Expected a closing tag for `<Quote>`',
  },
  {
    name: 'an HTML comment',
    source: 'Chữ.\n\n<!-- ghi chú -->',
    rule: 'syntax',
    message: 'the story cannot be read as MDX at line 3',
  },
];

describe.each(forbidden)('$name', ({ source, rule, message }) => {
  const problems = checkMdx(source).problems;
  test(`is reported as ${rule}`, () => {
    expect(problems.map((p) => p.rule)).toContain(rule);
  });
  test('with a message that says what and where', () => {
    expect(problems.find((p) => p.rule === rule)?.message).toContain(message);
  });
});

describe('notes for editors', () => {
  test('a comment {/* … */} is allowed: it is not shown and runs nothing', () => {
    expect(checkMdx('Chữ {/* ghi chú\n nhiều dòng */} tiếp.').problems).toEqual([]);
  });
  test('escaped braces \\{ \\} are text', () => {
    expect(checkMdx('Giá trị \\{a\\}.').problems).toEqual([]);
  });
});

describe('line numbers', () => {
  test('count from the first line of the body in the file', () => {
    const [problem] = checkMdx('Chữ.\n\n<Video />', { firstLine: 20 }).problems;
    expect(problem?.line).toBe(22);
    expect(problem?.message).toContain('on line 22');
  });
  test('a whole file with front matter keeps its own line numbers', () => {
    const [problem] = checkMdx('---\nname: A\n---\n\n<Video />', { frontmatter: true }).problems;
    expect(problem?.line).toBe(5);
  });
});
