import { describe, expect, it } from 'vitest';
import {
  buildTable,
  buildTimeFitByPlans,
  formatBytes,
  formatSeconds,
  keptNotes,
  marginalCostPerPlan,
  markdownTable,
  notesMarker,
  parseBuildSteps,
  renderReport,
  shardedTable,
  verdicts,
  type BuildFigures,
  type MachineFigures,
  type ShardedFigures,
  type SizeFigures,
} from '../../../src/lib/bench/benchReport';

const build = (pages: number, seconds: number, rss = 2 * 1024 ** 3): BuildFigures => ({
  ok: true,
  wallSeconds: seconds,
  peakRssBytes: rss,
  pages,
  distBytes: pages * 30_000,
  pagefindBytes: pages * 2_000,
  steps: { validate: 1, astro: seconds - 3, pagefind: 2 },
});

const size = (plans: number, pages: number, seconds: number): SizeFigures => ({
  plans,
  awardees: plans * 10,
  corpusEntries: pages,
  generateSeconds: 1,
  build: build(pages, seconds),
  baseline: build(pages, seconds / 4, 1024 ** 3),
  incremental: build(pages, seconds / 2),
  searches: [
    {
      query: 'thi đua',
      filter: '',
      bytes: 300_000,
      pagefindBytes: 200_000,
      requests: 12,
      milliseconds: 420,
      status: 'Tìm thấy 5 kết quả cho “thi đua”.',
    },
    {
      query: 'thi đua',
      filter: 'loai=Kế hoạch',
      bytes: 320_000,
      pagefindBytes: 210_000,
      requests: 13,
      milliseconds: 480,
      status: 'Tìm thấy 3 kết quả cho “thi đua”.',
    },
  ],
  heaviestContentPage: { path: '/van-ban/x/', type: '/van-ban/[…]/', gzipBytes: 40_000 },
  weightTable: 'Page weight …',
});

const machine: MachineFigures = {
  cpu: 'Test CPU',
  cores: 2,
  memoryBytes: 8 * 1024 ** 3,
  node: 'v24.0.0',
  date: '2026-11-21T09:00:00.000Z',
  commit: 'abc1234',
  loadStart: '1.00, 1.00, 1.00',
  loadEnd: '2.00, 2.00, 2.00',
};

describe('formatting', () => {
  it('formats bytes and seconds', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1500)).toBe('1.5 KB');
    expect(formatBytes(2_500_000)).toBe('2.5 MB');
    expect(formatBytes(3_210_000_000)).toBe('3.21 GB');
    expect(formatSeconds(42)).toBe('42.0 s');
    expect(formatSeconds(725)).toBe('12 min 5 s');
    expect(formatSeconds(719.8)).toBe('12 min 0 s');
  });
  it('aligns a Markdown table', () => {
    expect(
      markdownTable(
        ['a', 'bb'],
        [
          ['x', '1'],
          ['yyyy', '22'],
        ],
        [false, true],
      ),
    ).toBe(['| a    |  bb |', '| ---- | --: |', '| x    |   1 |', '| yyyy |  22 |'].join('\n'));
  });
});

describe('parseBuildSteps', () => {
  it("reads scripts/build.ts's step times", () => {
    const output = [
      '✓ 1/4 /tmp/c/: Đã kiểm tra … (no problems) [5.2s]',
      '✓ 2/4 astro build → .build/stage-1 [253.6s]',
      '✓ 3/4 pagefind: 5012 of 15695 pages indexed [73.4s]',
      '✓ 4/4 swapped into /tmp/out [0.0s]',
      'Xong: trang đã dựng vào /tmp/out (built in 330.7s).',
    ].join('\n');
    expect(parseBuildSteps(output)).toEqual({
      validate: 5.2,
      astro: 253.6,
      pagefind: 73.4,
      total: 330.7,
    });
  });
});

