import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { toYaml } from '../../../src/lib/importer/serializeEntries';
import { searchKey } from '../../../src/lib/text/foldVietnamese';
import { CorpusUsageError, parseCorpusArguments } from '../../../src/lib/corpus/corpusArguments';
import { buildGeography } from '../../../src/lib/corpus/corpusGeography';
import { corpusProvinces } from '../../../src/lib/corpus/corpusProvinces';
import { frontMatterYaml } from '../../../src/lib/corpus/frontMatterYaml';
import { planShares } from '../../../src/lib/corpus/generateCorpus';
import { bandedPng, coverPalettes, coverSize } from '../../../src/lib/corpus/placeholderPhoto';
import { mulberry32, randomFor } from '../../../src/lib/corpus/random';

describe('command-line arguments', () => {
  test('reads every option', () => {
    const parsed = parseCorpusArguments([
      '--provinces',
      '3',
      '--communes',
      '12',
      '--plans',
      '40',
      '--awardees',
      '200',
      '--seed',
      'abc',
      '--out',
      '/tmp/x',
      '--per-decision',
      '5',
      '--exemplars',
      '2',
    ]);
    expect(parsed).toEqual({
      out: '/tmp/x',
      options: {
        provinces: 3,
        communes: 12,
        plans: 40,
        awardees: 200,
        perDecision: 5,
        exemplars: 2,
        seed: 'abc',
      },
    });
  });

  test('defaults to the national corpus of 34 provinces and 3,321 communes', () => {
    const parsed = parseCorpusArguments(['--out', '/tmp/x']);
    expect(parsed).not.toBe('help');
    if (parsed !== 'help') expect(parsed.options).toMatchObject({ provinces: 34, communes: 3321 });
  });

  test.each([
    ['no --out', ['--plans', '3'], /--out DIR is required/],
    ['35 provinces', ['--out', '/tmp/x', '--provinces', '35'], /--provinces must be from 1 to 34/],
    ['a fraction', ['--out', '/tmp/x', '--plans', '2.5'], /--plans must be a whole number/],
    ['a negative number', ['--out', '/tmp/x', '--awardees', '-1'], /--awardees/],
    ['an unknown option', ['--out', '/tmp/x', '--province', '3'], /Unknown option/],
    ['an empty seed', ['--out', '/tmp/x', '--seed', ' '], /--seed/],
  ])('rejects %s with a clear message', (_label, argv, message) => {
    expect(() => parseCorpusArguments(argv)).toThrow(CorpusUsageError);
    expect(() => parseCorpusArguments(argv)).toThrow(message);
  });
});

describe('random numbers', () => {
  test('mulberry32 matches the reference implementation (bryc, "PRNGs.md")', () => {
    // The widely copied JavaScript original, kept verbatim in spirit.
    const reference = (seed: number) => {
      let a = seed;
      return () => {
        let t = (a += 0x6d2b79f5);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    };
    for (const seed of [0, 1, 42, 0xdeadbeef]) {
      const ours = mulberry32(seed);
      const theirs = reference(seed);
      for (let i = 0; i < 100; i += 1) expect(ours()).toBe(theirs());
    }
  });

  test('the same seed and key give the same sequence, another key another one', () => {
    const a = randomFor('s', 'plan', 1);
    const b = randomFor('s', 'plan', 1);
    const c = randomFor('s', 'plan', 2);
    const draw = (r: typeof a) => [r.int(0, 1000), r.int(0, 1000), r.int(0, 1000)];
    expect(draw(a)).toEqual(draw(b));
    expect(draw(randomFor('s', 'plan', 1))).not.toEqual(draw(c));
  });
});

describe('plan shares', () => {
  test.each([
    [40, 3, 12],
    [1000, 34, 3321],
    [2, 3, 12],
    [10, 2, 0],
  ])('%i plans over %i provinces and %i communes add up', (plans, provinces, communes) => {
    const { perProvince, perCommune } = planShares(plans, provinces, communes);
    expect([...perProvince, ...perCommune].reduce((a, b) => a + b, 0)).toBe(plans);
    expect(perProvince).toHaveLength(provinces);
    expect(perCommune).toHaveLength(communes);
  });
});

describe('geography', () => {
  test('takes the first provinces of the 34 and spreads the communes evenly', () => {
    const geography = buildGeography('s', 3, 10);
    expect(geography.provinces.map((p) => p.province.name)).toEqual(['Hà Nội', 'Huế', 'Hải Phòng']);
    expect(geography.provinces.map((p) => p.communeIndexes.length)).toEqual([4, 3, 3]);
  });

  test('lists 34 provinces, six of them centrally-run cities', () => {
    expect(corpusProvinces).toHaveLength(34);
    expect(corpusProvinces.filter((p) => p.isCity)).toHaveLength(6);
  });

  test('gives 3,321 communes distinct names and ids', () => {
    const geography = buildGeography('national', 34, 3321);
    expect(new Set(geography.communes.map((c) => searchKey(c.name))).size).toBe(3321);
    expect(new Set(geography.organizations.map((o) => o.id)).size).toBe(34 * 4 + 3321 * 2);
  });
});

describe('front matter', () => {
  test.each([
    ['plain text', { title: 'thực hiện Chỉ thị số 41-CT/TW' }],
    ['a colon and space', { name: 'Lưu: VP' }],
    ['a date', { issued: '2025-12-05' }],
    ['a year-like word', { period: '2026' }],
    ['YAML words', { a: 'yes', b: 'No', c: 'null', d: '~' }],
    ['leading indicators', { a: '- x', b: '[x]', c: '“Dân vận khéo”', d: '"quoted"', e: "it's" }],
    [
      'nested lists',
      {
        distribution: [
          { name: 'Sở Nội vụ', markers: ['b/c'] },
          { name: 'Lưu VT', archive: true },
        ],
        implements: ['a', 'b'],
      },
    ],
    ['numbers, booleans and a key YAML 1.1 reads as false', { illustrative: true, n: 3 }],
    ['both quotes, a backslash, a tab', { a: `"it's"`, b: 'a\\b "c"', c: 'x\ty' }],
    ['a comment sign and a trailing colon', { a: 'x #y', b: 'Nơi nhận:', c: 'x#y' }],
  ])('writes %s as toYaml does', (_label, data) => {
    expect(frontMatterYaml(data)).toBe(toYaml(data));
  });
});

describe('cover pictures', () => {
  test('are valid PNG files of the documented size', async () => {
    const palette = coverPalettes[0];
    if (palette === undefined) throw new Error('no palette');
    const png = bandedPng(palette.colours);
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: 'png', width: coverSize.width, height: coverSize.height });
    expect(png.length).toBeLessThan(50_000);
    expect(bandedPng(palette.colours).equals(png)).toBe(true);
  });
});
