import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runImport } from '../../../src/lib/importer/runImport';
import { contentDir, movementsDir, overridesDir, seedFiles, sourcesDir } from './seedImport';

/**
 * Generated files are never edited by hand: importing the five seeds into an empty folder must give
 * every committed file the importer writes, byte for byte. When this fails after a change to the
 * importer, regenerate with `npm run import -- content/sources/*.txt` and review the diff.
 *
 * The committed folders may hold more than the importer writes: organizations written by hand (the
 * issuers of award decisions, e.g. "Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa") live beside the
 * generated ones. Those extra files are allowed; the validation pass (`npm run check:content`) checks
 * them against the schema like every other entry.
 */
let out: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'importer-committed-'));
  const outcome = await runImport({
    files: seedFiles.map((name) => join(sourcesDir, name)),
    outDir: out,
    overridesDir,
    movementsDir,
  });
  if (outcome.problems.length > 0) throw new Error(JSON.stringify(outcome.problems, null, 2));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

const list = async (dir: string): Promise<string[]> =>
  (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();

describe.each(['documents', 'organizations'])('content/%s', (collection) => {
  test('holds every file the importer makes from the seeds (hand-written extra files allowed)', async () => {
    const committed = new Set(await list(join(contentDir, collection)));
    const missing = (await list(join(out, collection))).filter((name) => !committed.has(name));
    expect(missing).toEqual([]);
  });

  test('every file is byte-identical to a fresh import', async () => {
    const names = await list(join(out, collection));
    const differing: string[] = [];
    for (const name of names) {
      const generated = await readFile(join(out, collection, name), 'utf8');
      const committed = await readFile(join(contentDir, collection, name), 'utf8').catch(
        () => null,
      );
      if (committed !== generated) differing.push(name);
    }
    expect(differing).toEqual([]);
  });
});
