/**
 * `npm run build`: an atomic build. The output folder either gets a complete, validated, indexed site
 * or is left exactly as it was.
 *
 * 1. Validate the content (src/lib/validation): any problem → list them all, exit 1, touch nothing.
 * 2. `astro build --outDir .build/stage-<output folder>-<hash>` (one stage per output folder, locked
 *    while a build runs): Astro's own process, with a cache folder per content
 *    folder and version of the schema code (`.build/cache/<name>-<hash>-<code hash>`, or
 *    ASTRO_CACHE_DIR) so fixture builds and real builds never share a content cache, and a schema
 *    change never reuses entries parsed by the old schema. Fails when Astro fails, and also when Astro only *logged* an error
 *    ("[ERROR]", "Invalid content reference … does not exist") while exiting 0.
 *    Adds `_headers` (Content-Security-Policy and security headers for static hosts). Pages whose
 *    code and data are unchanged since the previous build with the same cache folder are copied from
 *    it, not rendered (Astro's incremental build, src/lib/build/incremental.ts); the log counts them.
 * 3. Index the staged pages that carry `data-pagefind-body` with Pagefind (Node API, one file at a
 *    time: src/lib/search/indexedPages.ts) into `<stage>/pagefind/`: only the pages that changed since
 *    the last full index kept in the cache folder go into `pagefind/delta/`
 *    (scripts/search/indexSite.ts, src/lib/search/searchIndexChanges.ts). Then add the web editor
 *    `<stage>/admin/` (scripts/admin/buildAdmin.ts: Decap CMS, the config generated from the schemas).
 *    The editor is written here rather than in an Astro `astro:build:done` hook because it needs the
 *    validated content folder and the CMS_* settings this script already holds, must come after
 *    Pagefind (editors' tool, not a page to index), and a failure must stop the swap like any other.
 *    CMS_BACKEND, CMS_REPO, CMS_BRANCH, CMS_BASE_URL, CMS_API_ROOT, CMS_APP_ID and, for local editing
 *    only, CMS_LOCAL_BACKEND choose the editor's Git backend (src/lib/cms/cmsConfig.ts).
 * 4. Swap: move the current output aside, rename the staged site into place, delete the old one. On
 *    any failure before this step the previous output is byte-for-byte untouched; if the final rename
 *    fails, the old output is put back.
 *
 * Environment: CONTENT_DIR (default ./content), OUT_DIR (default dist), SITE_URL (passed to Astro),
 * ASTRO_CACHE_DIR (override the cache folder), BUILD_VERBOSE=1 (show Astro's own output as it runs),
 * FUTURE_DATE_MARGIN_DAYS (validation, default 31).
 *
 * Sharding and the portal (src/lib/shard/, README "Sharding and the national portal"):
 * - SHARD_PROVINCES (`gia-lai,lam-dong`; `trung-uong` for central organizations) and/or
 *   SHARD_ORGANIZATIONS (organization ids) build one shard: before step 1 its files are selected
 *   (`selectShard`: the organizations, what they issue, and everything those refer to, transitively)
 *   and copied into `.build/shard-<name>-<hash of OUT_DIR>/content`, which steps 1–4 then validate and
 *   build as usual. SHARD_NAME is the name its pages show (default: the provinces' names). Pages of
 *   entries the shard only borrows are marked as reference copies for Pagefind (after step 2), so a
 *   portal lists each document once. An unknown province or organization stops the build (exit 1).
 * - PORTAL_SHARDS (`Gia Lai=https://gialai.example.vn,…`) builds a portal whose search page also
 *   searches those sites; their origins are added to the portal's connect-src (also in `_headers`).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import * as pagefind from 'pagefind';
import {
  displayPath,
  formatReport,
  formatSummary,
  validateContent,
} from '../src/lib/validation/index';
import { astroLoggedErrors } from '../src/lib/validation/astroLoggedErrors';
import { reusedPageCount } from '../src/lib/build/incremental';
import { folderKey, stageDirFor } from '../src/lib/build/stageDir';
import { killedAdvice, outOfMemoryAdvice, ranOutOfMemory } from '../src/lib/build/buildLimits';
import { parseMarginDays } from '../src/lib/validation/checkFutureDates';
import { staticHostHeaders } from '../src/lib/security/contentSecurityPolicy';
import { ShardConfigError, shardRequestFromEnv } from '../src/lib/shard/shardEnv';
import {
  PortalConfigError,
  portalOrigins,
  portalShardsFromEnv,
  type PortalSite,
} from '../src/lib/shard/portalShards';
import { entryPageFile, markReferenceCopy } from '../src/lib/shard/referenceCopies';
import {
  backendFromEnv,
  backendOrigins,
  CmsConfigError,
  type CmsBackend,
} from '../src/lib/cms/cmsConfig';
import { buildAdmin } from './admin/buildAdmin';
import { IndexError, indexSite } from './search/indexSite';
import type { CopyShardRequest, CopyShardResult } from './shard/copyShard';

const root = process.cwd();
/** The content folder given (CONTENT_DIR). */
const sourceContentDir = resolve(process.env['CONTENT_DIR'] ?? './content');
/** The folder validated and built: the content folder, or a shard's copy of its part (prepareShard). */
let contentDir = sourceContentDir;
/** A shard's name (SHARD_NAME or its provinces), passed to Astro for the pages' site name. */
let shardName: string | undefined;
/** Built pages of a shard's borrowed entries, relative to the stage, to mark as reference copies. */
let referenceCopyPages: string[] = [];
/** The sites a portal searches (PORTAL_SHARDS); empty for every other build. */
let portalSites: PortalSite[] = [];
/** The web editor's Git backend (CMS_* variables), read before anything is built. */
let cmsBackend: CmsBackend | undefined;
const outDir = resolve(process.env['OUT_DIR'] ?? 'dist');
const buildRoot = resolve('.build');
const runId = `${new Date().toISOString().replace(/[-:.TZ]/g, '')}-${process.pid}`;
/** Named the same on every build into this output folder (stageDirFor says why), and locked. */
const stageDir = stageDirFor(buildRoot, outDir);
const stageLock = `${stageDir}.lock`;
/** A copy of the stage next to the output, made only when the two are on different file systems. */
const incomingDir = `${outDir}.incoming-${runId}`;
const astroBin = resolve('node_modules/astro/bin/astro.mjs');

