/**
 * The bad-input suite (GitHub issue 6; cases in tests/fixtures/bad-input/, listed in its README).
 *
 * Each case is `_base/` (a small, complete, valid content folder) with the case's files laid over it.
 * - The injection case puts HTML and script in every free-text field of every collection: the real
 *   build (`scripts/build.ts`) must succeed, and no built page, feed or data file may carry the text as
 *   markup: no foreign <script>, no on* handler, no javascript: link, no forged calendar event.
 * - Every other case must make the real build fail (non-zero exit, "Build failed"), with a report that
 *   names the file, the field and the fix of exactly the problems the case lists, and must leave the
 *   previous output (the injection build) byte-for-byte as it was.
 *
 * Failing builds stop at validation (about 2 s each) and run two at a time.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import type { Options as CsvOptions } from 'csv-parse';
import { parse as parseCsv } from 'csv-parse/sync';
import { addDays, format } from 'date-fns';
import IcalJs from 'ical.js';
import { parse as parseHtml, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { displayPath } from '../../src/lib/validation/readContentSources';
import { validateContent } from '../../src/lib/validation/validateContent';
import { listBuiltPageFiles } from '../../src/lib/site/builtPages';

const suiteDir = resolve('tests/fixtures/bad-input');
const baseDir = join(suiteDir, '_base');
const readmePath = join(suiteDir, 'README.md');

/** One problem a failing case must produce, as the build report shows it. */
interface Expectation {
  /** Path inside the content folder; `{{today+N}}` is today + N days (YYYY-MM-DD). */
  readonly file: string;
  readonly field: string;
  /** A part of the "Fix:" line; `{contentRoot}` is the content folder as the report shows it. */
  readonly fix: string;
  /** A part of the problem line (the English message). */
  readonly message?: string;
  readonly line?: number;
}

/** A file the test writes before building: `bytes` long, starting with the bytes of `from`. */
interface GeneratedFile {
  readonly path: string;
  readonly bytes: number;
  readonly from?: string;
}

/** tests/fixtures/bad-input/<case>/case.json */
interface CaseSpec {
  readonly description: string;
  readonly category: string;
  /** The problems the build must report, exactly (a failing case). */
  readonly expect?: readonly Expectation[];
  /** "escaped": the build must succeed and show every payload as text (the injection case). */
  readonly renders?: 'escaped';
  /** Prefixes of payload tags no page shows, and why. */
  readonly notShown?: readonly string[];
  readonly notShownReason?: string;
  /** Base files to remove. */
  readonly delete?: readonly string[];
  readonly generate?: readonly GeneratedFile[];
  /** Environment of the build (e.g. FUTURE_DATE_MARGIN_DAYS). */
  readonly env?: Readonly<Record<string, string>>;
}

interface Case extends CaseSpec {
  readonly name: string;
}

const cases: readonly Case[] = readdirSync(suiteDir)
  .filter((name) => /^\d\d-[a-z0-9-]+$/.test(name))
  .sort()
  .map((name) => ({
    name,
    ...(JSON.parse(readFileSync(join(suiteDir, name, 'case.json'), 'utf8')) as CaseSpec),
  }));
const injectionCase = cases.find((c) => c.renders === 'escaped');
const failingCases = cases.filter((c) => c.renders === undefined);

/** Fills `{{today+N}}` with the local day N days from now, as the build's own clock sees it. */
const fillDates = (text: string): string =>
  text.replace(/\{\{today\+(\d+)\}\}/g, (_match, days: string) =>
    format(addDays(new Date(), Number(days)), 'yyyy-MM-dd'),
  );

const textFile = /\.(?:md|mdx|json|txt|yaml)$/;

/** Files of a folder, relative to it, with `/` separators. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Writes `_base/` + the case's files (dates filled in), deletions and generated files into `dir`. */
function materialize(spec: Case, dir: string): void {
  cpSync(baseDir, dir, { recursive: true });
  const caseDir = join(suiteDir, spec.name);
  for (const file of filesIn(caseDir)) {
    if (file === 'case.json') continue;
    const target = join(dir, fillDates(file));
    mkdirSync(dirname(target), { recursive: true });
    const bytes = readFileSync(join(caseDir, file));
    writeFileSync(target, textFile.test(file) ? fillDates(bytes.toString('utf8')) : bytes);
  }
  for (const file of spec.delete ?? []) rmSync(join(dir, file));
  for (const { path, bytes, from } of spec.generate ?? []) {
    const content = Buffer.alloc(bytes);
    if (from !== undefined) readFileSync(join(dir, from)).copy(content);
    writeFileSync(join(dir, path), content);
  }
}

