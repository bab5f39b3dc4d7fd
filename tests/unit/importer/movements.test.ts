import { describe, expect, test } from 'vitest';
import { findMovements, foldForMatching } from '../../../src/lib/importer/findMovements';
import { entryData, importSeeds, readMovementNames, reportOf } from './seedImport';

const result = importSeeds();

/** The movements each seed names, as the importer writes them in the plan's `movements` field. */
const expected: readonly [string, readonly string[]][] = [
  ['000_1630f053c66d56e5.txt', []],
  [
    '001_f14f69ecf0e9450c.txt',
    [
      'ca-nuoc-chung-tay-vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau',
      'ca-tinh-chung-suc-xay-dung-nong-thon-moi-do-thi-van-minh',
      'doanh-nghiep-ha-tinh-hoi-nhap-va-phat-trien',
      'toan-dan-doan-ket-xay-dung-doi-song-van-hoa',
    ],
  ],
  [
    '002_6d63e611e3fe6721.txt',
    [
      'ca-nuoc-chung-tay-vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau',
      'can-bo-cong-chuc-phuong-quyet-thang-thi-dua-thuc-hien-van-hoa-cong-so',
      'dan-van-kheo',
      'day-tot-hoc-tot',
      'hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh',
      'thi-dua-xay-dung-to-dan-pho-ban-tu-quan-phat-trien-toan-dien',
      'toan-dan-bao-ve-an-ninh-to-quoc',
      'toan-dan-doan-ket-xay-dung-do-thi-van-minh',
      'xay-dung-nong-thon-moi-va-giam-ngheo-ben-vung',
    ],
  ],
  ['003_aae8b3caacfcac39.txt', ['hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh']],
  [
    '004_49c0ad69035881fa.txt',
    [
      'thi-dua-dac-biet-lap-thanh-tich-chao-mung-dai-hoi-dang-bo-cac-cap-nhiem-ky-2025-2030-thi-xa-bac-son',
      'toan-dan-doan-ket-xay-dung-doi-song-van-hoa',
    ],
  ],
];

describe.each(expected)('seed %s', (fileName, movements) => {
  test('the plan lists exactly the movements it names', () => {
    const data = entryData(result, reportOf(result, fileName).path);
    expect(data['movements'] ?? []).toEqual(movements);
  });
});

const known = [
  { id: 'dan-van-kheo', name: 'Dân vận khéo', aliases: [] },
  { id: 'day-tot-hoc-tot', name: 'Dạy tốt, học tốt', aliases: ['Học tốt, dạy tốt'] },
  {
    id: 'chung-tay',
    name: 'Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau',
    aliases: ['Lai Châu chung tay vì người nghèo - Không để ai bị bỏ lại phía sau'],
  },
];

describe('findMovements', () => {
  test.each([
    ['typographic quotes', 'các phong trào “Dân vận khéo”, …', ['dan-van-kheo']],
    ['straight quotes', 'phong trào "Dân vận khéo".', ['dan-van-kheo']],
    ['another case and no diacritics', 'phong trào “DAN VAN KHEO”', ['dan-van-kheo']],
    ['an alias', 'thi đua “Học tốt, dạy tốt”', ['day-tot-hoc-tot']],
    ['Markdown emphasis inside the quotes', 'phong trào “*Dân vận khéo*”', ['dan-van-kheo']],
    ['a line break inside the name', '“Dân vận \n\nkhéo”', ['dan-van-kheo']],
    [
      'a province version with another dash and case',
      '“Lai Châu chung tay vì người nghèo – không để ai bị bỏ lại phía sau”',
      ['chung-tay'],
    ],
  ])('recognises a name in %s', (_case, text, ids) => {
    expect(findMovements(text, 'Kế hoạch', known)).toEqual(ids);
  });

  test.each([
    ['the name without quotation marks', 'phải dân vận khéo với Nhân dân'],
    ['a longer quoted phrase', '“Dân vận khéo trong mọi việc”'],
  ])('does not take %s for the movement', (_case, text) => {
    expect(findMovements(text, 'Kế hoạch', known)).toEqual([]);
  });

  test('recognises a movement named in the title without quotation marks', () => {
    expect(findMovements('', 'Về đẩy mạnh phong trào Dân vận khéo năm 2025', known)).toEqual([
      'dan-van-kheo',
    ]);
  });

  test('names each movement once, in the order of the list', () => {
    expect(
      findMovements('“Học tốt, dạy tốt”, “Dân vận khéo”, “Dạy tốt, học tốt”', '', known),
    ).toEqual(['dan-van-kheo', 'day-tot-hoc-tot']);
  });

  test('folds diacritics, đ, dashes and white space', () => {
    expect(foldForMatching('Đoàn  kết –\nSáng tạo')).toBe('doan ket - sang tao');
  });

  test('every committed movement has a distinct folded name and aliases', () => {
    const wordings = readMovementNames().flatMap((m) =>
      [m.name, ...m.aliases].map(foldForMatching),
    );
    expect(new Set(wordings).size).toBe(wordings.length);
  });
});
