/**
 * `npm run bench`: prints the project's speed and size figures; no pass/fail (targets are shown next
 * to the figures). Tests never time anything; this script does.
 *
 * Figures:
 * - `npm run check:content` on the shipped content: the wall time an editor waits after saving (a
 *   fresh process, as the npm script runs it), and the time of the validation pass alone (median of 5
 *   runs in this process).
 * - Page weight per page type (scripts/page-weight.ts) of the built site in OUT_DIR (default dist),
 *   when it has been built.
 *
 * Environment: CONTENT_DIR (default ./content), OUT_DIR (default dist).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { validateContent } from '../src/lib/validation/index';
import { formatWeights, measureSite } from './page-weight';

const contentDir = resolve(process.env['CONTENT_DIR'] ?? './content');
const outDir = resolve(process.env['OUT_DIR'] ?? 'dist');

/** Target for the editor's save loop: a check an editor does not have to wait for. */
const checkTargetSeconds = 2;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
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

async function main(): Promise<void> {
  console.log(`Benchmark ${new Date().toISOString()} · Node ${process.version}\n`);
  console.log((await benchCheckContent()).join('\n'));
  console.log('');
  if (existsSync(join(outDir, 'index.html'))) {
    console.log(formatWeights(await measureSite(outDir)));
  } else {
    console.log(`Page weight: skipped, ${outDir} has no built site (run npm run build first).`);
  }
}

await main();
