import { searchKey } from '../text/foldVietnamese';
import { provinceNames } from '../importer/provinces';
import type { CorpusRegion } from './corpusProvinces';
import type { Random } from './random';

/**
 * Family names with rough weights (per cent of the population). The shares are the commonly cited
 * approximations (Nguyễn about 38 %, Trần 11 %, Lê 9.5 %, Phạm 7 % …; see "Vietnamese name" on
 * Wikipedia); Hoàng/Huỳnh and Vũ/Võ are northern/southern forms of one name and are split evenly.
 */
const familyNames: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 2.6],
  ['Huỳnh', 2.5],
  ['Phan', 4.5],
  ['Vũ', 2],
  ['Võ', 1.9],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.6],
  ['Trương', 0.6],
  ['Đào', 0.5],
  ['Hà', 0.5],
  ['Mai', 0.4],
  ['Tạ', 0.3],
  ['Lương', 0.3],
  ['Cao', 0.3],
  ['Tô', 0.2],
];

/** Family names common among the Thái, Tày, Nùng, Mông and Dao of the northern uplands. */
const uplandFamilyNames: readonly string[] = [
  'Lò',
  'Lường',
  'Quàng',
  'Cầm',
  'Sầm',
  'Nông',
  'Hoàng',
  'Triệu',
  'Giàng',
  'Sùng',
  'Thào',
  'Vàng',
  'Lý',
  'Hà',
  'Vi',
];

/** Family names of the Gia Rai of the Central Highlands, written as in Vietnamese texts. */
const highlandFamilyNames: readonly string[] = ['Ksor', 'Rơ Mah', 'Siu', 'Nay', 'Rơ Chăm', 'Kpă'];

const middleMale = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thanh', 'Xuân', 'Công', 'Ngọc', 'Đình'];
const middleMaleMore = ['Trọng', 'Anh', 'Tiến', 'Mạnh', 'Bá', 'Duy', 'Hoàng', 'Tấn', 'Thế', 'Việt'];
const middleFemale = [
  'Thị',
  'Thu',
  'Ngọc',
  'Thanh',
  'Kim',
  'Minh',
  'Hồng',
  'Phương',
  'Thúy',
  'Bích',
];
const middleFemaleMore = ['Diệu', 'Mỹ', 'Hoài', 'Lan', 'Quỳnh', 'Khánh', 'Thùy', 'Tuyết', 'Hải'];

const givenMale: readonly string[] = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đạt',
  'Đức',
  'Hải',
  'Hậu',
  'Hiếu',
  'Hoàng',
  'Hùng',
  'Huy',
  'Khánh',
  'Khoa',
  'Lâm',
  'Lợi',
  'Long',
  'Minh',
  'Nam',
  'Nghĩa',
  'Phong',
  'Phúc',
  'Quân',
  'Quý',
  'Sơn',
  'Tài',
  'Thắng',
  'Thành',
  'Thịnh',
  'Tiến',
  'Toàn',
  'Trung',
  'Tuấn',
  'Tùng',
  'Việt',
  'Vinh',
];

const givenFemale: readonly string[] = [
  'Anh',
  'Châu',
  'Dung',
  'Duyên',
  'Giang',
  'Hà',
  'Hạnh',
  'Hằng',
  'Hiền',
  'Hoa',
  'Hương',
  'Huyền',
  'Lan',
  'Liên',
  'Linh',
  'Loan',
  'Mai',
  'My',
  'Nga',
  'Ngân',
  'Nhung',
  'Oanh',
  'Phượng',
  'Quyên',
  'Thảo',
  'Thơ',
  'Thủy',
  'Trang',
  'Tuyết',
  'Uyên',
  'Vân',
  'Yến',
];

/** A generated person: full name and whether the forms of address are "ông/anh" or "bà/chị". */
export interface PersonName {
  readonly fullName: string;
  readonly female: boolean;
  /** The given name alone ("Hằng"), as texts use it after "chị", "anh". */
  readonly givenName: string;
}

/**
 * A full Vietnamese name (family, middle, given), e.g. "Nguyễn Thị Hằng", "Lò Văn Dũng". In the northern
 * uplands a quarter of the names take an upland family name; in the Central Highlands a tenth take a
 * Highlands one (with no middle name, as in "Ksor Nhung").
 *
 * @param random the entity's random source
 * @param region the region of the commune the person belongs to
 */
export function personName(random: Random, region: CorpusRegion): PersonName {
  const female = random.chance(0.45);
  const given = random.pick(female ? givenFemale : givenMale);
  if (region === 'highlands' && random.chance(0.1)) {
    return { fullName: `${random.pick(highlandFamilyNames)} ${given}`, female, givenName: given };
  }
  const family =
    region === 'northUpland' && random.chance(0.25)
      ? random.pick(uplandFamilyNames)
      : random.weighted(
          familyNames.map(([name]) => name),
          familyNames.map(([, weight]) => weight),
        );
  // No syllable twice ("Hoàng Hoàng Thịnh", "Huỳnh Tuyết Tuyết"): pick again from the other list.
  const fresh = (lists: readonly (readonly string[])[]): string => {
    for (const list of lists) {
      const candidate = random.pick(list);
      if (candidate !== family && candidate !== given) return candidate;
    }
    return female ? 'Thị' : 'Văn';
  };
  const middle = female
    ? fresh(
        random.chance(0.6) ? [middleFemale, middleFemaleMore] : [middleFemaleMore, middleFemale],
      )
    : fresh(random.chance(0.6) ? [middleMale, middleMaleMore] : [middleMaleMore, middleMale]);
  const extra = random.chance(0.15) ? random.pick(female ? middleFemale : middleMale) : undefined;
  const parts = [
    family,
    middle,
    ...(extra === undefined || [family, middle, given].includes(extra) ? [] : [extra]),
    given,
  ];
  return { fullName: parts.join(' '), female, givenName: given };
}

