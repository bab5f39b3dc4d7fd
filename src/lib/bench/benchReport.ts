/**
 * The benchmark's figures and how they are printed: a plain-text table for the terminal and the
 * Markdown of docs/performance.md. Pure functions; scripts/bench.ts measures.
 */
import { fitPowerLaw, type PowerLawFit } from './powerLawFit';
import { siteFilterLabel } from '../search/searchFilters';

/** One build (the site or the bare-Astro baseline). */
export interface BuildFigures {
  readonly ok: boolean;
  /** Why the build failed (last lines of its output), when it did. */
  readonly error?: string;
  readonly wallSeconds: number;
  /** Largest sum of VmRSS over the build process and all its descendants, in bytes. */
  readonly peakRssBytes: number;
  /** HTML files in the output (pagefind/ excluded). */
  readonly pages: number;
  readonly distBytes: number;
  readonly pagefindBytes: number;
  /** Step times printed by scripts/build.ts (validate, astro, pagefind), in seconds. */
  readonly steps: Readonly<Record<string, number>>;
}

/** One search in the browser, with an empty cache. */
export interface SearchFigures {
  readonly query: string;
  /** The filter as URL parameters (`loai=Kế hoạch`), or '' for none. */
  readonly filter: string;
  /** Bytes fetched (response bodies as transferred) from opening the page to the rendered results. */
  readonly bytes: number;
  /** The part of `bytes` that is the Pagefind index, fragments and its runtime. */
  readonly pagefindBytes: number;
  readonly requests: number;
  /** From navigation start until the status line reports the results. */
  readonly milliseconds: number;
  /** The status line the page showed ("Tìm thấy 123 kết quả …"). */
  readonly status: string;
}

/** The heaviest built page of one kind, first visit (HTML + CSS + JS, gzip). */
export interface PageFigure {
  readonly path: string;
  readonly type: string;
  readonly gzipBytes: number;
}

/** Everything measured for one corpus size. */
export interface SizeFigures {
  readonly plans: number;
  readonly awardees: number;
  /** Entries the corpus generator wrote (documents, organizations, decisions, …). */
  readonly corpusEntries: number;
  readonly generateSeconds: number;
  readonly build: BuildFigures;
  readonly baseline: BuildFigures | null;
  readonly incremental: BuildFigures | null;
  readonly searches: readonly SearchFigures[];
  readonly heaviestContentPage: PageFigure | null;
  /** The page-weight table (scripts/page-weight.ts formatWeights) of this build, or ''. */
  readonly weightTable: string;
}

/** One site of a sharded build: a province (or the central organizations, who also build the portal). */
export interface ShardFigures {
  /** The SHARD_PROVINCES value (`gia-lai`, `trung-uong`). */
  readonly slug: string;
  /** The name its pages show ("Gia Lai"). */
  readonly name: string;
  /** Whether this site is the portal (built with PORTAL_SHARDS listing every other shard). */
  readonly portal: boolean;
  /** Entries it publishes as its own, and entries it carries as reference copies (selectShard). */
  readonly owned: number;
  readonly borrowed: number;
  readonly build: BuildFigures;
}

/**
 * A corpus size built as one site per province plus a portal (`npm run bench -- --sharded N`), one
 * build after another on the same machine.
 */
export interface ShardedFigures {
  readonly plans: number;
  readonly awardees: number;
  readonly corpusEntries: number;
  readonly generateSeconds: number;
  /** Reading and parsing the corpus once, selecting every shard and copying its files, in seconds. */
  readonly splitSeconds: number;
  readonly shards: readonly ShardFigures[];
  /** Searches on the portal's search page, which searches every shard (bytes of all sites together). */
  readonly searches: readonly SearchFigures[];
}

/** Where and when the figures were taken. */
export interface MachineFigures {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryBytes: number;
  readonly node: string;
  readonly date: string;
  readonly commit: string;
  readonly loadStart: string;
  readonly loadEnd: string;
}

export interface BenchReport {
  readonly machine: MachineFigures;
  readonly command: string;
  readonly ogImages: boolean;
  readonly sizes: readonly SizeFigures[];
  /** Sizes built as province shards and a portal (--sharded); may be empty. */
  readonly sharded: readonly ShardedFigures[];
  /** check:content and other lines from the existing benchmark. */
  readonly checkContent: readonly string[];
  /** What was not run, and why. */
  readonly notRun: readonly string[];
}