/** A build step that failed: the message says what to do. Nothing in the output folder was changed. */
class BuildError extends Error {}

const show = (path: string): string => displayPath(path, root);
const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)}s`;

/**
 * A hash of the code that turns content files into entries: src/content.config.ts, src/schemas/**
 * and src/lib/** (schemas call parsers there). Astro's content cache keys entries by the file's own
 * digest, so after a schema change an unchanged file would keep its old parsed data (seen: a new
 * field with a default came back undefined); a new code hash gives a fresh cache instead.
 */
function contentCodeHash(): string {
  const src = join(root, 'src');
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f === 'content.config.ts' || /^(schemas|lib)\/.*\.ts$/.test(f))
    .sort();
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(`${f}\0`);
    hash.update(readFileSync(join(src, f)));
  }
  return hash.digest('hex').slice(0, 10);
}

/**
 * `.build/cache/<content folder name>-<hash of its absolute path>-<code hash>`: one Astro cache per
 * content folder and version of the content code; caches of older code for the same folder are
 * deleted.
 */
function cacheDirFor(dir: string): string {
  const prefix = folderKey(dir, 'content');
  const current = `${prefix}-${contentCodeHash()}`;
  const caches = join(buildRoot, 'cache');
  if (existsSync(caches)) {
    for (const old of readdirSync(caches)) {
      if (old.startsWith(prefix) && old !== current) {
        rmSync(join(caches, old), { recursive: true, force: true });
      }
    }
  }
  return join(caches, current);
}

/** `{ futureMarginDays }` when set, `{}` otherwise (exactOptionalPropertyTypes). */
const optionalMargin = (days: number | undefined): { futureMarginDays?: number } =>
  days === undefined ? {} : { futureMarginDays: days };

/**
 * A shard build (SHARD_PROVINCES / SHARD_ORGANIZATIONS): selects the shard's files from the content
 * folder and copies them into `.build/shard-<name>-<hash of OUT_DIR>/content`, then builds from there
 * (scripts/shard/copyShard.ts, in a worker thread so the memory of reading the whole content is given
 * back before Astro starts). Does nothing for a whole-site build. Builds of different content must not
 * run at the same time in one checkout: Astro lists the MDX modules it builds in the project's
 * `.astro/`.
 */
async function prepareShard(): Promise<void> {
  let request: ReturnType<typeof shardRequestFromEnv>;
  try {
    request = shardRequestFromEnv(process.env);
  } catch (error) {
    if (error instanceof ShardConfigError) throw new BuildError(error.message);
    throw error;
  }
  if (request === null) return;
  const started = performance.now();
  const copyRequest: CopyShardRequest = {
    sourceContentDir,
    buildRoot,
    outDir,
    selector: request.selector,
    name: request.name,
    rootDir: root,
  };
  const result = await new Promise<CopyShardResult>((done, fail) => {
    const worker = new Worker(new URL('./shard/copyShard.ts', import.meta.url), {
      workerData: copyRequest,
    });
    worker.once('message', done);
    worker.once('error', fail);
    worker.once('exit', (code) => {
      fail(new Error(`the shard worker stopped (exit code ${String(code)}) without an answer`));
    });
  });
  if (!result.ok) throw new BuildError(result.message);
  shardName = result.name;
  contentDir = result.target;
  referenceCopyPages = result.borrowed.map(entryPageFile);
  console.log(
    `✓ shard "${shardName}": ${String(result.owned)} entries of its own, ${String(result.borrowed.length)} referenced, ${String(result.files)} files from ${show(sourceContentDir)}/ → ${show(result.target)}/ [${seconds(started)}]`,
  );
}

/** A portal build (PORTAL_SHARDS): reads and checks the list of sites its search page searches. */
function preparePortal(): void {
  try {
    portalSites = portalShardsFromEnv(process.env);
  } catch (error) {
    if (error instanceof PortalConfigError) throw new BuildError(error.message);
    throw error;
  }
  if (portalSites.length > 0) {
    console.log(
      `✓ portal: searches ${portalSites.map((s) => `${s.name} (${s.url})`).join(', ')} besides its own pages`,
    );
  }
}

async function validate(): Promise<void> {
  const started = performance.now();
  const result = await validateContent(contentDir, {
    ...optionalMargin(parseMarginDays(process.env['FUTURE_DATE_MARGIN_DAYS'])),
  });
  if (result.problems.length > 0) {
    console.error(formatReport(result));
    const copies =
      contentDir === sourceContentDir
        ? ''
        : ` (the shard's copies of files in ${show(sourceContentDir)}/: fix them there)`;
    throw new BuildError(
      `content in ${show(contentDir)}${copies} has problems (listed above); fix them (npm run check:content re-checks in a second), then build again.`,
    );
  }
  console.log(`✓ 1/4 ${show(contentDir)}/: ${formatSummary(result)} [${seconds(started)}]`);
}