/** Sino-Vietnamese syllables of commune names in the lowlands ("Tân Phú", "Hòa Bình", "Vĩnh Lộc"). */
const lowlandFirst: readonly string[] = [
  'An',
  'Bảo',
  'Bình',
  'Cẩm',
  'Cát',
  'Định',
  'Đông',
  'Đức',
  'Gia',
  'Hải',
  'Hiệp',
  'Hòa',
  'Hồng',
  'Hưng',
  'Hương',
  'Khánh',
  'Kim',
  'Lạc',
  'Lộc',
  'Long',
  'Lương',
  'Minh',
  'Mỹ',
  'Nam',
  'Ngọc',
  'Nghĩa',
  'Phú',
  'Phúc',
  'Phước',
  'Quang',
  'Quảng',
  'Sơn',
  'Tam',
  'Tân',
  'Tây',
  'Thái',
  'Thanh',
  'Thạnh',
  'Thiện',
  'Thuận',
  'Thượng',
  'Tiên',
  'Trung',
  'Tường',
  'Vạn',
  'Vĩnh',
  'Xuân',
  'Yên',
];

const lowlandSecond: readonly string[] = [
  'An',
  'Bình',
  'Châu',
  'Điền',
  'Đông',
  'Đức',
  'Giang',
  'Hà',
  'Hải',
  'Hiệp',
  'Hòa',
  'Hưng',
  'Khê',
  'Lạc',
  'Lâm',
  'Lập',
  'Lộc',
  'Lợi',
  'Long',
  'Mỹ',
  'Nghĩa',
  'Ninh',
  'Phong',
  'Phú',
  'Phúc',
  'Phước',
  'Quang',
  'Sơn',
  'Tân',
  'Thành',
  'Thạnh',
  'Thịnh',
  'Thọ',
  'Thuận',
  'Tiến',
  'Trung',
  'Trường',
  'Vinh',
  'Xuân',
  'Yên',
];

/** Syllables of Thái and Tày place names in the northern uplands ("Mường Tè", "Nà Tấu", "Chiềng Sinh"). */
const uplandFirst: readonly string[] = [
  'Bản',
  'Chiềng',
  'Khau',
  'Lũng',
  'Mường',
  'Na',
  'Nà',
  'Nậm',
  'Pá',
  'Pắc',
  'Phìn',
  'Sín',
  'Tà',
  'Thèn',
];

const uplandSecond: readonly string[] = [
  'Ban',
  'Chải',
  'Hon',
  'Khoa',
  'Lay',
  'Lìn',
  'Mè',
  'Mơ',
  'Ngần',
  'Nhé',
  'Pì',
  'Sang',
  'Sinh',
  'Tấu',
  'Tè',
  'Thàng',
  'Then',
  'Toong',
];

/** Added to tell two communes apart, as real names do ("Quy Nhơn Tây", "Tân Phú Đông"). */
const directions: readonly string[] = ['Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Thượng', 'Hạ'];

const provinceKeys = new Set(provinceNames.map(searchKey));

/**
 * Makes commune names that are unique by their ASCII slug across the whole corpus (ids are built from
 * them, and ids of "Đảng ủy xã Tân Phú" in two provinces must not collide) and are never the name of a
 * province ("Vĩnh Long", "Long An").
 */
export class CommuneNamer {
  readonly #used = new Set<string>();

  /**
   * A new name such as "Tân Phú", "Mường Lay", "Hòa Bình Tây".
   *
   * @param random the commune's random source
   * @param region the province's region (upland syllables in the northern uplands, half the time)
   * @throws {Error} if no free name is found (more communes than the syllable lists allow)
   */
  next(random: Random, region: CorpusRegion): string {
    const upland = region === 'northUpland' && random.chance(0.5);
    const [first, second] = upland ? [uplandFirst, uplandSecond] : [lowlandFirst, lowlandSecond];
    for (let attempt = 0; attempt < 400; attempt += 1) {
      const a = random.pick(first);
      const b = random.pick(second);
      if (a === b) continue;
      let name = `${a} ${b}`;
      if (attempt >= 40) name = `${name} ${random.pick(directions)}`;
      const key = searchKey(name);
      if (this.#used.has(key) || provinceKeys.has(key)) continue;
      this.#used.add(key);
      return name;
    }
    throw new Error('CommuneNamer: no unused commune name left; lower --communes.');
  }
}

/** Words for a hamlet (thôn, bản, ấp …) by region; wards use residential groups instead. */
export function hamletName(random: Random, region: CorpusRegion, isWard: boolean): string {
  if (isWard) {
    return region === 'south'
      ? `Khu phố ${random.int(1, 12)}`
      : random.chance(0.5)
        ? `Tổ dân phố số ${random.int(1, 25)}`
        : `Tổ dân phố ${random.pick(lowlandFirst)} ${random.pick(lowlandSecond)}`;
  }
  const place = `${random.pick(lowlandFirst)} ${random.pick(lowlandSecond)}`;
  switch (region) {
    case 'northUpland':
      return random.chance(0.7)
        ? `Bản ${random.pick(uplandFirst)} ${random.pick(uplandSecond)}`
        : `Thôn ${place}`;
    case 'highlands':
      return random.chance(0.3) ? `Buôn ${random.pick(uplandSecond)}` : `Thôn ${random.int(1, 15)}`;
    case 'south':
      return `Ấp ${place}`;
    case 'north':
      return random.chance(0.3) ? `Xóm ${random.int(1, 12)}` : `Thôn ${place}`;
    case 'central':
      return random.chance(0.4) ? `Thôn ${random.int(1, 12)}` : `Thôn ${place}`;
  }
}