/** Targets of GitHub issue 7. */
export const targets = {
  tenKBuildSeconds: 15 * 60,
  tenKPeakRssBytes: 6 * 1024 ** 3,
  maxExponent: 1.1,
  firstSearchBytes: 500 * 1000,
  contentPageBytes: 60 * 1000,
} as const;

/** Bytes as "1.2 MB" / "340 KB" (decimal units, like browsers' network panels). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '–';
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} KB`;
  return `${String(bytes)} B`;
}

/** Memory as GiB with two decimals. */
export const formatGiB = (bytes: number): string => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;

/** Seconds as "42.0 s" or "12 min 3 s". */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '–';
  if (seconds < 120) return `${seconds.toFixed(1)} s`;
  // Round to whole seconds first: 719.8 s is "12 min 0 s", not "11 min 60 s".
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return `${String(minutes)} min ${String(whole - minutes * 60)} s`;
}

const ratio = (a: number, b: number): string =>
  b > 0 && Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '–';

/**
 * Step times from scripts/build.ts's output: "✓ 1/4 … [3.2s]" → validate, "✓ 2/4 astro build …" →
 * astro, "✓ 3/4 pagefind …" → pagefind, "(built in 12.3s)" → total.
 */
export function parseBuildSteps(output: string): Record<string, number> {
  const steps: Record<string, number> = {};
  const names: Record<string, string> = { '1': 'validate', '2': 'astro', '3': 'pagefind' };
  for (const match of output.matchAll(/^✓ ([123])\/4 .*\[(\d+(?:\.\d+)?)s\]\s*$/gm)) {
    const name = names[match[1] ?? ''];
    if (name !== undefined) steps[name] = Number(match[2]);
  }
  const total = /\(built in (\d+(?:\.\d+)?)s\)/.exec(output);
  if (total?.[1] !== undefined) steps['total'] = Number(total[1]);
  return steps;
}

/** Rows and aligned columns as Markdown (`| a | b |`), numbers right-aligned by the caller's choice. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: readonly boolean[] = [],
): string {
  const widths = header.map((h, i) =>
    Math.max(3, h.length, ...rows.map((r) => (r[i] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells
      .map((c, i) =>
        rightAligned[i] === true ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0),
      )
      .join(' | ')} |`;
  const rule = `| ${widths
    .map((w, i) => (rightAligned[i] === true ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w)))
    .join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The build table: one row per size, real build and (when run) baseline and incremental rebuild. */
export function buildTable(sizes: readonly SizeFigures[]): string {
  const header = [
    'plans',
    'awardees',
    'pages',
    'build',
    'pages/s',
    'peak RSS',
    'dist/',
    'pagefind/',
    'baseline build',
    'baseline RSS',
    'time ÷ baseline',
    'RSS ÷ baseline',
    'rebuild (1 doc)',
    'rebuild ÷ first',
  ];
  const rows = sizes.map((s) => {
    const b = s.build;
    const base = s.baseline;
    const inc = s.incremental;
    return [
      String(s.plans),
      String(s.awardees),
      b.ok ? String(b.pages) : 'unfinished',
      b.ok ? formatSeconds(b.wallSeconds) : `> ${formatSeconds(b.wallSeconds)}`,
      b.ok && b.wallSeconds > 0 ? (b.pages / b.wallSeconds).toFixed(1) : '–',
      formatGiB(b.peakRssBytes),
      b.ok ? formatBytes(b.distBytes) : '–',
      b.ok ? formatBytes(b.pagefindBytes) : '–',
      base === null ? 'not run' : base.ok ? formatSeconds(base.wallSeconds) : 'failed',
      base?.ok === true ? formatGiB(base.peakRssBytes) : '–',
      base?.ok === true && b.ok ? ratio(b.wallSeconds, base.wallSeconds) : '–',
      base?.ok === true && b.ok ? ratio(b.peakRssBytes, base.peakRssBytes) : '–',
      inc === null ? 'not run' : inc.ok ? formatSeconds(inc.wallSeconds) : 'failed',
      inc?.ok === true && b.ok ? ratio(inc.wallSeconds, b.wallSeconds) : '–',
    ];
  });
  return markdownTable(
    header,
    rows,
    header.map(() => true),
  );
}