interface BuildResult {
  readonly status: number | null;
  readonly output: string;
}

/** Runs `npm run build` (tsx scripts/build.ts) with its own Node, as the npm script does. */
function build(
  contentDir: string,
  outDir: string,
  cacheDir: string,
  env: Readonly<Record<string, string>> = {},
): Promise<BuildResult> {
  const inherited: NodeJS.ProcessEnv = { ...process.env };
  // The cases choose their own margin; a developer's setting must not change what they prove.
  delete inherited['FUTURE_DATE_MARGIN_DAYS'];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      env: {
        ...inherited,
        CONTENT_DIR: contentDir,
        OUT_DIR: outDir,
        ASTRO_CACHE_DIR: cacheDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        SKIP_OG_IMAGES: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.on('error', fail);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, output });
    });
  });
}

/**
 * Runs `task` on every item, at most `limit` at a time; results in the order of `items`. The task
 * also gets its worker's number (0 … limit − 1), so each worker can keep its own folders.
 */
async function inPool<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, worker: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async (number: number): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await task(items[index] as T, number);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, (_, n) => worker(n)));
  return results;
}

/** SHA-256 of every file under `dir`, by relative path. */
function hashTree(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const file of filesIn(dir)) {
    hashes[file] = createHash('sha256')
      .update(readFileSync(join(dir, file)))
      .digest('hex');
  }
  return hashes;
}

/** One problem of the build report (src/lib/validation/formatProblems.ts `formatReport`). */
interface ReportedProblem {
  readonly file: string;
  readonly line: number | undefined;
  readonly field: string;
  readonly message: string;
  readonly vi: string;
  readonly fix: string;
}

/**
 * Reads the problems back from the report: a line with the file, then per problem
 * `  ✗ [line N, ]field: message`, `    Lỗi: …`, `    Fix: …`.
 */
function parseReport(output: string): ReportedProblem[] {
  const lines = output.split('\n');
  const problems: ReportedProblem[] = [];
  let file = '';
  lines.forEach((text, index) => {
    if (!text.startsWith(' ') && lines[index + 1]?.startsWith('  ✗ ') === true) file = text;
    const match = /^ {2}✗ (?:line (\d+), )?(.+?): (.*)$/.exec(text);
    if (match === null) return;
    problems.push({
      file,
      line: match[1] === undefined ? undefined : Number(match[1]),
      field: match[2] ?? '',
      message: match[3] ?? '',
      vi: (lines[index + 1] ?? '').trim(),
      fix: (lines[index + 2] ?? '').trim().replace(/^Fix: /, ''),
    });
  });
  return problems;
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (element: Element, name: string): string | undefined =>
  element.attrs.find((a) => a.name === name)?.value;
const textOf = (element: Element): string =>
  element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');

/** Every node under `root`, depth first, including the content of <template>. */
function* walk(root: ParentNode): Generator<Node> {
  for (const child of root.childNodes) {
    yield child;
    if (isElement(child) && child.tagName === 'template' && 'content' in child) {
      yield* walk(child.content);
    }
    if ('childNodes' in child) yield* walk(child);
  }
}

const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster']);
const embeddingElements = new Set(['iframe', 'frame', 'object', 'embed', 'applet', 'base']);

/**
 * What in a parsed page (or feed text read as HTML) would run or load something the site did not
 * write: a <script> other than the site's own modules (/_astro/…) and JSON-LD that parses; an
 * element that embeds other content; an on* handler; a javascript:, vbscript: or data:text/html
 * address; a comment (the site writes none, so one can only come from a "<!--" in the content).
 */
function unsafeMarkup(root: ParentNode): string[] {
  const found: string[] = [];
  for (const node of walk(root)) {
    if (node.nodeName === '#comment') found.push('an HTML comment');
    if (!isElement(node)) continue;
    const tag = node.tagName;
    if (tag === 'script') {
      const type = attribute(node, 'type');
      const src = attribute(node, 'src') ?? '';
      const text = textOf(node);
      const ownModule = type === 'module' && src.startsWith('/_astro/') && text.trim() === '';
      let jsonLd = false;
      if (type === 'application/ld+json') {
        try {
          JSON.parse(text);
          jsonLd = true;
        } catch {
          jsonLd = false;
        }
      }
      if (!ownModule && !jsonLd) found.push(`<script> "${text.slice(0, 50)}"`);
    }
    if (embeddingElements.has(tag)) found.push(`<${tag}>`);
    if (tag === 'meta' && attribute(node, 'http-equiv')?.toLowerCase() === 'refresh') {
      found.push('<meta http-equiv="refresh">');
    }
    for (const { name, value } of node.attrs) {
      if (/^on/i.test(name)) found.push(`<${tag} ${name}="${value.slice(0, 30)}">`);
      const address = value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      if (urlAttributes.has(name) && /^(?:javascript:|vbscript:|data:text\/html)/.test(address)) {
        found.push(`<${tag} ${name}="${value.slice(0, 30)}">`);
      }
    }
  }
  return found;
}

/** The text a reader (or a screen reader) gets from a page: text nodes and attribute values. */
function shownText(root: ParentNode): string {
  const parts: string[] = [];
  for (const node of walk(root)) {
    if (node.nodeName === '#text' && 'value' in node) parts.push(node.value);
    if (isElement(node) && node.tagName !== 'script') {
      for (const { value } of node.attrs) parts.push(value);
    }
  }
  // Markdown typography turns ' into ’ in story text; the payload is the same.
  return parts.join('\n').replace(/[‘’]/g, "'");
}

/** Every string inside a JSON value. */
function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(jsonStrings);
  return [];
}

