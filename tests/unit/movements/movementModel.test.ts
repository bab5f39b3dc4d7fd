import { describe, expect, test } from 'vitest';
import { movementMetadataRows } from '../../../src/lib/movements/movementMetadata';
import {
  movementCountsLabel,
  movementHref,
  movementPeriodLabel,
  movementScopeLabel,
  movementsNamedBy,
} from '../../../src/lib/movements/movementModel';
import { committedMovementViews } from './committedMovements';

const views = committedMovementViews();
const byId = (id: string) => {
  const view = views.find((v) => v.id === id);
  if (view === undefined) throw new Error(`no movement ${id}`);
  return view;
};

const quyetThang2024 =
  'ke-hoach-uy-ban-nhan-dan-phuong-quyet-thang-2024-02-cong-tac-thi-dua-khen-thuong-nam-2024';
const bacSon2025 =
  'ke-hoach-uy-ban-nhan-dan-phuong-bac-son-2025-to-chuc-phong-trao-thi-dua-dac-biet';
const specialMovement =
  'thi-dua-dac-biet-lap-thanh-tich-chao-mung-dai-hoi-dang-bo-cac-cap-nhiem-ky-2025-2030-thi-xa-bac-son';

describe('labels', () => {
  test.each([
    [{}, 'Chưa rõ'],
    [{ from: '2021', to: '2025' }, 'từ năm 2021 đến năm 2025'],
    [{ from: '2016-05-15' }, 'từ 15/05/2016'],
    [{ to: '2025-06' }, 'đến tháng 06/2025'],
  ])('the period %j reads "%s"', (period, label) => {
    expect(movementPeriodLabel(period)).toBe(label);
  });

  test.each([
    ['national', undefined, 'Toàn quốc'],
    ['province', 'Tỉnh Hà Tĩnh', 'Cấp tỉnh: Tỉnh Hà Tĩnh'],
  ] as const)('the scope %s with area %s reads "%s"', (scope, area, label) => {
    expect(movementScopeLabel(scope, area)).toBe(label);
  });

  test('a movement page lives under /phong-trao/', () => {
    expect(movementHref('dan-van-kheo')).toBe('/phong-trao/dan-van-kheo/');
  });
});

describe('movements of the committed content', () => {
  test('are sorted by name', () => {
    const names = views.map((v) => v.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
  });

  test('every movement the seeds name is linked to at least one plan, but one', () => {
    // Seed 001 breaks this name across two lines in the middle of a word ("doanh … ng nghiệp").
    const unlinked = views.filter((v) => v.plans.length === 0).map((v) => v.id);
    expect(unlinked).toEqual([
      'can-bo-dang-vien-cong-chuc-vien-chuc-nguoi-lao-dong-dang-bo-khoi-thi-dua-thuc-hien-van-hoa-cong-so-van-hoa-doanh-nghiep',
    ]);
  });

  test('"Dân vận khéo" links to the 2024 plan of phường Quyết Thắng and the decisions rewarding it', () => {
    const view = byId('dan-van-kheo');
    expect(view.plans.map((p) => p.id)).toEqual([quyetThang2024]);
    expect(view.decisions.map((d) => d.rewards)).toEqual(
      view.decisions.map(() => [quyetThang2024]),
    );
    expect(view.decisions.length).toBeGreaterThan(0);
  });

  test("a story that names a movement is on that movement's page even when no plan links them", () => {
    expect(byId('day-tot-hoc-tot').exemplars.map((e) => e.id)).toContain('tao-thi-duyen');
  });

  test('the special movement links to the Bắc Sơn plan, its decisions and its exemplar', () => {
    const view = byId(specialMovement);
    expect(view.plans.map((p) => p.id)).toEqual([bacSon2025]);
    expect(view.decisions.length).toBeGreaterThan(0);
    expect(view.exemplars.map((e) => e.id)).toContain('chi-hoi-phu-nu-to-dan-pho-dong-son');
    expect(view.launchedByDocument?.href).toBe(
      '/van-ban/ke-hoach-4663-kh-ubnd-uy-ban-nhan-dan-thi-xa-bac-son-2024-12-25/',
    );
  });

  test('the timeline holds the plans, their milestones and the decisions, oldest first', () => {
    const timeline = byId('dan-van-kheo').timeline;
    expect(timeline.map((e) => e.kind)).toContain('decision');
    const keys = timeline.map((e) => e.date);
    expect(keys).toEqual([...keys].sort());
  });

  test('a plan page lists the movements the plan names', () => {
    expect(movementsNamedBy(views, bacSon2025).map((m) => m.href)).toEqual(
      expect.arrayContaining([
        movementHref(specialMovement),
        movementHref('toan-dan-doan-ket-xay-dung-doi-song-van-hoa'),
      ]),
    );
  });

  test('the list shows the counts of plans, decisions and exemplars', () => {
    expect(movementCountsLabel(byId(specialMovement))).toMatch(
      /^1 kế hoạch · \d+ quyết định khen thưởng · \d+ điển hình$/u,
    );
  });

  test('an unknown launcher reads "Chưa rõ"', () => {
    const rows = movementMetadataRows(byId('dan-van-kheo'));
    expect(rows.find((r) => r.label === 'Cơ quan phát động')?.value).toBe('Chưa rõ');
  });
});
