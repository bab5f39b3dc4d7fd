/**
 * The open data as built (tests/setup/global-build.ts builds CONTENT_DIR, default content/, into
 * `inject('distDir')`): the CSV files read back to the same rows as the JSON files, the feeds parse,
 * and no withheld awardee (`"published": false`) is anywhere in the built site: HTML, CSV, JSON, XML,
 * and the Pagefind index (gzip-compressed files are decompressed first).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { Options } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, test } from 'vitest';
import {
  openDataAwardFormsFileSchema,
  openDataDecisionsFileSchema,
  type OpenDataDecisionsFile,
} from '../../src/lib/openData/exportSchema';
import { searchKey } from '../../src/lib/text/foldVietnamese';

const distDir = inject('distDir');
/** The content the site was built from: the global setup builds with the same environment. */
const contentDir = resolve(process.env['CONTENT_DIR'] ?? 'content');
const decisionsDir = join(contentDir, 'award-decisions');

/** A withheld awardee as written in content: where, and the texts that must not be published. */
interface Withheld {
  readonly file: string;
  readonly name: string;
  readonly achievement: string;
}

type AwardeeJson = Record<string, unknown> & { published?: unknown };

/** The award decision files of the content (drafts, starting with `_`, are not published). */
function decisionFiles(): { file: string; json: { awardees?: AwardeeJson[] } }[] {
  if (!existsSync(decisionsDir)) return [];
  return readdirSync(decisionsDir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
    .sort()
    .map((f) => ({
      file: relative(process.cwd(), join(decisionsDir, f)),
      json: JSON.parse(readFileSync(join(decisionsDir, f), 'utf8')) as { awardees?: AwardeeJson[] },
    }));
}

/**
 * Every withheld awardee of the content.
 *
 * @throws Error when there is no decision or no withheld awardee: the absence check would then pass
 *   without having checked anything
 */
function withheldAwardees(): Withheld[] {
  const files = decisionFiles();
  if (files.length === 0) {
    throw new Error(
      `No award decisions in ${relative(process.cwd(), decisionsDir)}/: the open-data exports cannot be checked. Add the sample decisions (illustrative: true).`,
    );
  }
  const withheld = files.flatMap(({ file, json }) =>
    (json.awardees ?? [])
      .filter((a) => a.published === false)
      .map((a) => ({
        file,
        name: String(a['name'] ?? a['headName']),
        achievement: String(a['achievement']),
      })),
  );
  if (withheld.length === 0) {
    throw new Error(
      `No withheld awardee ("published": false) in ${relative(process.cwd(), decisionsDir)}/*.json, so the check that withheld names appear in no built file would pass without checking anything. Add one to the sample decisions.`,
    );
  }
  return withheld;
}

/** Every file under `dir`, recursively. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** A file's text; gzip-compressed files (Pagefind's index and fragments) are decompressed first. */
function readText(path: string): string {
  const bytes = readFileSync(path);
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzipped ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** The entities Astro and XML writers use for punctuation, decoded so text compares as written. */
function decodeEntities(text: string): string {
  return text
    .replace(/&quot;|&#34;|&#x22;/g, '"')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * A comparison key that finds a text however it was written: entities decoded, diacritics folded
 * (the site's folded search terms), lower case, punctuation and white space as single spaces.
 */
const matchKey = (text: string): string =>
  ` ${searchKey(decodeEntities(text))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/**
 * The match keys of every content file as it may be published: award decisions without their withheld
 * awardees, other files as they are. A withheld achievement found here is shared with public text (a
 * catalogue description, another awardee) and cannot be told apart in the build.
 */
function publicContentKeys(): string[] {
  const decisions = new Set(decisionFiles().map((f) => resolve(f.file)));
  return allFiles(contentDir)
    .filter((f) => /\.(?:json|md|mdx|ya?ml|txt)$/.test(f))
    .map((f) => {
      const text = readFileSync(f, 'utf8');
      if (!decisions.has(resolve(f))) return matchKey(text);
      const json = JSON.parse(text) as { awardees?: AwardeeJson[] };
      const awardees = (json.awardees ?? []).filter((a) => a.published !== false);
      return matchKey(JSON.stringify({ ...json, awardees }));
    });
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(distDir, path), 'utf8')) as unknown;
}

/** CSV as a reuser reads it: byte order mark removed, RFC 4180 quoting; rows of strings. */
const csvOptions: Options = { bom: true };

function readCsv(path: string): { text: string; bytes: Buffer; rows: string[][] } {
  const bytes = readFileSync(join(distDir, path));
  const text = bytes.toString('utf8');
  return { text, bytes, rows: parse(text, csvOptions) };
}

/** The CSV rows a decisions JSON file promises (the column list of /du-lieu/, written out here). */
function expectedRows(file: OpenDataDecisionsFile): string[][] {
  const header = [
    'Mã quyết định',
    'Số quyết định',
    'Ngày ban hành',
    'Cơ quan ban hành',
    'Trạng thái',
    'Loại đối tượng',
    'Họ tên / Tập thể / Chủ hộ',
    'Chức vụ',
    'Đơn vị',
    'Thôn',
    'Xã',
    'Hình thức khen thưởng',
    'Hạng',
    'Thành tích',
    'Dữ liệu minh họa',
    'Đường dẫn',
  ];
  return [
    header,
    ...file.decisions.flatMap((d) =>
      d.awardees.map((a) => [
        d.id,
        d.number ?? '',
        d.issued ?? '',
        d.issuer.name,
        d.statusLabel,
        a.typeLabel,
        a.name,
        a.position ?? '',
        a.unit ?? '',
        a.hamlet ?? '',
        a.commune ?? '',
        a.awardForm.name,
        a.classLabel ?? '',
        a.achievement,
        d.illustrative ? 'Có' : 'Không',
        d.url,
      ]),
    ),
  ];
}

/** The all-decisions JSON, validated against the export schema. */
function allDecisions(): OpenDataDecisionsFile {
  return openDataDecisionsFileSchema.parse(readJson('khen-thuong/khen-thuong.json'));
}

describe('the content has what the open-data checks need', () => {
  test('award decisions with at least one withheld awardee', () => {
    expect(withheldAwardees().length).toBeGreaterThan(0);
  });
});

describe('the built CSV files hold the same rows as the JSON files', () => {
  test('the all-decisions JSON validates and lists every decision file of the content', () => {
    const ids = allDecisions().decisions.map((d) => d.id);
    expect([...ids].sort()).toEqual(
      decisionFiles().map((f) => f.file.replace(/^.*\/|\.json$/g, '')),
    );
  });

  test('the all-decisions CSV starts with the UTF-8 BOM, ends records with CRLF, and matches the JSON', () => {
    const { bytes, text, rows } = readCsv('khen-thuong/khen-thuong.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.split('\n')[0]?.endsWith('\r')).toBe(true);
    expect(rows).toEqual(expectedRows(allDecisions()));
  });

  test('each decision has a CSV matching its JSON, and the JSON matches the all-decisions file', () => {
    const all = allDecisions();
    for (const decision of all.decisions) {
      const base = `khen-thuong/${decision.id}`;
      const own = openDataDecisionsFileSchema.parse(readJson(`${base}/khen-thuong.json`));
      expect(own.decisions).toEqual([decision]);
      expect(readCsv(`${base}/khen-thuong.csv`).rows, decision.id).toEqual(expectedRows(own));
    }
  });

  test('the award catalogue validates against its schema', () => {
    const catalogue = openDataAwardFormsFileSchema.parse(
      readJson('du-lieu/hinh-thuc-khen-thuong.json'),
    );
    expect(catalogue.awardForms.length).toBeGreaterThan(0);
  });
});

describe('the built feeds parse and list every decision', () => {
  test.each([
    ['RSS 2.0', 'khen-thuong/rss.xml', 'rss'],
    ['Atom 1.0', 'khen-thuong/atom.xml', 'atom'],
  ])('%s', (_name, path, type) => {
    const feed = parseFeed(readFileSync(join(distDir, path), 'utf8'));
    expect(feed.meta.type).toBe(type);
    const decisions = allDecisions().decisions;
    expect(feed.items.map((i) => i.url).sort()).toEqual(decisions.map((d) => d.url).sort());
    for (const item of feed.items) {
      const decision = decisions.find((d) => d.url === item.url);
      expect(item.title?.startsWith('[Dữ liệu minh họa]'), item.url ?? '').toBe(
        decision?.illustrative,
      );
    }
  });
});

describe('no withheld awardee is anywhere in the built site', () => {
  const files = () =>
    allFiles(distDir).filter((f) => !/\.(?:png|jpe?g|webp|avif|ico|woff2?|wasm)$/i.test(f));

  test('the build has HTML, CSV, JSON, XML and Pagefind files to look in', () => {
    const names = files().map((f) => relative(distDir, f));
    for (const pattern of [
      /\.html$/,
      /\.csv$/,
      /\.json$/,
      /\.xml$/,
      /^pagefind\/fragment\/.+\.pf_fragment$/,
    ]) {
      expect(
        names.some((n) => pattern.test(n)),
        String(pattern),
      ).toBe(true);
    }
  });

  test('no built file holds a withheld name, in any case, with or without diacritics', () => {
    const withheld = withheldAwardees();
    const leaks: string[] = [];
    for (const path of files()) {
      const key = matchKey(readText(path));
      for (const { name, file } of withheld) {
        if (key.includes(matchKey(name)))
          leaks.push(`${relative(distDir, path)}: "${name}" (${file})`);
      }
    }
    expect(leaks).toEqual([]);
  });

  test('no built file holds the achievement of a withheld awardee, where no other content has it', () => {
    const withheld = withheldAwardees();
    const unique = withheld.filter(
      (w) => !publicContentKeys().some((text) => text.includes(matchKey(w.achievement))),
    );
    const leaks: string[] = [];
    for (const path of files()) {
      const key = matchKey(readText(path));
      for (const { achievement, file } of unique) {
        if (key.includes(matchKey(achievement))) {
          leaks.push(`${relative(distDir, path)}: "${achievement}" (${file})`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });
});
