import { describe, expect, test } from 'vitest';
import { findPersonalData, type PersonalDataKind } from '../../../src/lib/awards/personalData';

/**
 * Awardee fields publish only what the decision itself publishes (GLOSSARY.md "Personal data"; Luật
 * Bảo vệ dữ liệu cá nhân 91/2025/QH15): each bad value is rejected with its reason, each good value
 * passes.
 */
const rejected: readonly [string, PersonalDataKind][] = [
  ['038090012345', 'citizenId'],
  ['123456789', 'citizenId'],
  ['038 090 012 345', 'citizenId'],
  ['038.090.012.345', 'citizenId'],
  ['123 456 789', 'citizenId'],
  ['CCCD của ông Nguyễn Văn A', 'citizenId'],
  ['CMND cấp năm 2010', 'citizenId'],
  ['0912345678', 'phone'],
  ['0912 345 678', 'phone'],
  ['0912.345.678', 'phone'],
  ['+84 912 345 678', 'phone'],
  ['+84912345678', 'phone'],
  ['0237 3852 123', 'phone'],
  ['02373852123', 'phone'],
  ['ĐT: 0912345678', 'phone'],
  ['nguyenvana@gmail.com', 'email'],
  ['liên hệ ubnd.bacson@thanhhoa.gov.vn', 'email'],
  ['sinh năm 1980', 'birthDate'],
  ['ngày sinh 12/3/1980', 'birthDate'],
  ['SN 1975', 'birthDate'],
  ['SN: 1975', 'birthDate'],
  ['số nhà 12', 'streetAddress'],
  ['ngõ 5', 'streetAddress'],
  ['12 đường Lê Lợi', 'streetAddress'],
  ['số 12 phố Hàng Bạc', 'streetAddress'],
  ['hẻm 34', 'streetAddress'],
];

const accepted: readonly string[] = [
  'Nguyễn Thị Hằng',
  'Trịnh Văn Đức',
  'Tổ dân phố 7',
  'Tổ dân phố số 12',
  'Trường THCS số 2',
  'ủng hộ 5.000.000 đồng',
  'vận động ủng hộ 45.000.000 đồng xây nhà đại đoàn kết',
  'năm 2024',
  'năm học 2024 - 2025',
  'thôn 3',
  'Bản Cư Nhà La, phường Quyết Thắng',
  'Quyết định 2871/QĐ-UBND',
  'trồng 600 cây xanh',
  'phố Hàng Bạc',
  'Hiến 80 m² đất làm đường',
];

describe('personal data is rejected with its reason', () => {
  test.each(rejected)('"%s" is rejected as %s', (value, kind) => {
    const finding = findPersonalData(value);
    expect(finding?.kind).toBe(kind);
    expect(finding?.message).toContain('Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15');
  });
});

describe('ordinary award text is accepted', () => {
  test.each(accepted)('"%s" is accepted', (value) => {
    expect(findPersonalData(value)).toBeNull();
  });
});

test('decomposed Vietnamese (NFD) is read like composed text', () => {
  expect(findPersonalData('sinh năm 1980'.normalize('NFD'))?.kind).toBe('birthDate');
});