/** The step times of each build (validation, astro build, Pagefind) in seconds. */
export function stepsTable(sizes: readonly SizeFigures[]): string {
  const rows: string[][] = [];
  for (const s of sizes) {
    const add = (what: string, b: BuildFigures | null): void => {
      if (b === null) return;
      const step = (name: string): string =>
        b.steps[name] === undefined ? '–' : formatSeconds(b.steps[name]);
      rows.push([
        String(s.plans),
        what,
        step('validate'),
        step('astro'),
        step('pagefind'),
        formatSeconds(b.wallSeconds),
      ]);
    };
    add('site', s.build);
    add('site, rebuild after 1 change', s.incremental);
    add('baseline (astro build only)', s.baseline);
  }
  return markdownTable(
    ['plans', 'build', 'validate', 'astro build', 'pagefind', 'wall (whole process)'],
    rows,
    [true, false, true, true, true, true],
  );
}

/** The search table: one row per size and query (of a site, or of a sharded size's portal). */
export function searchTable(
  sizes: readonly Pick<SizeFigures | ShardedFigures, 'plans' | 'searches'>[],
): string {
  const rows: string[][] = [];
  for (const s of sizes) {
    for (const q of s.searches) {
      rows.push([
        String(s.plans),
        `"${q.query}"`,
        q.filter === '' ? '–' : q.filter,
        formatBytes(q.bytes),
        formatBytes(q.pagefindBytes),
        String(q.requests),
        `${Math.round(q.milliseconds)} ms`,
        q.status,
      ]);
    }
  }
  return markdownTable(
    ['plans', 'query', 'filter', 'fetched', 'of which Pagefind', 'requests', 'time', 'page said'],
    rows,
    [true, false, false, true, true, true, true, false],
  );
}

/** The sum of one figure over the shards that built. */
const sumOf = (shards: readonly ShardFigures[], figure: (b: BuildFigures) => number): number =>
  shards.reduce((sum, s) => sum + (s.build.ok ? figure(s.build) : 0), 0);

/**
 * The sharded builds, one row per size: how many sites built, their pages, the sum and the slowest of
 * their build times, the largest peak RSS of any one build, and the output of all of them together.
 */
export function shardedTable(sharded: readonly ShardedFigures[]): string {
  const rows = sharded.map((s) => {
    const built = s.shards.filter((x) => x.build.ok);
    const slowest = s.shards.reduce<ShardFigures | null>(
      (a, b) => (a === null || b.build.wallSeconds > a.build.wallSeconds ? b : a),
      null,
    );
    const peak = Math.max(0, ...s.shards.map((x) => x.build.peakRssBytes));
    const total = sumOf(s.shards, (b) => b.wallSeconds);
    return [
      String(s.plans),
      String(s.awardees),
      `${String(built.length)} of ${String(s.shards.length)}`,
      String(sumOf(s.shards, (b) => b.pages)),
      formatSeconds(s.splitSeconds),
      formatSeconds(total),
      total > 0 ? (sumOf(s.shards, (b) => b.pages) / total).toFixed(1) : '–',
      slowest === null ? '–' : `${formatSeconds(slowest.build.wallSeconds)} (${slowest.name})`,
      formatGiB(peak),
      formatBytes(sumOf(s.shards, (b) => b.distBytes)),
      formatBytes(sumOf(s.shards, (b) => b.pagefindBytes)),
    ];
  });
  return markdownTable(
    [
      'plans',
      'awardees',
      'sites built',
      'pages',
      'split',
      'builds, one after another',
      'pages/s',
      'slowest site',
      'largest peak RSS',
      'dist/ (all)',
      'pagefind/ (all)',
    ],
    rows,
    [true, true, true, true, true, true, true, false, true, true, true],
  );
}

