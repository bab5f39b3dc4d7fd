import { describe, expect, test } from 'vitest';
import { awardIds, fixtureAwardsModel, withheldName } from './fixtureAwards';
import { awardDecisionSchema } from '../../../src/schemas/awardDecisions';
import {
  awardeeColumns,
  awardeeTable,
  nameSortValue,
} from '../../../src/lib/awardsView/awardeeTable';

const model = fixtureAwardsModel();

/** Awardees with classes, read through the real schema. */
const withClasses = awardDecisionSchema.parse({
  status: 'decided',
  issuer: 'thu-tuong-chinh-phu',
  issued: '2025-01-05',
  title: 'Kiểm thử hạng',
  commendationType: 'merit',
  awardees: [
    {
      type: 'individual',
      name: 'Nguyễn Văn A',
      unit: 'Đơn vị A',
      awardForm: 'huan-chuong-lao-dong',
      class: 'third',
      achievement: 'Thành tích A',
    },
    {
      type: 'individual',
      name: 'Trần Thị B',
      unit: 'Đơn vị B',
      awardForm: 'huan-chuong-lao-dong',
      class: 'first',
      achievement: 'Thành tích B',
    },
    {
      type: 'collective',
      name: 'Tập thể C',
      awardForm: 'huan-chuong-lao-dong',
      achievement: 'Thành tích C',
    },
  ],
});
const tableOf = (id: string) => {
  const entry = model.entries.get(id);
  if (entry === undefined) throw new Error(id);
  return awardeeTable(entry.data, model.formById, 'caption');
};

describe('the awardee table of a decision', () => {
  const table = tableOf(awardIds.qd120);

  test('shows published awardees only, numbered without a gap', () => {
    expect(table.rows.map((r) => [r.index, r.name])).toEqual([
      [1, 'Nguyễn Thị Hằng'],
      [2, 'Đặng Văn Định'],
      [3, 'Trường Tiểu học Quyết Thắng'],
      [4, 'Bùi Thị Ánh'],
    ]);
    expect(JSON.stringify(table)).not.toContain(withheldName);
  });

  test('names the award form and links it', () => {
    expect(table.rows[3]).toMatchObject({
      formName: 'Lao động tiên tiến',
      formHref: '/hinh-thuc-khen-thuong/lao-dong-tien-tien/',
    });
  });

  test('marks collectives in a table that mixes types', () => {
    expect(table.cells[2]?.find((c) => c.key === 'name')?.note).toBe('Tập thể');
    expect(table.cells[0]?.find((c) => c.key === 'name')?.note).toBeUndefined();
  });

  test('gives every row one cell per column, in column order', () => {
    for (const cells of table.cells) {
      expect(cells.map((c) => c.key)).toEqual(table.columns.map((c) => c.key));
    }
  });
});

describe('the columns follow what the rows hold', () => {
  test.each([
    [
      awardIds.qd120,
      [
        ['index', 'STT'],
        ['name', 'Họ và tên / Tập thể'],
        ['position', 'Chức vụ'],
        ['unit', 'Đơn vị'],
        ['form', 'Hình thức khen thưởng'],
        ['achievement', 'Thành tích'],
      ],
    ],
    [
      awardIds.qd45,
      [
        ['index', 'STT'],
        ['name', 'Tập thể / Chủ hộ'],
        ['unit', 'Thôn, xã'],
        ['form', 'Hình thức khen thưởng'],
        ['achievement', 'Thành tích'],
      ],
    ],
  ])('%s', (id, expected) => {
    expect(tableOf(id).columns.map((c) => [c.key, c.label])).toEqual(expected);
  });

  test('a "Hạng" column when some award has a class', () => {
    expect(awardeeTable(withClasses, model.formById, 'caption').columns.map((c) => c.key)).toEqual([
      'index',
      'name',
      'unit',
      'form',
      'class',
      'achievement',
    ]);
  });

  test('an empty table still has a name header', () => {
    expect(awardeeColumns([]).map((c) => c.label)).toContain('Họ và tên');
  });
});

describe('what the cells sort by', () => {
  test('a household shows its hamlet and commune as its unit', () => {
    expect(tableOf(awardIds.qd45).rows[1]?.unit).toBe('Khu phố Tân Lập, phường Bắc Sơn');
  });

  test('classes sort by rank, first class first; no class sorts empty', () => {
    expect(
      awardeeTable(withClasses, model.formById, 'caption').rows.map((r) => [
        r.classLabel,
        r.sortValues.class,
      ]),
    ).toEqual([
      ['Hạng Ba', '3'],
      ['Hạng Nhất', '1'],
      [undefined, ''],
    ]);
  });

  test.each([
    [{ type: 'individual', name: 'Nguyễn Thị Hằng' }, 'Hằng Nguyễn Thị Hằng'],
    [{ type: 'household', headName: 'Lê Văn Toàn' }, 'Toàn Lê Văn Toàn'],
    [{ type: 'collective', name: 'Trường Tiểu học Quyết Thắng' }, 'Trường Tiểu học Quyết Thắng'],
  ])('people by given name first: %j → %s', (awardee, value) => {
    expect(nameSortValue(awardee as Parameters<typeof nameSortValue>[0])).toBe(value);
  });
});