describe('report', () => {
  const sizes = [size(1000, 15_000, 300), size(10_000, 40_000, 800)];

  it('has one row per size with ratios to the baseline and the first build', () => {
    const table = buildTable(sizes);
    expect(table.split('\n')).toHaveLength(4);
    expect(table).toContain('4.00×');
    expect(table).toContain('0.50×');
  });

  it('judges the targets', () => {
    const v = verdicts(sizes);
    expect(v.map((x) => x.verdict)).toEqual(['met', 'met', 'met', 'met', 'met', 'met']);
    const slow = verdicts([size(1000, 15_000, 300), size(10_000, 40_000, 2000)]);
    expect(slow[0]?.verdict).toBe('missed');
    expect(slow[2]).toMatchObject({ verdict: 'met', measured: 'k = 0.824 over 2 sizes' }); // ln(6.67)/ln(10)
    expect(slow[3]).toMatchObject({ verdict: 'missed', measured: 'k = 1.934 over 2 sizes' }); // ln(6.67)/ln(2.67)
    expect(verdicts([size(1000, 15_000, 300)])[0]?.verdict).toBe('not measured');
  });

  it('prints what each added plan costs, which shows growth that a fixed start-up cost hides', () => {
    // 60 s fixed, then 50 ms a plan up to 3000 plans and 70 ms a plan after: faster than linear,
    // though the exponent over the three sizes (≈ 0.81) is under 1.
    const rising = [size(1000, 15_000, 110), size(3000, 20_000, 210), size(10_000, 40_000, 700)];
    expect(marginalCostPerPlan(rising)).toEqual([
      { fromPlans: 1000, toPlans: 3000, secondsPerPlan: 0.05 },
      { fromPlans: 3000, toPlans: 10_000, secondsPerPlan: 0.07 },
    ]);
    expect(buildTimeFitByPlans(rising)?.exponent).toBeLessThan(1);
    const text = renderReport({
      machine,
      command: 'npm run bench -- --sizes 1000,3000,10000',
      ogImages: true,
      sizes: rising,
      sharded: [],
      checkContent: [],
      notRun: [],
    });
    expect(text).toContain(
      'Build time per added plan: 1000 → 3000: 50.0 ms; 3000 → 10000: 70.0 ms.',
    );
    expect(marginalCostPerPlan([size(1000, 15_000, 110)])).toEqual([]);
  });

  it('renders the Markdown document with machine, commit and exponent', () => {
    const text = renderReport({
      machine,
      command: 'npm run bench -- --sizes 1000,10000',
      ogImages: true,
      sizes,
      sharded: [],
      checkContent: ['check:content …'],
      notRun: ['50000 plans: not in --sizes of this run.'],
    });
    expect(text).toContain('abc1234');
    expect(text).toContain('Test CPU, 2 cores');
    expect(text).toContain('**k = 1.000**');
    expect(text).toContain('50000 plans: not in --sizes');
    expect(text).toContain('loai=Kế hoạch');
  });
});

describe('kept notes', () => {
  it('keeps what follows the marker of an earlier report', () => {
    expect(keptNotes(`# Performance\n…\n${notesMarker}\n\n## Notes\n\nhand-written\n`)).toBe(
      '## Notes\n\nhand-written',
    );
    expect(keptNotes('# no marker')).toBe('');
  });
});

describe('an unfinished 10k build', () => {
  it('misses the time target once it ran longer than 15 minutes', () => {
    const stopped: SizeFigures = {
      ...size(10_000, 40_000, 100),
      build: { ...build(0, 2000), ok: false, error: 'stopped', pages: 0 },
    };
    const v = verdicts([size(1000, 15_000, 300), stopped]);
    expect(v[0]).toMatchObject({ verdict: 'missed' });
    expect(v[0]?.measured).toContain('did not finish');
    expect(v[1]).toMatchObject({ verdict: 'not measured' });
    expect(buildTable([stopped])).toContain('unfinished');
  });
});