/** Every site of a sharded size: its entries, pages, build time, peak RSS and output. */
export function shardsTable(sharded: ShardedFigures): string {
  return markdownTable(
    ['site', 'own entries', 'reference copies', 'pages', 'build', 'peak RSS', 'dist/', 'pagefind/'],
    sharded.shards.map((s) => [
      s.portal ? `${s.name} (portal)` : s.name,
      String(s.owned),
      String(s.borrowed),
      s.build.ok ? String(s.build.pages) : 'failed',
      formatSeconds(s.build.wallSeconds),
      formatGiB(s.build.peakRssBytes),
      s.build.ok ? formatBytes(s.build.distBytes) : '–',
      s.build.ok ? formatBytes(s.build.pagefindBytes) : '–',
    ]),
    [false, true, true, true, true, true, true, true],
  );
}

/** A target and whether it is met, or "not measured". */
export interface TargetVerdict {
  readonly target: string;
  readonly measured: string;
  readonly verdict: 'met' | 'missed' | 'not measured';
}

/** What one more plan costs between two sizes built as one site. */
export interface MarginalCost {
  readonly fromPlans: number;
  readonly toPlans: number;
  /** (t₂ − t₁) / (plans₂ − plans₁), in seconds of build per plan. */
  readonly secondsPerPlan: number;
}

/**
 * The build time each added plan costs between consecutive sizes built as one site, smallest first.
 * Linear growth with a fixed start-up cost keeps it flat; a cost that rises from one step to the next
 * is growth faster than linear, which a two-size exponent can hide behind the fixed cost.
 *
 * @returns one step per pair of consecutive sizes (empty with fewer than two)
 */
export function marginalCostPerPlan(sizes: readonly SizeFigures[]): MarginalCost[] {
  const built = sizes.filter((s) => s.build.ok).toSorted((a, b) => a.plans - b.plans);
  return built.slice(1).flatMap((to, i) => {
    const from = built[i];
    if (from === undefined || to.plans === from.plans) return [];
    return [
      {
        fromPlans: from.plans,
        toPlans: to.plans,
        secondsPerPlan: (to.build.wallSeconds - from.build.wallSeconds) / (to.plans - from.plans),
      },
    ];
  });
}

/** The fit of site build time vs pages over the sizes that built. */
export function buildTimeFit(sizes: readonly SizeFigures[]): PowerLawFit | null {
  return fitPowerLaw(
    sizes
      .filter((s) => s.build.ok)
      .map((s) => ({ size: s.build.pages, value: s.build.wallSeconds })),
  );
}

/**
 * The fit of build time vs corpus size in plans (documents), over every size built: one site's wall
 * time, and for a size built as province sites (--sharded) the sum of their builds, one after another
 * on the same machine. Plans are the issue's own axis ("corpora of 1k, 10k and 50k documents"):
 * validation, Pagefind and the plan and decision pages grow with them, while {@link buildTimeFit}
 * (against pages, one site; the stricter reading) also counts pages whose number does not grow with
 * the corpus (every organization has a page at every size). Sizes present both ways count once, as
 * shards; without `sharded`, the fit is over the one-site builds alone.
 */
export function buildTimeFitByPlans(
  sizes: readonly SizeFigures[],
  sharded: readonly ShardedFigures[] = [],
): PowerLawFit | null {
  const points = planPoints(sizes, sharded);
  return fitPowerLaw([
    ...points.oneSite.map((s) => ({ size: s.plans, value: s.build.wallSeconds })),
    ...points.sharded.map((s) => ({
      size: s.plans,
      value: sumOf(s.shards, (b) => b.wallSeconds),
    })),
  ]);
}

/** The sizes {@link buildTimeFitByPlans} fits: sharded sizes whose sites all built, other sizes built as one site. */
function planPoints(
  sizes: readonly SizeFigures[],
  sharded: readonly ShardedFigures[],
): { oneSite: SizeFigures[]; sharded: ShardedFigures[] } {
  const built = sharded.filter((s) => s.shards.every((x) => x.build.ok));
  return {
    oneSite: sizes.filter((s) => s.build.ok && !built.some((x) => x.plans === s.plans)),
    sharded: built,
  };
}

/**
 * The issue's targets against the figures. The targets are about one site; a sharded size adds a row
 * for its portal's first search (every shard's index fetched), held against the same 500 KB, and one
 * for the portal's search of a single site chosen under "Tìm trên" (filter `trang=<name>`), when run.
 */
