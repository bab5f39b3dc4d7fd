import { describe, expect, test } from 'vitest';
import { buildDocumentGraph } from '../../../src/lib/hierarchy/documentGraph';
import { hierarchyForest } from '../../../src/lib/hierarchy/hierarchyForest';
import {
  defaultLayoutOptions,
  fitText,
  layoutHierarchy,
  type BoxContent,
} from '../../../src/lib/hierarchy/layoutHierarchy';
import type { OrganizationLevel } from '../../../src/lib/organizations/organizationTerms';
import { directive41, orgs, twoParents } from './graphCases';

function contentOf(docs: typeof directive41) {
  const graph = buildDocumentGraph(docs, orgs);
  return (id: string): BoxContent => {
    const level: OrganizationLevel | undefined = graph.nodes.get(id)?.level;
    return { lines: [id, 'Cơ quan ban hành có tên rất dài cần được cắt bớt', '01/01/2025'], level };
  };
}

describe('layoutHierarchy', () => {
  const forest = hierarchyForest(buildDocumentGraph(directive41, orgs));
  const layout = layoutHierarchy(forest, contentOf(directive41));
  const box = (id: string) => layout.boxes.find((b) => b.id === id);

  test('one box per tree node, one link per parent-child pair', () => {
    expect(layout.boxes.map((b) => b.id).sort()).toEqual(
      ['ct41', 'damrong', 'kh152', 'kh25', 'kh42'].sort(),
    );
    expect(layout.links).toHaveLength(4);
  });

  test.each([
    ['ct41', 0],
    ['kh25', 1],
    ['kh152', 1],
    ['damrong', 2],
    ['kh42', 3],
  ])('%s is drawn in the row of its level (%i)', (id, row) => {
    const { margin, boxHeight, gapY } = defaultLayoutOptions;
    expect(box(id)?.y).toBe(margin + row * (boxHeight + gapY));
  });

  test('one band per level, top down', () => {
    expect(layout.bands.map((b) => b.level)).toEqual([
      'central',
      'province',
      'district',
      'commune',
    ]);
  });

  test('a parent is centred over its children', () => {
    const parent = box('ct41');
    const a = box('kh152');
    const b = box('kh25');
    expect(parent && a && b && parent.x).toBe(a && b && (a.x + b.x) / 2);
  });

  test('no two boxes overlap', () => {
    for (const a of layout.boxes) {
      for (const b of layout.boxes) {
        if (a === b) continue;
        const apart =
          a.x + a.width <= b.x ||
          b.x + b.width <= a.x ||
          a.y + a.height <= b.y ||
          b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
    }
  });

  test('the picture is as wide and tall as its boxes', () => {
    for (const b of layout.boxes) {
      expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
      expect(b.y + b.height).toBeLessThanOrEqual(layout.height);
    }
  });

  test('long lines are cut to fit the box', () => {
    expect(box('ct41')?.lines[1]).toBe(
      fitText('Cơ quan ban hành có tên rất dài cần được cắt bớt', 26),
    );
    expect(box('ct41')?.lines[1]?.length).toBeLessThanOrEqual(26);
  });

  test('a document under two parents gets two boxes with distinct keys', () => {
    const l = layoutHierarchy(
      hierarchyForest(buildDocumentGraph(twoParents, orgs)),
      contentOf(twoParents),
    );
    const wards = l.boxes.filter((b) => b.id === 'ward');
    expect(wards).toHaveLength(2);
    expect(new Set(l.boxes.map((b) => b.key)).size).toBe(l.boxes.length);
  });

  test("a child at its parent's level gets a second row inside the same band", () => {
    const leaf = (id: string) => ({ id, cycle: false, missing: false, children: [] });
    const l = layoutHierarchy(
      [
        {
          id: 'ct',
          cycle: false,
          missing: false,
          children: [{ ...leaf('kh'), children: [leaf('xa')] }],
        },
      ],
      (id) => ({ lines: [id], level: id === 'xa' ? 'commune' : 'province' }),
    );
    const y = (id: string) => l.boxes.find((b) => b.id === id)?.y ?? -1;
    expect(y('ct')).toBeLessThan(y('kh'));
    expect(y('kh')).toBeLessThan(y('xa'));
    expect(l.bands.map((b) => b.level)).toEqual(['province', 'commune']);
    const province = l.bands[0];
    expect(province && province.y + province.height).toBeGreaterThan(y('kh'));
  });

  test('a child whose level is above its parent stays below it', () => {
    const l = layoutHierarchy(
      [
        {
          id: 'xa',
          cycle: false,
          missing: false,
          children: [{ id: 'tinh', cycle: false, missing: false, children: [] }],
        },
      ],
      (id) => ({ lines: [id], level: id === 'xa' ? 'commune' : 'province' }),
    );
    const y = (id: string) => l.boxes.find((b) => b.id === id)?.y ?? -1;
    expect(y('tinh')).toBeGreaterThan(y('xa'));
  });

  test('documents of unknown level get their own band at the bottom', () => {
    const l = layoutHierarchy(
      [
        {
          id: 'ct',
          cycle: false,
          missing: false,
          children: [{ id: '?', cycle: false, missing: false, children: [] }],
        },
      ],
      (id) => (id === 'ct' ? { lines: [id], level: 'central' } : { lines: [id] }),
    );
    expect(l.bands.map((b) => b.level)).toEqual(['central', undefined]);
  });

  test('an empty forest gives an empty picture', () => {
    const l = layoutHierarchy([], () => ({ lines: [] }));
    expect(l.boxes).toEqual([]);
    expect(l.bands).toEqual([]);
  });
});

describe('fitText', () => {
  test.each([
    ['Ngắn', 10, 'Ngắn'],
    ['Đảng ủy'.normalize('NFD'), 7, 'Đảng ủy'.normalize('NFD')],
    ['Ban Thường vụ Tỉnh ủy Gia Lai', 12, 'Ban Thường…'],
  ])('fitText(%j, %i) is %j', (text, max, expected) => {
    expect(fitText(text, max)).toBe(expected);
  });
});