/** Astro's cache folder for this build: ASTRO_CACHE_DIR, or one per content folder and code. */
function astroCacheDir(): string {
  cacheDirChosen ??= process.env['ASTRO_CACHE_DIR'] ?? cacheDirFor(contentDir);
  return cacheDirChosen;
}
let cacheDirChosen: string | undefined;

async function astroBuild(): Promise<void> {
  const started = performance.now();
  const cacheDir = astroCacheDir();
  const verbose = process.env['BUILD_VERBOSE'] === '1';
  // Vite's import.meta.env names, which the built pages read from the environment when set there:
  // vitest sets DEV=1, MODE=test, NODE_ENV=test for the builds the tests start, and the pages then
  // took their dev-server paths (models rebuilt per page, no incremental-build keys). A build for
  // users is always a production build.
  const viteNames = new Set(['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']);
  const environment = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !viteNames.has(name)),
  );
  const child = spawn(process.execPath, [astroBin, 'build', '--outDir', stageDir], {
    cwd: root,
    env: {
      ...environment,
      CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      ...(shardName === undefined ? {} : { SHARD_NAME: shardName }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer): void => {
    const text = chunk.toString('utf8');
    output += text;
    if (verbose) process.stdout.write(text);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done, fail) => {
    child.on('error', fail);
    child.on('close', (exitCode, exitSignal) => {
      done([exitCode, exitSignal]);
    });
  });
  if (code !== 0) {
    if (ranOutOfMemory(output)) {
      // V8's crash report (the last GCs and a native stack trace) says nothing an editor can use.
      throw new BuildError(outOfMemoryAdvice(getHeapStatistics().heap_size_limit, totalmem()));
    }
    if (signal === 'SIGKILL') throw new BuildError(killedAdvice(totalmem()));
    if (!verbose) console.error(output.trimEnd());
    throw new BuildError(
      `astro build failed (exit code ${String(code)}); the error is above. Run "BUILD_VERBOSE=1 npm run build" to follow Astro's output.`,
    );
  }
  const errors = astroLoggedErrors(output);
  if (errors.length > 0) {
    console.error(errors.join('\n'));
    throw new BuildError(
      `astro build exited 0 but logged ${errors.length} error${errors.length === 1 ? '' : 's'} (above), e.g. a content reference to an entry that does not exist; fix the content or the page that logs it.`,
    );
  }
  if (!existsSync(join(stageDir, 'index.html'))) {
    throw new BuildError(
      `astro build wrote no index.html into ${show(stageDir)}; check src/pages/.`,
    );
  }
  // The Content-Security-Policy and security headers as an HTTP header file for static hosts that
  // read one (Netlify, Cloudflare Pages); every page also carries the policy as a <meta> element.
  await writeFile(
    join(stageDir, '_headers'),
    staticHostHeaders({
      connectOrigins: portalOrigins(portalSites),
      adminOrigins: cmsBackend === undefined ? [] : backendOrigins(cmsBackend),
    }),
  );
  await markReferenceCopies();
  const site = process.env['SITE_URL'];
  const reused = reusedPageCount(output);
  console.log(
    `✓ 2/4 astro build → ${show(stageDir)}${site === undefined ? '' : ` (SITE_URL ${site})`}${reused === 0 ? '' : `, ${String(reused)} unchanged pages copied from the previous build`} [${seconds(started)}]`,
  );
}

/**
 * Marks the staged pages of a shard's borrowed entries as reference copies (a Pagefind filter on
 * `<html>`, src/lib/shard/referenceCopies.ts), so a portal searching every shard leaves them out.
 */
async function markReferenceCopies(): Promise<void> {
  for (const page of referenceCopyPages) {
    const file = join(stageDir, page);
    if (!existsSync(file)) continue;
    await writeFile(file, markReferenceCopy(await readFile(file, 'utf8')));
  }
}

/**
 * Step 3: the search index, made again only for the pages that changed since the base index kept in
 * the Astro cache folder, one per output folder (scripts/search/indexSite.ts).
 */
async function indexWithPagefind(): Promise<void> {
  const started = performance.now();
  const baseDir = join(astroCacheDir(), `search-${folderKey(outDir, 'out')}`);
  try {
    const done = await indexSite(stageDir, baseDir);
    if (done.indexed === 0) {
      console.warn(
        '! Pagefind indexed 0 pages: search will find nothing (no page has data-pagefind-body?)',
      );
    }
    const changed = `${String(done.reindexed)} changed ${done.reindexed === 1 ? 'page' : 'pages'}`;
    const what =
      done.mode === 'delta'
        ? `${changed} indexed again, the other ${String(done.indexed - done.reindexed)} reused from the last full index (${String(done.superseded)} of its entries left out)`
        : `${String(done.indexed)} of ${String(done.pages)} pages indexed, ${done.mode}`;
    console.log(`✓ 3/4 pagefind: ${what} [${seconds(started)}]`);
  } catch (error) {
    if (error instanceof IndexError) throw new BuildError(error.message);
    throw error;
  } finally {
    await pagefind.close();
  }
}

/** Reads the editor's backend from CMS_* (a wrong value stops the build before Astro runs). */
function prepareEditor(): void {
  try {
    cmsBackend = backendFromEnv(process.env);
  } catch (error) {
    if (error instanceof CmsConfigError) throw new BuildError(error.message);
    throw error;
  }
}

/** Writes the web editor into `<stage>/admin/` (scripts/admin/buildAdmin.ts). */
async function addEditor(): Promise<void> {
  const started = performance.now();
  if (cmsBackend === undefined) throw new BuildError('the editor backend was not read');
  const site = process.env['SITE_URL'];
  const files = await buildAdmin({
    siteDir: stageDir,
    contentDir,
    backend: cmsBackend,
    root,
    ...(site === undefined ? {} : { siteUrl: site }),
  });
  const where = cmsBackend.localBackendUrl ?? `${cmsBackend.name} ${cmsBackend.repo}`;
  console.log(`✓ web editor → admin/ (${files} files; backend ${where}) [${seconds(started)}]`);
}

async function deviceOf(path: string): Promise<number> {
  return (await stat(path)).dev;
}

/**
 * Puts the staged site in place of the output folder. Renames are used so that the switch is one
 * step; when the stage and the output are on different file systems the stage is first copied next to
 * the output, before the old output is touched.
 */
async function swap(): Promise<void> {
  const started = performance.now();
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true });
  const sameDevice = (await deviceOf(buildRoot)) === (await deviceOf(parent));
  let incoming = stageDir;
  if (!sameDevice) {
    incoming = incomingDir;
    await cp(stageDir, incoming, { recursive: true });
    await rm(stageDir, { recursive: true, force: true });
  }
  const aside = sameDevice ? join(buildRoot, `old-${runId}`) : `${outDir}.old-${runId}`;
  const hadOutput = existsSync(outDir);
  if (hadOutput) await rename(outDir, aside);
  try {
    await rename(incoming, outDir);
  } catch (error) {
    if (hadOutput) await rename(aside, outDir);
    throw error;
  }
  if (hadOutput) await rm(aside, { recursive: true, force: true });
  console.log(`✓ 4/4 swapped into ${show(outDir)} [${seconds(started)}]`);
}

