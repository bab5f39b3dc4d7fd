import { searchKey } from '../text/foldVietnamese';
import { modernToneMarks } from './modernToneMarks';

/**
 * Province-level units (tỉnh, thành phố trực thuộc trung ương) by the names documents use, before and
 * after the 1 July 2025 reform. Sources: the 63 units of Danh mục đơn vị hành chính Việt Nam (Tổng cục
 * Thống kê, 2024; Huế as a centrally-run city from 1 January 2025, Nghị quyết 1314/NQ-UBTVQH15) and the
 * 34 units of Nghị quyết 202/2025/QH15, whose names are all among them.
 */
export const provinceNames: readonly string[] = [
  'An Giang',
  'Bà Rịa - Vũng Tàu',
  'Bạc Liêu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bắc Ninh',
  'Bến Tre',
  'Bình Dương',
  'Bình Định',
  'Bình Phước',
  'Bình Thuận',
  'Cà Mau',
  'Cao Bằng',
  'Cần Thơ',
  'Đà Nẵng',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Giang',
  'Hà Nam',
  'Hà Nội',
  'Hà Tĩnh',
  'Hải Dương',
  'Hải Phòng',
  'Hậu Giang',
  'Hòa Bình',
  'Hồ Chí Minh',
  'Huế',
  'Hưng Yên',
  'Khánh Hòa',
  'Kiên Giang',
  'Kon Tum',
  'Lai Châu',
  'Lạng Sơn',
  'Lào Cai',
  'Lâm Đồng',
  'Long An',
  'Nam Định',
  'Nghệ An',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Thọ',
  'Phú Yên',
  'Quảng Bình',
  'Quảng Nam',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sóc Trăng',
  'Sơn La',
  'Tây Ninh',
  'Thái Bình',
  'Thái Nguyên',
  'Thanh Hóa',
  'Thừa Thiên Huế',
  'Tiền Giang',
  'Trà Vinh',
  'Tuyên Quang',
  'Vĩnh Long',
  'Vĩnh Phúc',
  'Yên Bái',
];

/**
 * Centrally-run cities (thành phố trực thuộc trung ương): their "Thành ủy" and "Ủy ban nhân dân thành
 * phố" are province-level. Source: Luật Tổ chức chính quyền địa phương; Huế from 1 January 2025
 * (Nghị quyết 1314/NQ-UBTVQH15).
 */
export const centralCities: readonly string[] = [
  'Hà Nội',
  'Hồ Chí Minh',
  'Hải Phòng',
  'Đà Nẵng',
  'Cần Thơ',
  'Huế',
];

/**
 * The province a name is, written the way {@link provinceNames} writes it, tone marks placed either way
 * ("Thanh Hoá" → "Thanh Hóa"); undefined when it is not a province.
 */
export function canonicalProvince(name: string): string | undefined {
  const key = searchKey(name);
  return provinceNames.find((p) => searchKey(p) === key);
}

/**
 * Counts how often each province is named in a text, as a capitalised whole name in either tone-mark
 * style (seed 001 names "Hà Tĩnh" four times; "Thanh Hoá" counts as "Thanh Hóa"). A name inside a
 * longer one is not counted twice ("Thừa Thiên Huế" is not also "Huế"). Lower-case phrases are not
 * names ("thái bình" is not "Thái Bình"), and "Hồ Chí Minh" counts only as "Thành phố Hồ Chí Minh" or "TP.
 * Hồ Chí Minh" (otherwise it is the President: "tư tưởng Hồ Chí Minh").
 *
 * @returns province → count, only provinces named at least once, in {@link provinceNames} order
 */
export function countProvinceMentions(text: string): Map<string, number> {
  let rest = modernToneMarks(text);
  const counts = new Map<string, number>();
  const longestFirst = [...provinceNames].sort((a, b) => b.length - a.length);
  for (const province of longestFirst) {
    const escaped = province.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    // "Hồ Chí Minh" alone is the President ("tư tưởng Hồ Chí Minh"); the city is "Thành phố Hồ Chí Minh".
    const prefix = province === 'Hồ Chí Minh' ? '(?:[Tt]hành phố|TP\\.?)\\s*' : '';
    const pattern = new RegExp(`(?<![\\p{L}\\p{M}])${prefix}${escaped}(?![\\p{L}\\p{M}])`, 'gu');
    const found = rest.match(pattern)?.length ?? 0;
    if (found > 0) {
      counts.set(province, found);
      rest = rest.replace(pattern, ' ');
    }
  }
  return new Map(provinceNames.filter((p) => counts.has(p)).map((p) => [p, counts.get(p) ?? 0]));
}