/** The text of the title, description, summary and content elements of an RSS or Atom feed. */
function feedTexts(xml: string): { element: string; text: string }[] {
  const decode = (text: string): string =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<(title|description|summary|content)\b[^>]*>([\s\S]*?)<\/\1>/g)].map(
    (match) => {
      const raw = match[2] ?? '';
      const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(raw.trim());
      return { element: match[1] ?? '', text: cdata?.[1] ?? decode(raw) };
    },
  );
}

/** `<script>alert('TAG')</script>`: the part of every payload that says which field it sits in. */
const marker = (tag: string): string => `<script>alert('${tag}')</script>`;

let work: string;
let outDir: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tdkt-bad-input-'));
  outDir = join(work, 'out');
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the suite', () => {
  test('has an injection case and at least 40 failing cases, each with a description', () => {
    expect(injectionCase).toBeDefined();
    expect(failingCases.length).toBeGreaterThanOrEqual(40);
    for (const spec of cases) {
      expect(spec.description.length, spec.name).toBeGreaterThan(10);
      if (spec.renders === undefined) expect(spec.expect?.length, spec.name).toBeGreaterThan(0);
    }
  });

  test('the base content folder is valid, so each case fails only because of its own files', async () => {
    const result = await validateContent(baseDir);
    expect(result.problems).toEqual([]);
    expect(result.counts).toMatchObject({ exemplars: 1, movements: 1 });
  });

  test('README.md lists every case (UPDATE_README=1 rewrites the list)', () => {
    const start = '<!-- cases:start -->';
    const end = '<!-- cases:end -->';
    const readme = readFileSync(readmePath, 'utf8');
    const table = casesTable();
    const current = readme.slice(readme.indexOf(start) + start.length, readme.indexOf(end));
    if (process.env['UPDATE_README'] === '1' && current !== table) {
      writeFileSync(
        readmePath,
        readme.slice(0, readme.indexOf(start) + start.length) +
          table +
          readme.slice(readme.indexOf(end)),
      );
      return;
    }
    expect(readme).toContain(start);
    expect(current).toBe(table);
  });
});

/** The README's table of cases and the count per category. */
function casesTable(): string {
  const cell = (text: string): string =>
    text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\n/g, ' ');
  const counts = new Map<string, number>();
  for (const spec of cases) counts.set(spec.category, (counts.get(spec.category) ?? 0) + 1);
  const rows = cases.map((spec) => {
    const expected =
      spec.renders === 'escaped'
        ? 'builds; every payload shown as text'
        : (spec.expect ?? []).map((e) => `\`${e.file}\` · \`${e.field}\``).join('<br>');
    return `| \`${spec.name}\` | ${spec.category} | ${cell(spec.description)} | ${cell(expected)} |`;
  });
  return [
    '',
    '',
    `${cases.length} cases: ${[...counts].map(([category, count]) => `${category} ${count}`).join(', ')}.`,
    '',
    '| case | category | what is wrong | expected: file · field |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    '',
  ].join('\n');
}

