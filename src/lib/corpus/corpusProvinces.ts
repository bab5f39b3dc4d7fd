import { centralCities, provinceNames } from '../importer/provinces';

/**
 * Broad regions, used only to make generated place names sound right: hamlets are "bản" in the
 * northern uplands, "buôn"/"làng" in the Central Highlands, "ấp" in the south; family names of ethnic
 * minorities are mixed in where they are common.
 */
export type CorpusRegion = 'northUpland' | 'north' | 'central' | 'highlands' | 'south';

/** One of the 34 province-level units of the two-level local government (from 1 July 2025). */
export interface CorpusProvince {
  /** The name as `provinceNames` (src/lib/importer/provinces.ts) writes it: "Gia Lai", "Hồ Chí Minh". */
  readonly name: string;
  /** True for the six centrally-run cities (`centralCities`): "Thành ủy", "Ủy ban nhân dân thành phố". */
  readonly isCity: boolean;
  readonly region: CorpusRegion;
}

/**
 * The 34 province-level units after the 1 July 2025 merger (Nghị quyết 202/2025/QH15 on the
 * rearrangement of province-level administrative units), in the order the corpus uses them:
 * `--provinces 3` takes the first three. Names are those of `provinceNames`; Huế is a centrally-run
 * city from 1 January 2025 (Nghị quyết 1314/NQ-UBTVQH15).
 */
export const corpusProvinces: readonly CorpusProvince[] = (
  [
    ['Hà Nội', 'north'],
    ['Huế', 'central'],
    ['Hải Phòng', 'north'],
    ['Đà Nẵng', 'central'],
    ['Hồ Chí Minh', 'south'],
    ['Cần Thơ', 'south'],
    ['Lai Châu', 'northUpland'],
    ['Điện Biên', 'northUpland'],
    ['Sơn La', 'northUpland'],
    ['Lạng Sơn', 'northUpland'],
    ['Quảng Ninh', 'north'],
    ['Thanh Hóa', 'central'],
    ['Nghệ An', 'central'],
    ['Hà Tĩnh', 'central'],
    ['Cao Bằng', 'northUpland'],
    ['Tuyên Quang', 'northUpland'],
    ['Lào Cai', 'northUpland'],
    ['Thái Nguyên', 'north'],
    ['Phú Thọ', 'north'],
    ['Bắc Ninh', 'north'],
    ['Hưng Yên', 'north'],
    ['Ninh Bình', 'north'],
    ['Quảng Trị', 'central'],
    ['Quảng Ngãi', 'central'],
    ['Gia Lai', 'highlands'],
    ['Khánh Hòa', 'central'],
    ['Lâm Đồng', 'highlands'],
    ['Đắk Lắk', 'highlands'],
    ['Đồng Nai', 'south'],
    ['Tây Ninh', 'south'],
    ['Vĩnh Long', 'south'],
    ['Đồng Tháp', 'south'],
    ['Cà Mau', 'south'],
    ['An Giang', 'south'],
  ] as const
).map(([name, region]) => {
  if (!provinceNames.includes(name)) {
    throw new Error(
      `corpusProvinces: "${name}" is not in provinceNames (src/lib/importer/provinces.ts).`,
    );
  }
  return { name, isCity: centralCities.includes(name), region };
});

/** "Thành phố Hồ Chí Minh", "thành phố Hà Nội", "tỉnh Gia Lai": the unit as running text names it. */
export function provincePlace(province: CorpusProvince): string {
  if (province.name === 'Hồ Chí Minh') return 'Thành phố Hồ Chí Minh';
  return `${province.isCity ? 'thành phố' : 'tỉnh'} ${province.name}`;
}

/** "Tỉnh ủy Gia Lai", "Thành ủy Hà Nội", "Thành ủy Thành phố Hồ Chí Minh". */
export function partyCommitteeName(province: CorpusProvince): string {
  const short = province.name === 'Hồ Chí Minh' ? 'Thành phố Hồ Chí Minh' : province.name;
  return `${province.isCity ? 'Thành ủy' : 'Tỉnh ủy'} ${short}`;
}

/** "Tỉnh ủy" or "Thành ủy": how the province's own texts name its Party committee. */
export function partyCommitteeWord(province: CorpusProvince): string {
  return province.isCity ? 'Thành ủy' : 'Tỉnh ủy';
}

/** "tỉnh" or "thành phố": how the province's own texts name it ("trên địa bàn tỉnh"). */
export function provinceWord(province: CorpusProvince): string {
  return province.isCity ? 'thành phố' : 'tỉnh';
}