export function verdicts(
  sizes: readonly SizeFigures[],
  sharded: readonly ShardedFigures[] = [],
): TargetVerdict[] {
  const out: TargetVerdict[] = [];
  const tenKRun = sizes.find((s) => s.plans === 10_000);
  const tenK = tenKRun?.build.ok === true ? tenKRun : undefined;
  const buildTarget = '10k documents + 100k awardees build in under 15 min';
  const rssTarget = 'peak RSS of that build under 6 GiB';
  if (tenKRun !== undefined && tenK === undefined) {
    // A build that failed or was stopped: a lower bound of its time and memory.
    const b = tenKRun.build;
    out.push({
      target: buildTarget,
      measured: `did not finish: stopped or failed after ${formatSeconds(b.wallSeconds)}`,
      verdict: b.wallSeconds >= targets.tenKBuildSeconds ? 'missed' : 'not measured',
    });
    out.push({
      target: rssTarget,
      measured: `at least ${formatGiB(b.peakRssBytes)} before it stopped`,
      verdict: b.peakRssBytes >= targets.tenKPeakRssBytes ? 'missed' : 'not measured',
    });
  } else {
    out.push(
      tenK === undefined
        ? { target: buildTarget, measured: '', verdict: 'not measured' }
        : {
            target: buildTarget,
            measured: formatSeconds(tenK.build.wallSeconds),
            verdict: tenK.build.wallSeconds < targets.tenKBuildSeconds ? 'met' : 'missed',
          },
    );
    out.push(
      tenK === undefined
        ? { target: rssTarget, measured: '', verdict: 'not measured' }
        : {
            target: rssTarget,
            measured: formatGiB(tenK.build.peakRssBytes),
            verdict: tenK.build.peakRssBytes < targets.tenKPeakRssBytes ? 'met' : 'missed',
          },
    );
  }
  const exponentRow = (target: string, fit: PowerLawFit | null): TargetVerdict =>
    fit === null
      ? { target, measured: 'needs two sizes', verdict: 'not measured' }
      : {
          target,
          measured: `k = ${fit.exponent.toFixed(3)} over ${String(fit.points)} sizes`,
          verdict: fit.exponent <= targets.maxExponent ? 'met' : 'missed',
        };
  out.push(
    exponentRow(
      `build time grows no worse than linearly with the corpus: exponent against plans, one site (≤ ${String(targets.maxExponent)})`,
      buildTimeFitByPlans(sizes),
    ),
    exponentRow(
      `the same against HTML pages written, the stricter reading (≤ ${String(targets.maxExponent)})`,
      buildTimeFit(sizes),
    ),
  );
  const byPlans = buildTimeFitByPlans(sizes, sharded);
  if (sharded.length > 0 && byPlans !== null) {
    out.push({
      target: `build time against plans, with ${sharded.map((s) => String(s.plans)).join(', ')} built as province sites (exponent ≤ ${String(targets.maxExponent)})`,
      measured: `k = ${byPlans.exponent.toFixed(3)} over ${String(byPlans.points)} sizes`,
      verdict: byPlans.exponent <= targets.maxExponent ? 'met' : 'missed',
    });
  }
  const first = sizes.flatMap((s) => s.searches.filter((q) => q.filter === ''));
  const worstFirst = first.reduce<SearchFigures | null>(
    (a, b) => (a === null || b.bytes > a.bytes ? b : a),
    null,
  );
  out.push(
    worstFirst === null
      ? { target: 'first search fetches under 500 KB', measured: '', verdict: 'not measured' }
      : {
          target: 'first search fetches under 500 KB',
          measured: `largest: ${formatBytes(worstFirst.bytes)} ("${worstFirst.query}")`,
          verdict: worstFirst.bytes < targets.firstSearchBytes ? 'met' : 'missed',
        },
  );
  for (const s of sharded) {
    const portalFirst = s.searches.filter((q) => q.filter === '');
    if (portalFirst.length === 0) continue;
    const worst = portalFirst.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    out.push({
      target: `first search on the portal of ${String(s.plans)} plans (${String(s.shards.length - 1)} sites and its own) under 500 KB`,
      measured: `largest: ${formatBytes(worst.bytes)} ("${worst.query}")`,
      verdict: worst.bytes < targets.firstSearchBytes ? 'met' : 'missed',
    });
    // The same portal with one site chosen under "Tìm trên" (?trang=): only that shard's index loads.
    const scoped = s.searches.filter((q) => q.filter.startsWith(`${siteFilterLabel.param}=`));
    if (scoped.length === 0) continue;
    const worstScoped = scoped.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const site = new URLSearchParams(worstScoped.filter).get(siteFilterLabel.param) ?? '';
    out.push({
      target: `the same portal with one site chosen under "Tìm trên" (${site}) under 500 KB`,
      measured: `largest: ${formatBytes(worstScoped.bytes)} ("${worstScoped.query}")`,
      verdict: worstScoped.bytes < targets.firstSearchBytes ? 'met' : 'missed',
    });
  }
  const pages = sizes.flatMap((s) =>
    s.heaviestContentPage === null ? [] : [s.heaviestContentPage],
  );
  const heaviest = pages.reduce<PageFigure | null>(
    (a, b) => (a === null || b.gzipBytes > a.gzipBytes ? b : a),
    null,
  );
  out.push(
    heaviest === null
      ? {
          target: 'a content page under 60 KB transferred (no images)',
          measured: '',
          verdict: 'not measured',
        }
      : {
          target: 'a content page under 60 KB transferred (no images)',
          measured: `heaviest: ${formatBytes(heaviest.gzipBytes)} gzip, ${heaviest.path}`,
          verdict: heaviest.gzipBytes < targets.contentPageBytes ? 'met' : 'missed',
        },
  );
  return out;
}

