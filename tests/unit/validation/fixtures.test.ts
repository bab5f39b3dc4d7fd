import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { displayPath, validateContent, type Problem } from '../../../src/lib/validation/index';

/**
 * Every fixture folder goes through the real reader, the real schemas and every check. `valid/` must
 * pass; each folder in `invalid/` holds an `expected.json` listing exactly the problems it must
 * produce: file (relative to the folder), field, check, line when it has one, and fragments the message
 * and the fix must contain (`{contentRoot}` stands for the folder as shown to editors).
 */
const fixtures = 'tests/fixtures/validation';

interface ExpectedProblem {
  file: string;
  field: string;
  check: Problem['check'];
  line?: number;
  message: string[];
  fix: string[];
}

interface Expected {
  name: string;
  today: string;
  problems: ExpectedProblem[];
}

const cases = readdirSync(join(fixtures, 'invalid'))
  .sort()
  .map((folder) => {
    const dir = join(fixtures, 'invalid', folder);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    return { folder, dir, ...expected };
  });

const key = (p: {
  file: string;
  field: string;
  check: string;
  line?: number | undefined;
}): string =>
  `${p.file} | ${p.field} | ${p.check}${p.line === undefined ? '' : ` | line ${p.line}`}`;

describe('valid content', () => {
  test('the valid fixture set has no problems', async () => {
    const result = await validateContent(join(fixtures, 'valid'), {
      today: new Date(2026, 10, 21),
    });
    expect(result.problems).toEqual([]);
  });

  test('it counts documents, organizations, award forms and decisions, and skips drafts', async () => {
    const result = await validateContent(join(fixtures, 'valid'), {
      today: new Date(2026, 10, 21),
    });
    expect(result.counts).toEqual({
      documents: 3,
      organizations: 5,
      awardForms: 1,
      awardDecisions: 1,
      exemplars: 0,
      drafts: 1,
    });
  });
});

describe.each(cases)('$name ($folder)', ({ dir, today, problems: expected }) => {
  const contentRoot = displayPath(dir, process.cwd());
  const fill = (text: string): string => text.replaceAll('{contentRoot}', contentRoot);
  const run = async (): Promise<readonly Problem[]> =>
    (await validateContent(dir, { today: new Date(`${today}T12:00:00`) })).problems;

  test('reports exactly the expected problems (file, field, check, line)', async () => {
    const problems = await run();
    const wanted = expected.map((p) => key({ ...p, file: `${contentRoot}/${p.file}` }));
    const got = problems.map((p) =>
      key({ ...p, line: expected.some((e) => e.line !== undefined) ? p.line : undefined }),
    );
    expect(got.sort()).toEqual(wanted.sort());
  });

  test.each(expected)(
    '$file $field: the message and fix say what is wrong and how to fix it',
    async (want) => {
      const problems = await run();
      const problem = problems.find(
        (p) =>
          p.file === `${contentRoot}/${want.file}` &&
          p.field === want.field &&
          p.check === want.check &&
          (want.line === undefined || p.line === want.line),
      );
      expect(problem, `no ${want.check} problem on ${want.file} ${want.field}`).toBeDefined();
      for (const fragment of want.message) expect(problem?.message).toContain(fill(fragment));
      for (const fragment of want.fix) expect(problem?.fix).toContain(fill(fragment));
      expect(problem?.vi).toMatch(/^Lỗi: /);
    },
  );
});
