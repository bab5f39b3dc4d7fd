/**
 * `npm run check:content`: validates the content folder without building the site (no Astro; about a
 * second), for an editor's save loop. Lists every problem grouped by file, each with its field, a
 * Vietnamese line and how to fix it, then a summary:
 * "Đã kiểm tra N văn bản, M cơ quan: không có lỗi." or "…: K lỗi trong F tệp.". Exit code 1 when
 * anything is wrong.
 *
 * Environment: CONTENT_DIR (default ./content); FUTURE_DATE_MARGIN_DAYS (default 31) for how far in
 * the future an issue date may lie.
 */
import { performance } from 'node:perf_hooks';
import { formatReport, validateContent } from '../src/lib/validation/index';
import { parseMarginDays } from '../src/lib/validation/checkFutureDates';

const contentDir = process.env['CONTENT_DIR'] ?? './content';

/** `{ futureMarginDays }` when set, `{}` otherwise (exactOptionalPropertyTypes). */
const optionalMargin = (days: number | undefined): { futureMarginDays?: number } =>
  days === undefined ? {} : { futureMarginDays: days };

async function main(): Promise<void> {
  const started = performance.now();
  const result = await validateContent(contentDir, {
    ...optionalMargin(parseMarginDays(process.env['FUTURE_DATE_MARGIN_DAYS'])),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (result.problems.length === 0) {
    console.log(`${formatReport(result)} [${seconds}s]`);
    return;
  }
  console.error(`${formatReport(result)} [${seconds}s]`);
  console.error('Sửa các lỗi trên rồi chạy lại: npm run check:content');
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`Lỗi: không kiểm tra được nội dung (the check itself failed): ${reason}`);
  process.exitCode = 1;
});
