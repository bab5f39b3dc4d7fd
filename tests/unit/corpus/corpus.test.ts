import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parsePlanBody, flattenSections } from '../../../src/lib/documents/parsePlanBody';
import { toYaml } from '../../../src/lib/importer/serializeEntries';
import { generateCorpus, type CorpusOptions } from '../../../src/lib/corpus/generateCorpus';
import { CorpusOutputError, corpusMarkerName } from '../../../src/lib/corpus/outputFolder';
import { validateContent } from '../../../src/lib/validation/index';

/**
 * The generator end to end on a small corpus (3 provinces, 12 communes, 40 plans, 200 awardees): the
 * real validation pass finds nothing, the counts are the arguments, the same seed gives the same
 * bytes, and the repository's content/ is never written to.
 */
const content = resolve('content');
const root = mkdtempSync(join(tmpdir(), 'corpus-test-'));
const small: CorpusOptions = {
  provinces: 3,
  communes: 12,
  plans: 40,
  awardees: 200,
  perDecision: 10,
  exemplars: undefined,
  seed: 's1',
};
const paths = (out: string) => ({ out, seedContent: content, protectedFolders: [content] });

/** Every file under a folder, sorted, as "path\0bytes" hashed: equal hashes mean identical trees. */
function treeHash(folder: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string, prefix: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const rel = prefix === '' ? name : `${prefix}/${name}`;
      if (
        readdirSync(dir, { withFileTypes: true })
          .find((e) => e.name === name)
          ?.isDirectory() === true
      ) {
        walk(path, rel);
      } else {
        hash.update(rel).update('\0').update(readFileSync(path)).update('\0');
      }
    }
  };
  walk(folder, '');
  return hash.digest('hex');
}

const filesIn = (folder: string, extension: string): string[] =>
  readdirSync(folder).filter((n) => n.endsWith(extension));

let first: string;
let again: string;
let other: string;

beforeAll(async () => {
  first = join(root, 'first');
  again = join(root, 'again');
  other = join(root, 'other');
  await generateCorpus(small, paths(first));
  await generateCorpus(small, paths(again));
  await generateCorpus({ ...small, seed: 's2' }, paths(other));
}, 60_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('a small generated corpus', () => {
  test('passes the validation with no problem at all', async () => {
    const result = await validateContent(first, { today: new Date(2026, 9, 1) });
    expect(result.problems).toEqual([]);
  });

  test('has as many plans, awardees and organizations as asked', () => {
    const plans = filesIn(join(first, 'documents'), '.md').filter((n) =>
      readFileSync(join(first, 'documents', n), 'utf8').includes('\nstatus: full\n'),
    );
    expect(plans).toHaveLength(40);
    const awardees = filesIn(join(first, 'award-decisions'), '.json').reduce(
      (sum, n) =>
        sum +
        (
          JSON.parse(readFileSync(join(first, 'award-decisions', n), 'utf8')) as {
            awardees: unknown[];
          }
        ).awardees.length,
      0,
    );
    expect(awardees).toBe(200);
    expect(filesIn(join(first, 'award-decisions'), '.json')).toHaveLength(20);
    // 4 per province, 2 per commune, plus the copied central bodies.
    const generated = filesIn(join(first, 'organizations'), '.json').filter(
      (n) =>
        (JSON.parse(readFileSync(join(first, 'organizations', n), 'utf8')) as { level: string })
          .level !== 'central',
    );
    expect(generated).toHaveLength(3 * 4 + 12 * 2);
    expect(filesIn(join(first, 'award-forms'), '.json')).toEqual(
      filesIn(join(content, 'award-forms'), '.json'),
    );
    expect(filesIn(join(first, 'exemplars'), '.mdx')).toHaveLength(3);
    expect(filesIn(join(first, 'exemplars', 'images'), '.png')).toHaveLength(3);
  });

  test('is byte-identical for the same seed and different for another', () => {
    expect(treeHash(again)).toBe(treeHash(first));
    expect(treeHash(other)).not.toBe(treeHash(first));
  });

  test('writes front matter exactly as the importer would', () => {
    const files = [
      ...filesIn(join(first, 'documents'), '.md').map((n) => join(first, 'documents', n)),
      ...filesIn(join(first, 'exemplars'), '.mdx').map((n) => join(first, 'exemplars', n)),
    ];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const head = /^---\n([\s\S]*?\n)---\n/.exec(text)?.[1] ?? '';
      const data = matter(text, { language: 'yaml' }).data as Record<string, unknown>;
      expect(toYaml(data), file).toBe(head);
    }
  });

  test('ties every assignment and milestone to a section of the plan body', () => {
    for (const name of filesIn(join(first, 'documents'), '.md')) {
      const parsed = matter(readFileSync(join(first, 'documents', name), 'utf8'), {
        language: 'yaml',
      });
      if (parsed.data['status'] !== 'full') continue;
      const anchors = new Set(
        flattenSections(parsePlanBody(parsed.content).sections).map((s) => s.section.anchor),
      );
      const used = [
        ...((parsed.data['assignments'] ?? []) as { section: string }[]),
        ...((parsed.data['milestones'] ?? []) as { section: string }[]),
      ].map((entry) => entry.section);
      expect(used.length, name).toBeGreaterThan(0);
      for (const section of used) expect(anchors.has(section), `${name}: ${section}`).toBe(true);
    }
  });

  test('replaces a previous corpus in place with the same bytes', async () => {
    const before = treeHash(first);
    await generateCorpus(small, paths(first));
    expect(treeHash(first)).toBe(before);
  });
});

describe('the output folder', () => {
  test.each([
    ['the repository content folder', content],
    ['a folder inside content/', join(content, 'documents')],
    ['a folder that contains content/', resolve('.')],
  ])('refuses %s', async (_label, out) => {
    await expect(generateCorpus(small, paths(out))).rejects.toThrow(CorpusOutputError);
  });

  test('refuses a non-empty folder that is not a previous corpus, and leaves it alone', async () => {
    const folder = join(root, 'busy');
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes.txt'), 'keep me');
    await expect(generateCorpus(small, paths(folder))).rejects.toThrow(/not empty/);
    expect(readdirSync(folder)).toEqual(['notes.txt']);
  });

  test('keeps files of its own in a previous corpus folder', async () => {
    const folder = join(root, 'kept');
    await generateCorpus({ ...small, plans: 5, awardees: 0 }, paths(folder));
    writeFileSync(join(folder, 'README.txt'), 'mine');
    await generateCorpus({ ...small, plans: 5, awardees: 0 }, paths(folder));
    expect(readFileSync(join(folder, 'README.txt'), 'utf8')).toBe('mine');
    expect(readdirSync(folder)).toContain(corpusMarkerName);
  });
});
