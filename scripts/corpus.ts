/**
 * `npm run corpus -- --out DIR [--provinces 34 --communes 3321 --plans N --awardees M --seed S]`:
 * writes a synthetic, schema-valid national corpus for scale tests (logic in src/lib/corpus/). Prints
 * what was written and how long it took. Exit code 1 on bad arguments, a refused output folder (the
 * repository's content/, or a non-empty folder that is not a previous corpus) or a failure.
 *
 * Then: CONTENT_DIR=DIR npm run check:content, or CONTENT_DIR=DIR OUT_DIR=/tmp/corpus-out npm run build.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import {
  CorpusUsageError,
  corpusUsage,
  parseCorpusArguments,
} from '../src/lib/corpus/corpusArguments';
import { generateCorpus } from '../src/lib/corpus/generateCorpus';
import { CorpusOutputError } from '../src/lib/corpus/outputFolder';
import { SeedContentError } from '../src/lib/corpus/seedContent';

const repositoryContent = resolve(fileURLToPath(new URL('../content', import.meta.url)));

async function main(): Promise<void> {
  const parsed = parseCorpusArguments(process.argv.slice(2));
  if (parsed === 'help') {
    console.log(corpusUsage);
    return;
  }
  const started = performance.now();
  const seconds = (): string => ((performance.now() - started) / 1000).toFixed(1);
  const counts = await generateCorpus(
    parsed.options,
    { out: parsed.out, seedContent: repositoryContent, protectedFolders: [repositoryContent] },
    (stage, sofar) => {
      console.log(
        `  ${stage} … ${String(sofar.organizations)} cơ quan, ${String(sofar.plans)} kế hoạch, ${String(sofar.awardDecisions)} quyết định [${seconds()}s]`,
      );
    },
  );
  console.log(
    [
      `Đã tạo bộ dữ liệu minh họa trong ${parsed.out} [${seconds()}s]:`,
      `  ${String(counts.organizations)} cơ quan (organizations)`,
      `  ${String(counts.documents)} văn bản (documents): ${String(counts.plans)} kế hoạch (${String(counts.provincePlans)} cấp tỉnh, ${String(counts.communePlans)} cấp xã) và ${String(counts.documents - counts.plans)} văn bản trung ương`,
      `  ${String(counts.awardDecisions)} quyết định khen thưởng với ${String(counts.awardees)} người, tập thể được khen (award-decisions)`,
      `  ${String(counts.exemplars)} điển hình (exemplars), ${String(counts.images)} ảnh bìa`,
      `  ${String(counts.awardForms)} hình thức khen thưởng, ${String(counts.movements)} phong trào, ${String(counts.holidays)} lịch nghỉ (copied)`,
      `Kiểm tra: CONTENT_DIR=${parsed.out} npm run check:content`,
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  const reason = error instanceof Error ? error.message : String(error);
  if (error instanceof CorpusUsageError) {
    console.error(`Lỗi: ${reason}\n\n${corpusUsage}`);
  } else if (error instanceof CorpusOutputError || error instanceof SeedContentError) {
    console.error(`Lỗi: ${reason}`);
  } else {
    console.error(
      `Lỗi: không tạo được bộ dữ liệu (the generator failed): ${error instanceof Error ? (error.stack ?? reason) : reason}`,
    );
  }
  process.exitCode = 1;
});
