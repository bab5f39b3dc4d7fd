import { describe, expect, test } from 'vitest';
import {
  assignmentKey,
  responsibilityGroups,
} from '../../../src/lib/responsibilities/responsibilities';
import { fixtureModel } from '../site/fixtureContent';

describe('assignmentKey groups spellings of one organization', () => {
  test.each([
    [
      'Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội phường',
      'MẶT TRẬN TỔ QUỐC VIỆT NAM  và các tổ chức chính trị - xã hội phường',
    ],
    ['Đảng ủy phường', 'Dang uy phuong'],
  ])('"%s" and "%s" share a key', (a, b) => {
    expect(assignmentKey({ organization: a }, 'x')).toBe(assignmentKey({ organization: b }, 'x'));
  });

  test('the same name in plans of two issuers is two organizations', () => {
    expect(assignmentKey({ organization: 'Đảng ủy phường' }, 'a')).not.toBe(
      assignmentKey({ organization: 'Đảng ủy phường' }, 'b'),
    );
  });

  test('a known organization is grouped by its id, whatever the spelling', () => {
    const id = { id: 'dang-uy-phuong-quy-nhon-tay' };
    expect(assignmentKey({ organization: 'Đảng ủy', organizationId: id }, 'a')).toBe(
      assignmentKey({ organization: 'Đảng ủy phường Quy Nhơn Tây', organizationId: id }, 'b'),
    );
  });
});

describe('responsibility groups of the fixture content', () => {
  const model = fixtureModel();
  const groups = responsibilityGroups(model);

  test('every assignment of every plan appears exactly once', () => {
    const expected = [...model.entries.values()].reduce(
      (n, e) => n + (e.data.status === 'full' ? e.data.assignments.length : 0),
      0,
    );
    expect(expected).toBeGreaterThan(0);
    expect(groups.reduce((n, g) => n + g.taskCount, 0)).toBe(expected);
  });

  test('slugs are unique', () => {
    expect(new Set(groups.map((g) => g.slug)).size).toBe(groups.length);
  });

  test('each task links to a section of its plan', () => {
    for (const g of groups)
      for (const p of g.plans)
        for (const t of p.tasks) expect(t.sectionHref.startsWith(`${p.plan.href}#`)).toBe(true);
  });

  test('the names keep the text as written', () => {
    const written = [...model.entries.values()].flatMap((e) =>
      e.data.status === 'full' ? e.data.assignments.map((a) => a.organization) : [],
    );
    const shown = groups.flatMap((g) =>
      g.plans.flatMap((p) => p.tasks.map((t) => t.organizationAsWritten)),
    );
    expect(shown.sort()).toEqual(written.sort());
  });
});
