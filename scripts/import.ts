/**
 * `npm run import -- <files…> [--out <dir>] [--overrides <dir>] [--dry-run]`: imports plans from plain
 * text, Word (.docx) or PDF with a text layer, and award decisions from Word (see src/lib/importer/). For each file it prints a summary and what it could not determine,
 * with the override to add in `<out>/overrides/<file>.yaml`. Writes nothing and exits with code 1
 * when any entry is invalid.
 *
 * Options: `--out <dir>` the content folder (default CONTENT_DIR or `content`); `--overrides <dir>`
 * where override files are (default `<out>/overrides`); `--dry-run` check without writing.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatImportReport } from '../src/lib/importer/formatImportReport';
import { runImport } from '../src/lib/importer/runImport';

const usage =
  'Cách dùng / usage: npm run import -- <tệp .txt|.docx|.pdf …> [--out <thư mục>] [--overrides <thư mục>] [--dry-run]';

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        overrides: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exitCode = 1;
    return;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    console.error(usage);
    if (!values.help) process.exitCode = 1;
    return;
  }
  const outDir = values.out ?? process.env['CONTENT_DIR'] ?? 'content';
  const overridesDir = values.overrides ?? join(outDir, 'overrides');
  const dryRun = values['dry-run'];
  const outcome = await runImport({ files: positionals, outDir, overridesDir, dryRun });
  const report = formatImportReport(outcome.result?.reports ?? [], outcome.problems, {
    outDir,
    overridesDir,
    written: outcome.written,
    unchanged: outcome.unchanged,
    dryRun,
  });
  const provenance = (outcome.extracted ?? [])
    .map((e) => `Đã lấy chữ từ / text extracted from ${e.from} → ${outDir}/${e.to}\n`)
    .join('');
  if (outcome.problems.length > 0) {
    console.error(provenance + report);
    process.exitCode = 1;
  } else {
    console.log(provenance + report);
  }
}

await main();