describe.runIf(injectionCase !== undefined)(
  'HTML and script in every text field build and are shown escaped',
  () => {
    const spec = injectionCase as Case;
    let result: BuildResult;
    let tags: string[] = [];
    let pages: { file: string; root: ParentNode }[] = [];

    beforeAll(async () => {
      const contentDir = join(work, spec.name);
      materialize(spec, contentDir);
      const overlay = filesIn(join(suiteDir, spec.name)).map((f) =>
        readFileSync(join(suiteDir, spec.name, f), 'utf8'),
      );
      const written = overlay.flatMap((t) =>
        [...t.matchAll(/alert\('(x-[a-z0-9-]+)'\)/g)].map((m) => m[1] ?? ''),
      );
      tags = [...new Set(written)].sort();
      result = await build(contentDir, outDir, join(work, 'astro-cache'), spec.env);
      // The site's pages; the web editor in admin/ loads Decap's scripts by design and renders no
      // content (listBuiltPageFiles).
      pages = existsSync(outDir)
        ? listBuiltPageFiles(outDir).map((file) => ({
            file,
            root: parseHtml(readFileSync(join(outDir, file), 'utf8')),
          }))
        : [];
    });

    test('the build succeeds and puts the site in place', () => {
      expect(result.status, result.output).toBe(0);
      expect(result.output).toContain('✓ 4/4');
      expect(pages.length).toBeGreaterThan(20);
    });

    test('no page has a script, handler, embed, comment or javascript: link the site did not write', () => {
      const found = pages.flatMap(({ file, root }) =>
        unsafeMarkup(root).map((w) => `${file}: ${w}`),
      );
      expect(found).toEqual([]);
    });

    test('every injected field appears on some page as text', () => {
      expect(tags.length).toBeGreaterThan(60);
      const texts = pages.map(({ root }) => shownText(root));
      const hidden = tags.filter(
        (tag) =>
          !(spec.notShown ?? []).some((prefix) => tag.startsWith(prefix)) &&
          !texts.some((text) => text.includes(marker(tag))),
      );
      expect(hidden).toEqual([]);
    });

    test('the JSON-LD of a decision page parses and holds its title as data', () => {
      const page = pages.find((p) =>
        p.file.startsWith(
          'khen-thuong/quyet-dinh-215-qd-du-ban-thuong-vu-dang-uy-phuong-quy-nhon-tay-',
        ),
      );
      const scripts = [...walk(page?.root ?? parseFragment(''))].filter(
        (n): n is Element =>
          isElement(n) && n.tagName === 'script' && attribute(n, 'type') === 'application/ld+json',
      );
      expect(scripts).toHaveLength(1);
      const strings = jsonStrings(JSON.parse(textOf(scripts[0] as Element)));
      expect(strings.some((s) => s.includes(marker('x-decision-title')))).toBe(true);
    });

    test.each(['khen-thuong/rss.xml', 'khen-thuong/atom.xml'])(
      '%s: titles and summaries, read as HTML, are text only',
      (file) => {
        const texts = feedTexts(readFileSync(join(outDir, file), 'utf8'));
        expect(texts.length).toBeGreaterThan(6);
        const markup = texts.flatMap(({ element, text }) =>
          parseFragment(text)
            .childNodes.filter((n) => n.nodeName !== '#text')
            .map((n) => `<${element}> holds ${n.nodeName}: ${text.slice(0, 60)}`),
        );
        expect(markup).toEqual([]);
        const shown = texts.map(({ text }) => shownText(parseFragment(text))).join('\n');
        expect(shown).toContain(marker('x-decision-title'));
        expect(shown).toContain(marker('x-org-name'));
      },
    );

    test('the iCalendar feeds parse, with the text as text and no forged event', () => {
      const calendars = filesIn(outDir).filter((f) => f.endsWith('.ics'));
      expect(calendars.length).toBeGreaterThan(1);
      for (const file of calendars) {
        const calendar = new IcalJs.Component(
          IcalJs.parse(readFileSync(join(outDir, file), 'utf8')) as unknown[],
        );
        const events = calendar.getAllSubcomponents('vevent').map((e) => new IcalJs.Event(e));
        expect(
          events.map((e) => e.summary),
          file,
        ).toHaveLength(1);
        expect(events[0]?.summary, file).toContain(marker('x-plan-milestone-period'));
        expect(events[0]?.description, file).toContain(marker('x-plan-milestone-text'));
        expect(events[0]?.description, file).toContain('END:VEVENT');
      }
    });

    test('the CSV and JSON data files parse and hold the text verbatim', () => {
      const csvOptions: CsvOptions = { bom: true };
      const csv: string[][] = parseCsv(
        readFileSync(join(outDir, 'khen-thuong/khen-thuong.csv'), 'utf8'),
        csvOptions,
      );
      const width = csv[0]?.length ?? 0;
      expect(csv.every((row) => row.length === width)).toBe(true);
      expect(csv.flat().some((cell) => cell.includes(marker('x-awardee-achievement')))).toBe(true);
      for (const file of filesIn(outDir).filter((f) => f.endsWith('.json'))) {
        expect(
          () => JSON.parse(readFileSync(join(outDir, file), 'utf8')) as unknown,
          file,
        ).not.toThrow();
      }
      const data = JSON.parse(
        readFileSync(join(outDir, 'khen-thuong/khen-thuong.json'), 'utf8'),
      ) as unknown;
      expect(jsonStrings(data).some((s) => s.includes(marker('x-awardee-name')))).toBe(true);
    });
  },
);

