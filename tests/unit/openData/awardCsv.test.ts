import type { Options } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import {
  awardCsv,
  awardCsvColumns,
  awardCsvRows,
  utf8Bom,
} from '../../../src/lib/openData/awardCsv';
import { fixtureDecision, fixtureOpenData, ids, withheldName } from './openDataFixture';

const headers = [
  'Mã quyết định',
  'Số quyết định',
  'Ngày ban hành',
  'Cơ quan ban hành',
  'Trạng thái',
  'Loại đối tượng',
  'Họ tên / Tập thể / Chủ hộ',
  'Chức vụ',
  'Đơn vị',
  'Thôn',
  'Xã',
  'Hình thức khen thưởng',
  'Hạng',
  'Thành tích',
  'Dữ liệu minh họa',
  'Đường dẫn',
];

/** Reads CSV text back the way a reuser would: BOM removed, RFC 4180 quoting. */
const csvOptions: Options = { bom: true };
const readBack = (text: string): string[][] => parse(text, csvOptions);

describe('awardCsv writes CSV that Excel opens and that reads back unchanged', () => {
  const decisions = fixtureOpenData().decisions;
  const text = awardCsv(decisions);

  test('starts with the UTF-8 byte order mark', () => {
    expect(text.startsWith(utf8Bom)).toBe(true);
    expect([...Buffer.from(text, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  test('ends every record with CRLF', () => {
    expect(text.startsWith(`${utf8Bom}${headers.join(',')}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  test('the header row is in Vietnamese, one header per column', () => {
    expect(awardCsvColumns.map((c) => c.header)).toEqual(headers);
  });

  test('parses back with csv-parse to exactly the same rows', () => {
    expect(readBack(text)).toEqual(awardCsvRows(decisions));
  });

  test('has one row per published awardee, and the withheld awardee in none', () => {
    const rows = readBack(text).slice(1);
    expect(rows).toHaveLength(decisions.reduce((n, d) => n + d.awardees.length, 0));
    expect(rows).toHaveLength(7);
    expect(text).not.toContain(withheldName);
  });

  test.each([
    [
      'a comma and double quotes',
      'Đạt giải Nhất hội thi "Dân vận khéo", năm 2025; hoàn thành xuất sắc nhiệm vụ',
    ],
    [
      'a line break',
      'Tích cực tham gia hiến đất, góp công làm đường giao thông:\nhiến 120 m² đất, 15 ngày công',
    ],
  ])('an achievement with %s survives', (_what, achievement) => {
    const cells = readBack(text).map((row) => row[headers.indexOf('Thành tích')]);
    expect(cells).toContain(achievement);
  });

  test('a row carries the decision, the awardee and the award, dates ISO 8601', () => {
    const [header = [], , , row] = readBack(awardCsv([fixtureDecision(ids.decided)]));
    expect(Object.fromEntries(header.map((h, i) => [h, row?.[i]]))).toEqual({
      'Mã quyết định': ids.decided,
      'Số quyết định': '45/QĐ-UBND',
      'Ngày ban hành': '2025-09-15',
      'Cơ quan ban hành': 'Chủ tịch Ủy ban nhân dân phường Bắc Sơn',
      'Trạng thái': 'Đã quyết định',
      'Loại đối tượng': 'Tập thể',
      'Họ tên / Tập thể / Chủ hộ': 'Chi bộ Khu phố Tân Lập',
      'Chức vụ': '',
      'Đơn vị': '',
      Thôn: '',
      Xã: '',
      'Hình thức khen thưởng': 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã',
      Hạng: '',
      'Thành tích': 'Dẫn đầu phong trào thi đua, hoàn thành xuất sắc nhiệm vụ năm 2025',
      'Dữ liệu minh họa': 'Có',
      'Đường dẫn': `https://thiduakhenthuong.example.vn/khen-thuong/${ids.decided}/`,
    });
  });

  test('a file with no decision still has its header row', () => {
    expect(readBack(awardCsv([]))).toEqual([headers]);
  });
});