/** The line after which docs/performance.md holds hand-written notes that a new run keeps. */
export const notesMarker =
  '<!-- bench: everything below this line is kept when npm run bench rewrites the file -->';

/** The hand-written part of an earlier report (from {@link notesMarker} on), or ''. */
export function keptNotes(previous: string): string {
  const at = previous.indexOf(notesMarker);
  return at < 0 ? '' : previous.slice(at + notesMarker.length).trim();
}

/** The exponent against plans and the cost of each added plan, under the build tables, or nothing. */
function growthByPlansLines(sizes: readonly SizeFigures[]): string[] {
  const fit = buildTimeFitByPlans(sizes);
  if (fit === null) return [];
  const steps = marginalCostPerPlan(sizes).map(
    (m) =>
      `${String(m.fromPlans)} → ${String(m.toPlans)}: ${(m.secondsPerPlan * 1000).toFixed(1)} ms`,
  );
  return [
    `Against plans, one site: **k = ${fit.exponent.toFixed(3)}** (r² = ${fit.rSquared.toFixed(3)}, ${String(fit.points)} sizes). Build time per added plan: ${steps.join('; ')}.`,
    '',
  ];
}

/** The sentence giving {@link buildTimeFitByPlans} under the sharded table, or nothing. */
function byPlansLines(report: BenchReport): string[] {
  const fit = buildTimeFitByPlans(report.sizes, report.sharded);
  if (fit === null) return [];
  const points = planPoints(report.sizes, report.sharded);
  const list = (figures: readonly { plans: number }[]): string =>
    figures.map((x) => String(x.plans)).join(', ');
  return [
    `Build time against plans, one site at ${list(points.oneSite)} plans and the sum of the province sites at ${list(points.sharded)}: **k = ${fit.exponent.toFixed(3)}** (r² = ${fit.rSquared.toFixed(3)}, ${String(fit.points)} sizes).`,
    '',
  ];
}

/**
 * The whole report as Markdown (docs/performance.md).
 *
 * @param notes hand-written notes kept from the previous file ({@link keptNotes})
 */
