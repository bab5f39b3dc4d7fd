/**
 * `npm run bench`: prints the project's speed and size figures; no pass/fail (targets are shown next
 * to the figures). Tests never time anything; this script does. Logic and formatting live in
 * src/lib/bench/ (unit-tested); the measuring helpers in scripts/bench/.
 *
 * `npm run bench -- [--sizes 1000,10000,50000] [--seed 1] [--skip-browser] [--skip-baseline]
 * [--skip-og] [--incremental] [--reuse] [--sharded 50000] [--out docs/performance.md]
 * [--work /tmp/bench]` (`--help`).
 *
 * Figures:
 * - `npm run check:content` on the shipped content: the wall time an editor waits after saving (a
 *   fresh process, as the npm script runs it), and the time of the validation pass alone (median of 5
 *   runs in this process).
 * - For each corpus size (plans; 10 awardees per plan, one decision of 10 awardees per plan): the
 *   synthetic corpus (scripts/corpus.ts, kept in --work and reused when its arguments match), then
 *   scripts/build.ts into a temporary output with empty caches: wall time, pages per second, peak RSS
 *   of the whole process tree, dist/ and pagefind/ bytes; search in Chromium (bytes fetched and time
 *   for three queries, without and with a filter); the page weight of every page type; a bare-Astro
 *   baseline over the same corpus (scripts/bench/baseline/) built to the same number of HTML pages; with
 *   --incremental, a second build after changing one document, with the same caches.
 * - With --sharded N: the corpus of N plans as one site per province plus a portal (GitHub issue 7:
 *   one site does not build at 50,000 plans on 2 cores and 24 GiB, see docs/performance.md). The
 *   corpus is read, parsed and split once (`selectEveryProvince`), each shard's files copied into
 *   `--work/shards-<tag>/<province>/content`; then `scripts/build.ts` builds each site from its folder
 *   with SHARD_PROVINCES, one after another, the central organizations' site last as the portal
 *   (PORTAL_SHARDS listing every province). Every site is served on its own 127.0.0.1 origin, and the
 *   searches run on the portal, counting the bytes of all sites: every site, every site with the
 *   filter, and the province site with the most pages chosen under "Tìm trên" (`trang=`).
 * - With --sizes 0: only check:content and the page weight of the built site in OUT_DIR (default dist).
 *
 * Each size's figures are also saved as JSON in --work (results-<plans>-s<seed>[-skip-og].json).
 * Builds run one at a time: Astro writes generated files into the project's .astro/ folder.
 *
 * Environment: CONTENT_DIR (default ./content), OUT_DIR (default dist) for the check:content and
 * page-weight part.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readContentSources, validateContent } from '../src/lib/validation/index';
import { centralProvinceSlug, selectEveryProvince } from '../src/lib/shard/selectShard';
import {
  BenchUsageError,
  benchUsage,
  parseBenchArguments,
  type BenchOptions,
} from '../src/lib/bench/benchArguments';
import {
  buildTable,
  buildTimeFit,
  buildTimeFitByPlans,
  keptNotes,
  parseBuildSteps,
  renderReport,
  searchTable,
  verdicts,
  type BenchReport,
  type BuildFigures,
  type MachineFigures,
  type PageFigure,
  type ShardFigures,
  type ShardedFigures,
  type SizeFigures,
  shardedTable,
} from '../src/lib/bench/benchReport';
import { folderBytes, htmlPageCount } from '../src/lib/bench/folderSize';
import { parseCpuInfo, parseMemTotal } from '../src/lib/bench/processMemory';
import { runMeasured } from './bench/processTree';
import { benchFilter, measurePortalSearches, measureSearches } from './bench/searchBench';
import { siteFilterLabel } from '../src/lib/search/searchFilters';
import { serveCompressed, type GzipServer } from './bench/gzipServer';
import { copyShardFiles } from './shard/copyShard';
import { formatWeights, measureSite } from './page-weight';
import { weightByType } from '../src/lib/pageWeight/pageWeight';

const root = process.cwd();
const contentDir = resolve(process.env['CONTENT_DIR'] ?? './content');
const outDir = resolve(process.env['OUT_DIR'] ?? 'dist');

/** Target for the editor's save loop: a check an editor does not have to wait for. */
const checkTargetSeconds = 2;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const log = (text: string): void => {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}`);
};

async function benchCheckContent(): Promise<string[]> {
  const started = performance.now();
  const cli = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts'], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  const wall = (performance.now() - started) / 1000;
  const runs: number[] = [];
  let files = 0;
  for (let i = 0; i < 5; i += 1) {
    const t = performance.now();
    const result = await validateContent(contentDir);
    runs.push((performance.now() - t) / 1000);
    const c = result.counts;
    files =
      c.documents +
      c.organizations +
      c.awardForms +
      c.awardDecisions +
      (c.exemplars ?? 0) +
      (c.movements ?? 0);
  }
  return [
    `check:content on ${contentDir} (${String(files)} entries, exit code ${String(cli.status)})`,
    `  npm run check:content, wall time: ${wall.toFixed(2)} s (target under ${String(checkTargetSeconds)} s)`,
    `  validation pass alone, median of 5: ${median(runs).toFixed(3)} s`,
  ];
}

function machine(loadStart: string): MachineFigures {
  const read = (path: string): string => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return '';
    }
  };
  const cpu = parseCpuInfo(read('/proc/cpuinfo'));
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim();
    if (dirty !== '') commit += ' (with uncommitted changes)';
  } catch {
    // not a git checkout
  }
  return {
    cpu: cpu.model,
    cores: cpu.processors,
    memoryBytes: parseMemTotal(read('/proc/meminfo')) ?? 0,
    node: process.version,
    date: new Date().toISOString(),
    commit,
    loadStart,
    loadEnd: loadStart,
  };
}

const loadAverage = (): string =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');

/** Files a collection folder holds (drafts `_*` excluded), as the glob loaders read them. */
function entryCount(dir: string, folder: string, extension: string): number {
  try {
    return readdirSync(join(dir, folder), { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith(extension) && !f.split(/[\\/]/).some((part) => part.startsWith('_')),
    ).length;
  } catch {
    return 0;
  }
}

/** Writes (or reuses) the corpus of `plans` plans. */
async function corpus(
  options: BenchOptions,
  plans: number,
): Promise<{ dir: string; seconds: number }> {
  const dir = join(options.work, `corpus-${String(plans)}-s${options.seed}`);
  const args = [
    '--out',
    dir,
    '--plans',
    String(plans),
    '--awardees',
    String(plans * options.awardeesPerPlan),
    '--seed',
    options.seed,
  ];
  const marker = `${dir}.args.json`;
  if (existsSync(join(dir, 'documents')) && existsSync(marker)) {
    if ((await readFile(marker, 'utf8')) === JSON.stringify(args)) {
      log(`corpus ${dir}: reused (same arguments)`);
      return { dir, seconds: 0 };
    }
  }
  log(`corpus: scripts/corpus.ts ${args.join(' ')}`);
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/corpus.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`corpus generation failed:\n${run.stdout}${run.stderr}`);
  await writeFile(marker, JSON.stringify(args));
  return { dir, seconds: (performance.now() - started) / 1000 };
}

const failedBuild = (output: string, wallSeconds: number, peak: number): BuildFigures => ({
  ok: false,
  error: output.trimEnd().split('\n').slice(-15).join('\n'),
  wallSeconds,
  peakRssBytes: peak,
  pages: 0,
  distBytes: 0,
  pagefindBytes: 0,
  steps: {},
});

/**
 * scripts/build.ts into `out`, measured; retried once when another build broke .astro/.
 *
 * @param extraEnv shard and portal settings (SHARD_PROVINCES, SITE_URL, PORTAL_SHARDS), or none
 */
async function siteBuild(
  options: BenchOptions,
  content: string,
  out: string,
  caches: string,
  extraEnv: Readonly<Record<string, string>> = {},
): Promise<BuildFigures> {
  for (let attempt = 1; ; attempt += 1) {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: out,
      ASTRO_CACHE_DIR: join(caches, 'astro'),
      OG_CACHE_DIR: join(caches, 'og'),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...extraEnv,
    };
    delete env['SKIP_OG_IMAGES'];
    if (options.skipOg) env['SKIP_OG_IMAGES'] = '1';
    const run = await runMeasured(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      cwd: root,
      env,
      echo: (text) => {
        for (const line of text.split('\n')) if (line.startsWith('✓')) log(`  ${line}`);
      },
    });
    if (run.code !== 0) {
      if (attempt < 2 && /UnknownContentCollectionError/.test(run.output)) {
        log('  build failed with UnknownContentCollectionError (a concurrent build?); retrying');
        continue;
      }
      return failedBuild(run.output, run.wallSeconds, run.peakRssBytes);
    }
    return {
      ok: true,
      wallSeconds: run.wallSeconds,
      peakRssBytes: run.peakRssBytes,
      pages: htmlPageCount(out),
      distBytes: folderBytes(out),
      pagefindBytes: folderBytes(join(out, 'pagefind')),
      steps: parseBuildSteps(run.output),
    };
  }
}

/** The bare-Astro baseline over the same corpus, with filler pages up to `pages` HTML pages. */
async function baselineBuild(
  options: BenchOptions,
  content: string,
  pages: number,
): Promise<BuildFigures> {
  const entries =
    entryCount(content, 'documents', '.md') +
    entryCount(content, 'organizations', '.json') +
    entryCount(content, 'award-forms', '.json') +
    entryCount(content, 'award-decisions', '.json') +
    entryCount(content, 'movements', '.json');
  const filler = Math.max(0, pages - entries - 1);
  const out = join(options.work, `baseline-out-${String(pages)}`);
  const cache = join(options.work, `baseline-cache-${String(pages)}`);
  await rm(out, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
  const run = await runMeasured(
    process.execPath,
    [
      resolve('node_modules/astro/bin/astro.mjs'),
      'build',
      '--root',
      resolve('scripts/bench/baseline'),
      '--outDir',
      out,
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        BENCH_CONTENT_DIR: content,
        BENCH_FILLER_PAGES: String(filler),
        ASTRO_CACHE_DIR: cache,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  );
  if (run.code !== 0) return failedBuild(run.output, run.wallSeconds, run.peakRssBytes);
  const result: BuildFigures = {
    ok: true,
    wallSeconds: run.wallSeconds,
    peakRssBytes: run.peakRssBytes,
    pages: htmlPageCount(out),
    distBytes: folderBytes(out),
    pagefindBytes: 0,
    steps: { astro: run.wallSeconds },
  };
  await rm(out, { recursive: true, force: true });
  return result;
}

/** Changes one plan's body (appends a paragraph), rebuilds into the same output, restores the file. */
async function incrementalBuild(
  options: BenchOptions,
  content: string,
  out: string,
  caches: string,
): Promise<BuildFigures> {
  const documents = join(content, 'documents');
  const name = readdirSync(documents)
    .filter((f) => f.startsWith('ke-hoach-') && f.endsWith('.md'))
    .sort()[0];
  if (name === undefined) throw new Error(`no plan in ${documents}`);
  const file = join(documents, name);
  const original = await readFile(file, 'utf8');
  await writeFile(file, `${original.trimEnd()}\n\nĐoạn văn thêm để đo lần dựng lại (bench).\n`);
  try {
    log(`  incremental: changed ${name}, building again with the same caches`);
    return await siteBuild(options, content, out, caches);
  } finally {
    await writeFile(file, original);
  }
}

/**
 * The heaviest page of the site, first visit, gzip: every page shows content (lists too, which grow
 * with the corpus), so the 60 KB target is held against all page types.
 */
function heaviestContent(types: ReturnType<typeof weightByType>): PageFigure | null {
  const top = types.reduce<(typeof types)[number] | null>(
    (a, b) => (a === null || b.totalGzip > a.totalGzip ? b : a),
    null,
  );
  return top === null
    ? null
    : { path: top.heaviest.path, type: top.type, gzipBytes: top.totalGzip };
}

async function benchSize(options: BenchOptions, plans: number): Promise<SizeFigures> {
  const tag = `${String(plans)}-s${options.seed}${options.skipOg ? '-skip-og' : ''}`;
  const saved = join(options.work, `results-${tag}.json`);
  if (options.reuse && existsSync(saved)) {
    log(`${tag}: figures reused from ${saved}`);
    return JSON.parse(await readFile(saved, 'utf8')) as SizeFigures;
  }
  const { dir: content, seconds: generateSeconds } = await corpus(options, plans);
  const out = join(options.work, `out-${tag}`);
  const caches = join(options.work, `cache-${tag}`);
  await rm(out, { recursive: true, force: true });
  await rm(caches, { recursive: true, force: true });
  await mkdir(caches, { recursive: true });
  log(`build ${tag}: scripts/build.ts → ${out} (empty caches in ${caches})`);
  const build = await siteBuild(options, content, out, caches);
  log(
    build.ok
      ? `  ${String(build.pages)} pages in ${build.wallSeconds.toFixed(1)} s, peak RSS ${(build.peakRssBytes / 1024 ** 3).toFixed(2)} GiB`
      : `  build FAILED:\n${build.error ?? ''}`,
  );
  let searches: SizeFigures['searches'] = [];
  let weightTable = '';
  let heaviestContentPage: PageFigure | null = null;
  if (build.ok) {
    log('  page weight');
    const weights = await measureSite(out);
    weightTable = formatWeights(weights);
    heaviestContentPage = heaviestContent(weightByType(weights));
    if (!options.skipBrowser) {
      log('  search in Chromium');
      try {
        searches = await measureSearches(out);
      } catch (error) {
        log(`  search measurement failed: ${String(error)}`);
      }
    }
  }
  const corpusEntries =
    entryCount(content, 'documents', '.md') +
    entryCount(content, 'organizations', '.json') +
    entryCount(content, 'award-decisions', '.json') +
    entryCount(content, 'exemplars', '.mdx');
  let figures: SizeFigures = {
    plans,
    awardees: plans * options.awardeesPerPlan,
    corpusEntries,
    generateSeconds,
    build,
    baseline: null,
    incremental: null,
    searches,
    heaviestContentPage,
    weightTable,
  };
  // Saved after each phase, so a run stopped later keeps what was measured (--reuse reads it).
  const save = (): Promise<void> => writeFile(saved, JSON.stringify(figures, null, 2));
  await save();
  if (!options.skipBaseline && build.ok) {
    log(`  baseline: bare Astro, ${String(build.pages)} pages`);
    const baseline = await baselineBuild(options, content, build.pages);
    log(
      baseline.ok
        ? `  baseline: ${String(baseline.pages)} pages in ${baseline.wallSeconds.toFixed(1)} s`
        : `  baseline FAILED:\n${baseline.error ?? ''}`,
    );
    figures = { ...figures, baseline };
    await save();
  }
  if (options.incremental && build.ok) {
    const incremental = await incrementalBuild(options, content, out, caches);
    log(
      `  rebuild: ${incremental.wallSeconds.toFixed(1)} s (first ${build.wallSeconds.toFixed(1)} s)`,
    );
    figures = { ...figures, incremental };
    await save();
  }
  await rm(out, { recursive: true, force: true });
  return figures;
}

/**
 * Reads and parses the corpus once, selects one site per province (`selectEveryProvince`) and copies
 * each site's files into `<base>/<province>/content`. The corpus as read (≈ 3 GB at 50k plans) is
 * not kept past this function.
 */
async function splitCorpus(
  content: string,
  base: string,
): Promise<{ corpusEntries: number; split: ReturnType<typeof selectEveryProvince> }> {
  const read = await readContentSources(content);
  if (read.problems.length > 0) {
    throw new Error(`cannot read ${content}: ${read.problems[0]?.message ?? ''}`);
  }
  const split = selectEveryProvince(read);
  for (const { province, selection } of split) {
    await copyShardFiles(content, join(base, province, 'content'), selection.files);
  }
  return { corpusEntries: read.sources.length, split };
}

/**
 * A corpus size built as one site per province plus a portal (see the file's comment). Each site's
 * caches are deleted after its build, its output once the searches are measured.
 */
async function benchSharded(options: BenchOptions, plans: number): Promise<ShardedFigures> {
  const tag = `${String(plans)}-s${options.seed}${options.skipOg ? '-skip-og' : ''}`;
  const saved = join(options.work, `results-${tag}-sharded.json`);
  if (options.reuse && existsSync(saved)) {
    log(`${tag} sharded: figures reused from ${saved}`);
    return JSON.parse(await readFile(saved, 'utf8')) as ShardedFigures;
  }
  const { dir: content, seconds: generateSeconds } = await corpus(options, plans);
  const base = join(options.work, `shards-${tag}`);
  await rm(base, { recursive: true, force: true });
  log(`sharded ${tag}: reading and splitting ${content}`);
  const splitStarted = performance.now();
  const { corpusEntries, split } = await splitCorpus(content, base);
  // The central organizations' site is the portal, built last, once every province's address is known.
  const provinces = split.filter((s) => s.province !== centralProvinceSlug);
  const sites = [...provinces, ...split.filter((s) => s.province === centralProvinceSlug)];
  const splitSeconds = (performance.now() - splitStarted) / 1000;
  log(`  split into ${String(sites.length)} sites in ${splitSeconds.toFixed(1)} s`);
  const servers = new Map<string, GzipServer>();
  for (const { province } of sites) {
    servers.set(province, await serveCompressed(join(base, province, 'out')));
  }
  const url = (province: string): string => servers.get(province)?.url ?? '';
  const shards: ShardFigures[] = [];
  let figures: ShardedFigures = {
    plans,
    awardees: plans * options.awardeesPerPlan,
    corpusEntries,
    generateSeconds,
    splitSeconds,
    shards,
    searches: [],
  };
  const save = (): Promise<void> => writeFile(saved, JSON.stringify(figures, null, 2));
  try {
    for (const [i, { province: slug, selection }] of sites.entries()) {
      const portal = slug === centralProvinceSlug;
      const caches = join(base, slug, 'cache');
      log(
        `  site ${String(i + 1)}/${String(sites.length)}: ${selection.name}${portal ? ' (portal)' : ''}`,
      );
      const build = await siteBuild(
        options,
        join(base, slug, 'content'),
        join(base, slug, 'out'),
        caches,
        {
          SHARD_PROVINCES: slug,
          SITE_URL: url(slug),
          ...(portal
            ? {
                PORTAL_SHARDS: provinces
                  .map((p) => `${p.selection.name}=${url(p.province)}`)
                  .join(','),
              }
            : {}),
        },
      );
      await rm(caches, { recursive: true, force: true });
      log(
        build.ok
          ? `    ${String(build.pages)} pages in ${build.wallSeconds.toFixed(1)} s, peak RSS ${(build.peakRssBytes / 1024 ** 3).toFixed(2)} GiB`
          : `    build FAILED:\n${build.error ?? ''}`,
      );
      shards.push({
        slug,
        name: selection.name,
        portal,
        owned: selection.owned.length,
        borrowed: selection.borrowed.length,
        build,
      });
      await save();
    }
    const portalServer = servers.get(centralProvinceSlug);
    if (!options.skipBrowser && portalServer !== undefined && shards.every((s) => s.build.ok)) {
      log('  search on the portal in Chromium');
      try {
        const others = provinces.flatMap((p) => servers.get(p.province) ?? []);
        // The portal with one site chosen under "Tìm trên": the province site with the most pages.
        const largest = shards
          .filter((s) => !s.portal)
          .reduce((a, b) => (b.build.pages > a.build.pages ? b : a));
        const filters = [{}, benchFilter, { [siteFilterLabel.param]: largest.name }];
        figures = {
          ...figures,
          searches: await measurePortalSearches(portalServer, others, filters),
        };
        await save();
      } catch (error) {
        log(`  search measurement failed: ${String(error)}`);
      }
    }
  } finally {
    await Promise.all([...servers.values()].map((server) => server.close()));
  }
  await rm(base, { recursive: true, force: true });
  return figures;
}

function notRun(options: BenchOptions, sizes: readonly SizeFigures[]): string[] {
  const out: string[] = [];
  for (const s of sizes) {
    if (s.incremental === null) out.push(`${String(s.plans)} plans: incremental rebuild not run.`);
    if (s.baseline === null) out.push(`${String(s.plans)} plans: baseline not run.`);
    if (s.searches.length === 0)
      out.push(`${String(s.plans)} plans: search in the browser not run.`);
  }
  for (const size of [1000, 10_000, 50_000]) {
    if (!options.sizes.includes(size) && !options.sharded.includes(size))
      out.push(`${String(size)} plans: not in --sizes of this run.`);
  }
  if (options.skipOg) out.push('Real share images: --skip-og (placeholders).');
  return out;
}

async function main(): Promise<void> {
  let options: BenchOptions | 'help';
  try {
    options = parseBenchArguments(process.argv.slice(2));
  } catch (error) {
    if (error instanceof BenchUsageError) {
      console.error(`${error.message}\n\n${benchUsage}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  if (options === 'help') {
    console.log(benchUsage);
    return;
  }
  const loadStart = loadAverage();
  console.log(
    `Benchmark ${new Date().toISOString()} · Node ${process.version} · load ${loadStart}\n`,
  );
  const checkContent = await benchCheckContent();
  console.log(checkContent.join('\n'));
  console.log('');
  if (options.sizes.length === 0 && options.sharded.length === 0) {
    if (existsSync(join(outDir, 'index.html'))) {
      console.log(formatWeights(await measureSite(outDir)));
    } else {
      console.log(`Page weight: skipped, ${outDir} has no built site (run npm run build first).`);
    }
    return;
  }
  await mkdir(options.work, { recursive: true });
  const info = machine(loadStart);
  const sizes: SizeFigures[] = [];
  for (const plans of options.sizes) sizes.push(await benchSize(options, plans));
  const sharded: ShardedFigures[] = [];
  for (const plans of options.sharded) sharded.push(await benchSharded(options, plans));
  const report: BenchReport = {
    machine: { ...info, loadEnd: loadAverage() },
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    ogImages: !options.skipOg,
    sizes,
    sharded,
    checkContent,
    notRun: notRun(options, sizes),
  };
  if (sizes.length > 0) {
    console.log('');
    console.log(buildTable(sizes));
    console.log('');
    const fit = buildTimeFit(sizes);
    const byPlans = buildTimeFitByPlans(sizes);
    console.log(
      fit === null || byPlans === null
        ? 'Fitted exponent: needs two sizes.'
        : `Fitted exponent of build time vs plans: k = ${byPlans.exponent.toFixed(2)}; vs pages: k = ${fit.exponent.toFixed(2)}`,
    );
    if (sizes.some((s) => s.searches.length > 0)) console.log(`\n${searchTable(sizes)}`);
  }
  if (sharded.length > 0) {
    console.log(`\nSharded (one site per province and a portal):\n${shardedTable(sharded)}`);
    if (sharded.some((s) => s.searches.length > 0)) console.log(`\n${searchTable(sharded)}`);
  }
  console.log('');
  for (const v of verdicts(sizes, sharded))
    console.log(`${v.verdict.padEnd(12)} ${v.target}: ${v.measured}`);
  if (options.out !== null) {
    const previous = await readFile(resolve(options.out), 'utf8').catch(() => '');
    await writeFile(resolve(options.out), renderReport(report, keptNotes(previous)));
    log(`wrote ${options.out}`);
  }
}

await main();