describe('every malformed content folder stops the build and leaves the output untouched', () => {
  const outcomes = new Map<
    string,
    { result: BuildResult; contentRoot: string; unchanged: boolean }
  >();
  let before: Record<string, string> = {};

  beforeAll(async () => {
    before = existsSync(outDir) ? hashTree(outDir) : {};
    // Two builds at a time, each into its own copy of the site: a second build into a folder that
    // one is building into stops at the lock, which is not what these cases test.
    const outDirs = [outDir, `${outDir}-second`];
    if (existsSync(outDir)) cpSync(outDir, outDirs[1] as string, { recursive: true });
    await inPool(failingCases, outDirs.length, async (spec, worker) => {
      const contentDir = join(work, spec.name);
      const out = outDirs[worker] as string;
      materialize(spec, contentDir);
      const result = await build(
        contentDir,
        out,
        join(work, `astro-cache-failing-${String(worker)}`),
        spec.env,
      );
      const after = existsSync(out) ? hashTree(out) : {};
      outcomes.set(spec.name, {
        result,
        contentRoot: displayPath(contentDir, process.cwd()),
        unchanged: JSON.stringify(after) === JSON.stringify(before),
      });
    });
  });

  test('the previous output is a real site', () => {
    expect(Object.keys(before)).toContain('index.html');
  });

  test.each(failingCases.map((spec) => [spec.name, spec] as const))('%s', (name, spec) => {
    const outcome = outcomes.get(name);
    if (outcome === undefined) throw new Error(`no build ran for ${name}`);
    const { result, contentRoot, unchanged } = outcome;
    expect(result.status, result.output).not.toBe(0);
    expect(result.status, result.output).not.toBeNull();
    expect(result.output).toContain('✗ Build failed');
    expect(result.output).toContain('(left untouched)');
    expect(unchanged, 'the output folder changed').toBe(true);

    const fill = (text: string): string => fillDates(text).replaceAll('{contentRoot}', contentRoot);
    const wanted = spec.expect ?? [];
    const count = /: (\d+) lỗi trong \d+ tệp\./.exec(result.output)?.[1];
    expect(Number(count), result.output).toBe(wanted.length);
    const reported = parseReport(result.output);
    for (const e of wanted) {
      const file = `${contentRoot}/${fillDates(e.file)}`;
      const match = reported.find(
        (p) =>
          p.file === file &&
          p.field === e.field &&
          (e.line === undefined || p.line === e.line) &&
          (e.message === undefined || p.message.includes(fill(e.message))) &&
          p.vi.startsWith('Lỗi:') &&
          p.fix.includes(fill(e.fix)),
      );
      expect(match, `${e.file} · ${e.field} · Fix: …${e.fix}…\n${result.output}`).toBeDefined();
    }
  });
});