export function renderReport(report: BenchReport, notes = ''): string {
  const m = report.machine;
  const fit = buildTimeFit(report.sizes);
  const baselineFit = fitPowerLaw(
    report.sizes
      .filter((s) => s.baseline?.ok === true)
      .map((s) => ({ size: s.baseline?.pages ?? 0, value: s.baseline?.wallSeconds ?? 0 })),
  );
  const lines: string[] = [
    '# Performance',
    '',
    'Written by `npm run bench` (scripts/bench.ts; GitHub issue 7). Re-run it to refresh this file;',
    'hand-written notes below the marker line near the end are kept.',
    '',
    '## Machine and run',
    '',
    `- Date: ${m.date}`,
    `- Commit: ${m.commit}`,
    `- CPU: ${m.cpu}, ${String(m.cores)} cores; RAM ${formatGiB(m.memoryBytes)}`,
    `- Node ${m.node}`,
    `- Load average (1, 5, 15 min) at start: ${m.loadStart}; at end: ${m.loadEnd}. Other processes`,
    '  (test runs) shared the machine, so times are upper bounds of an idle machine.',
    `- Command: \`${report.command}\``,
    `- Share images: ${report.ogImages ? 'real (satori + resvg), cache empty at the first build of each size' : 'placeholders (SKIP_OG_IMAGES=1)'}`,
    '',
    '## Build',
    '',
    buildTable(report.sizes),
    '',
    '"build" is the wall time of `scripts/build.ts` (validation, astro build, Pagefind, swap) with',
    'empty caches; "peak RSS" is the largest sum of VmRSS over that process and all its descendants',
    '(sampled from /proc every 200 ms). "pages" counts the .html files written. The baseline is a bare',
    'Astro project (scripts/bench/baseline/) with the same `glob` loaders over the same corpus, one',
    'trivial page per entry plus filler pages up to the same number of HTML pages, no Pagefind.',
    '',
    stepsTable(report.sizes),
    '',
    fit === null
      ? 'Fitted exponent: needs at least two sizes.'
      : `Fitted exponent of build time vs pages (least squares on log–log, t ≈ c·n^k): **k = ${fit.exponent.toFixed(3)}** (r² = ${fit.rSquared.toFixed(3)}, ${String(fit.points)} sizes).${baselineFit === null ? '' : ` Baseline: k = ${baselineFit.exponent.toFixed(3)}.`}`,
    '',
    ...growthByPlansLines(report.sizes),
    '## Search in the browser',
    '',
    report.sizes.some((s) => s.searches.length > 0)
      ? searchTable(report.sizes)
      : 'Not measured in this run.',
    '',
    'Each row opens `/tim-kiem/?q=…` in a fresh Chromium context (empty cache), from navigation to the',
    'status line\'s result count. "fetched" sums the response bodies as sent (HTTP headers not counted)',
    'by a server that gzips HTML, CSS, JS and JSON like a',
    "production host (scripts/bench/gzipServer.ts); Pagefind's index files are gzip-compressed by Pagefind.",
    '',
  ];
  if (report.sharded.length > 0) {
    lines.push(
      '## Sharded: one site per province and a portal',
      '',
      shardedTable(report.sharded),
      '',
      ...byPlansLines(report),
      '"split" reads and parses the corpus once and copies each site\'s files into a folder of its own',
      '(`selectEveryProvince`); each site is then built by `scripts/build.ts` with `SHARD_PROVINCES` from that',
      "folder, one after another, the central organizations' site last with `PORTAL_SHARDS` listing",
      'every province. "builds, one after another" is the sum of their wall times, which separate',
      'machines would divide; "largest peak RSS" is the most any one build needed.',
      '',
    );
    for (const s of report.sharded) {
      lines.push(`${String(s.plans)} plans, every site:`, '', shardsTable(s), '');
      if (s.searches.length > 0) {
        lines.push(
          `Search on the portal of ${String(s.plans)} plans (every site served on its own origin; bytes of all of them):`,
          '',
          searchTable([s]),
          '',
        );
      }
    }
  }
  lines.push('## Page weight', '');
  for (const s of report.sizes) {
    if (s.weightTable === '') continue;
    lines.push(`${String(s.plans)} plans:`, '', '```text', s.weightTable, '```', '');
  }
  lines.push(
    '## Targets',
    '',
    markdownTable(
      ['target', 'measured', 'verdict'],
      verdicts(report.sizes, report.sharded).map((v) => [v.target, v.measured, v.verdict]),
    ),
    '',
  );
  if (report.checkContent.length > 0) {
    lines.push(
      '## check:content (shipped content)',
      '',
      '```text',
      ...report.checkContent,
      '```',
      '',
    );
  }
  lines.push('## Not run', '');
  lines.push(
    ...(report.notRun.length === 0
      ? ['Everything requested was run.']
      : report.notRun.map((n) => `- ${n}`)),
    '',
    notesMarker,
    '',
  );
  if (notes !== '') lines.push(notes, '');
  return lines.join('\n');
}
