import { describe, expect, test } from 'vitest';
import { parsePlanBody } from '../../../src/lib/documents/parsePlanBody';
import { groupRuns, markerLabel, planBodyView } from '../../../src/lib/site/planBodyView';
import { sectionLabels, tableOfContents } from '../../../src/lib/site/sectionLabels';

const body = parsePlanBody(
  [
    'Thực hiện Kế hoạch số 25-KH/TU …',
    '',
    '## I. MỤC ĐÍCH, YÊU CẦU',
    '',
    '### 1. Mục đích',
    '',
    '- Quán triệt …',
    '- Tăng cường …',
    '',
    '## II. NỘI DUNG',
    '',
    '### 1. Nhiệm vụ trọng tâm',
    '',
    '1.1. Tiếp tục tuyên truyền …',
    '',
    '1.2. Tiếp tục triển khai …',
    '',
    '2\\. Nhiệm vụ cụ thể dài dòng, không phải tiêu đề.',
    '',
    'a) Đối với tập thể',
    '',
    '---',
    '',
    'Trên đây là Kế hoạch …',
  ].join('\n'),
);

describe('sectionLabels names every anchor', () => {
  const labels = sectionLabels(body.sections);
  test.each([
    ['muc-i', 'Mục I'],
    ['muc-i-1', 'Mục I.1'],
    ['muc-i-1-g2', 'Mục I.1, ý 2'],
    ['muc-ii-1-1', 'Mục II.1.1'],
    ['muc-ii-2', 'Mục II.2'],
    ['muc-ii-2-a', 'Mục II.2.a)'],
  ])('%s → %s', (anchor, label) => {
    expect(labels.get(anchor)).toBe(label);
  });
});

describe('tableOfContents', () => {
  test('top sections and their heading children only', () => {
    expect(tableOfContents(body.sections)).toEqual([
      {
        anchor: 'muc-i',
        label: 'I. MỤC ĐÍCH, YÊU CẦU',
        children: [{ anchor: 'muc-i-1', label: '1. Mục đích', children: [] }],
      },
      {
        anchor: 'muc-ii',
        label: 'II. NỘI DUNG',
        children: [{ anchor: 'muc-ii-1', label: '1. Nhiệm vụ trọng tâm', children: [] }],
      },
    ]);
  });
});

describe('planBodyView', () => {
  const view = planBodyView(body);

  test('keeps preamble and closing', () => {
    expect(view.preamble).toEqual(['Thực hiện Kế hoạch số 25-KH/TU …']);
    expect(view.closing).toEqual(['Trên đây là Kế hoạch …']);
  });

  test('dash items form one run, shown as a list', () => {
    const purpose = view.runs[0]?.sections[0]?.runs[0]?.sections[0];
    expect(purpose?.runs.map((r) => [r.dash, r.sections.length])).toEqual([[true, 2]]);
  });

  test('roman sections are headings even when not written as Markdown headings', () => {
    const flat = planBodyView(parsePlanBody('I. MỤC ĐÍCH\n\n1\\. Một đoạn.'));
    expect(flat.runs[0]?.sections[0]?.isHeading).toBe(true);
    expect(flat.runs[0]?.sections[0]?.runs[0]?.sections[0]?.isHeading).toBe(false);
  });

  test.each([
    [{ marker: 'IV', markerKind: 'roman' as const }, 'IV.'],
    [{ marker: '1.1', markerKind: 'dotted' as const }, '1.1.'],
    [{ marker: 'a', markerKind: 'letter' as const }, 'a)'],
    [{ marker: '-', markerKind: 'dash' as const }, ''],
  ])('markerLabel(%j) → %j', (section, expected) => {
    expect(markerLabel(section)).toBe(expected);
  });

  test('groupRuns splits at every change between dash and other sections', () => {
    const runs = groupRuns([
      { isDash: false },
      { isDash: true },
      { isDash: true },
      { isDash: false },
    ]);
    expect(runs.map((r) => [r.dash, r.sections.length])).toEqual([
      [false, 1],
      [true, 2],
      [false, 1],
    ]);
  });
});