describe('a size built as province sites and a portal', () => {
  const shard = (name: string, seconds: number, rssGiB: number, portal = false) => ({
    slug: name.toLowerCase(),
    name,
    portal,
    owned: 100,
    borrowed: 3,
    build: build(1000, seconds, rssGiB * 1024 ** 3),
  });
  const sharded: ShardedFigures = {
    plans: 50_000,
    awardees: 500_000,
    corpusEntries: 107_000,
    generateSeconds: 0,
    splitSeconds: 95,
    shards: [shard('Gia Lai', 120, 2.5), shard('Huế', 150, 2.1), shard('Trung ương', 60, 1, true)],
    searches: [
      {
        query: 'thi đua',
        filter: '',
        bytes: 1_400_000,
        pagefindBytes: 1_300_000,
        requests: 90,
        milliseconds: 2500,
        status: 'Tìm thấy 40 kết quả cho “thi đua”.',
      },
    ],
  };

  it('sums the builds and names the slowest site and the largest memory', () => {
    const row = shardedTable([sharded]).split('\n')[2] ?? '';
    expect(row).toContain('3 of 3');
    expect(row).toContain('3000'); // pages of all sites
    expect(row).toContain('5 min 30 s'); // 120 + 150 + 60 s, one after another
    expect(row).toContain('2 min 30 s (Huế)');
    expect(row).toContain('2.50 GiB');
  });

  it('fits time against plans over one-site sizes and the sum of the sharded builds', () => {
    // 1000 plans: 300 s as one site; 50,000 plans: 330 s of shard builds in all → k = ln(1.1)/ln(50).
    const v = verdicts([size(1000, 15_000, 300)], [sharded]);
    const row = v.find((x) => x.target.startsWith('build time against plans'));
    expect(row?.measured).toBe(
      `k = ${(Math.log(330 / 300) / Math.log(50)).toFixed(3)} over 2 sizes`,
    );
    expect(row?.verdict).toBe('met');
    // Without a sharded size there is no such row.
    expect(
      verdicts([size(1000, 15_000, 300)]).some((x) =>
        x.target.startsWith('build time against plans'),
      ),
    ).toBe(false);
  });

  it('renders a section with every site, the portal marked, and its searches', () => {
    const text = renderReport({
      machine,
      command: 'npm run bench -- --sizes 1000 --sharded 50000',
      ogImages: false,
      sizes: [size(1000, 15_000, 300)],
      sharded: [sharded],
      checkContent: [],
      notRun: [],
    });
    expect(text).toContain('## Sharded: one site per province and a portal');
    expect(text).toContain('| Trung ương (portal) |');
    expect(text).toContain('one site at 1000 plans and the sum of the province sites at 50000');
    expect(text).toContain('Tìm thấy 40 kết quả');
  });

  it("holds the portal's first search against the 500 KB target, apart from the one-site rows", () => {
    const v = verdicts([size(1000, 15_000, 300)], [sharded]);
    const portal = v.find((x) => x.target.includes('portal'));
    expect(portal).toMatchObject({ verdict: 'missed' });
    expect(portal?.target).toContain('2 sites and its own');
    expect(portal?.measured).toContain('1.4 MB');
    // No search with one site chosen was run: no row for it.
    expect(v.some((x) => x.target.includes('Tìm trên'))).toBe(false);
  });

  it('holds the portal\'s search of one site chosen under "Tìm trên" against the same target', () => {
    const one = (query: string, bytes: number) => ({
      query,
      filter: 'trang=Gia Lai',
      bytes,
      pagefindBytes: bytes - 10_000,
      requests: 12,
      milliseconds: 700,
      status: `Tìm thấy 12 kết quả cho “${query}” trên Gia Lai.`,
    });
    const scoped = {
      ...sharded,
      searches: [...sharded.searches, one('thi đua', 180_000), one('dang uy', 240_000)],
    };
    const v = verdicts([size(1000, 15_000, 300)], [scoped]);
    expect(v.find((x) => x.target.includes('Tìm trên'))).toEqual({
      target: 'the same portal with one site chosen under "Tìm trên" (Gia Lai) under 500 KB',
      measured: 'largest: 240.0 KB ("dang uy")',
      verdict: 'met',
    });
    // The portal's search of every site is still judged on its own rows.
    expect(v.find((x) => x.target.includes('2 sites and its own'))?.measured).toContain('1.4 MB');
  });
});