/** The id of the running build that holds `lock`, or undefined when none does. */
function lockHolder(lock: string): number | undefined {
  if (!existsSync(lock)) return undefined;
  const pid = Number(readFileSync(lock, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && isRunning(pid) ? pid : undefined;
}

/**
 * Takes the stage folder's lock, or stops when another running build holds it: two builds into one
 * output folder would write the same stage and swap in turn.
 */
async function lockStage(): Promise<void> {
  // Created only if absent ('wx'), so two builds starting together cannot both take it.
  const take = async (): Promise<boolean> => {
    try {
      await writeFile(stageLock, String(process.pid), { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  };
  if (await take()) return;
  if (lockHolder(stageLock) === undefined) {
    // Left by a build that was killed.
    await rm(stageLock, { force: true });
    if (await take()) return;
  }
  throw new BuildError(
    `another build into ${show(outDir)} is running (process ${String(lockHolder(stageLock) ?? '?')}); wait for it to finish, or build into another folder with OUT_DIR.`,
  );
}

/** Whether a process with this id is running (signal 0 only checks). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes folders left by builds that were killed: `.build/old-*` (their name ends with the process
 * id, and that process no longer runs), and `.build/stage-*` of earlier versions of this script (named
 * the same way) or whose lock no running build holds. Folders of builds still running are kept.
 */
async function removeLeftovers(): Promise<void> {
  for (const name of await readdir(buildRoot)) {
    const path = join(buildRoot, name);
    // Named after the run: 17 digits of date and time, then the process id.
    const byProcess = /^(?:stage|old)-\d{17}-(\d+)$/.exec(name);
    if (byProcess?.[1] !== undefined) {
      if (!isRunning(Number(byProcess[1]))) await rm(path, { recursive: true, force: true });
    } else if (name.startsWith('stage-')) {
      const lock = name.endsWith('.lock') ? path : `${path}.lock`;
      if (lockHolder(lock) === undefined) await rm(path, { recursive: true, force: true });
    }
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  await mkdir(buildRoot, { recursive: true });
  let locked = false;
  try {
    await lockStage();
    locked = true;
    await removeLeftovers();
    // A killed build may have left half a site here; pages reused from the last build come from
    // Astro's cache folder instead.
    await rm(stageDir, { recursive: true, force: true });
    preparePortal();
    prepareEditor();
    await prepareShard();
    await validate();
    await astroBuild();
    await indexWithPagefind();
    await addEditor();
    await swap();
    console.log(`Xong: trang đã dựng vào ${show(outDir)} (built in ${seconds(started)}).`);
  } catch (error) {
    const reason = error instanceof BuildError ? error.message : String(error);
    console.error(`✗ Build failed: ${reason}`);
    console.error(
      `  Lỗi: không dựng được trang; ${show(outDir)} không bị thay đổi (left untouched).`,
    );
    process.exitCode = 1;
  } finally {
    if (locked) {
      await rm(stageDir, { recursive: true, force: true });
      await rm(stageLock, { force: true });
    }
    await rm(incomingDir, { recursive: true, force: true });
  }
}

await main();
