/**
 * `npm run new -- <exemplar|plan|award> "<tên hoặc trích yếu>"`: writes a draft entry (file name
 * starting with `_`, so not published) that passes its schema, with every field explained and the
 * values still to write marked "CẦN ĐIỀN". Never overwrites a file. Prints the path and the next steps.
 * Logic: src/lib/new/. Environment: CONTENT_DIR (default ./content).
 */
import { parseArgs } from 'node:util';
import { format } from 'date-fns';
import { scaffoldKindAliases } from '../src/lib/new/scaffold';
import { writeScaffold } from '../src/lib/new/writeScaffold';

const usage = [
  'Cách dùng / usage:',
  '  npm run new -- exemplar "Tên điển hình"     (bài điển hình tiên tiến; hoặc: dien-hinh)',
  '  npm run new -- plan "Trích yếu kế hoạch"     (kế hoạch nhập tay; hoặc: ke-hoach)',
  '  npm run new -- award "Trích yếu quyết định"  (quyết định khen thưởng; hoặc: khen-thuong)',
].join('\n');

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const [kindWord = '', ...words] = positionals;
  const kind = scaffoldKindAliases[kindWord.toLowerCase()];
  const title = words.join(' ').trim();
  if (kind === undefined || title === '') {
    console.error(usage);
    process.exitCode = 1;
    return;
  }
  const contentDir = process.env['CONTENT_DIR'] ?? 'content';
  const outcome = await writeScaffold(contentDir, kind, title, format(new Date(), 'yyyy-MM-dd'));
  if (!outcome.written) {
    console.error(`Lỗi: ${outcome.reason}`);
    process.exitCode = 1;
    return;
  }
  console.log(`Đã tạo bản nháp: ${outcome.file}`);
  console.log('Bước tiếp theo:');
  outcome.scaffold.nextSteps.forEach((step, i) => {
    console.log(`  ${i + 1}. ${step}`);
  });
}

main().catch((error: unknown) => {
  console.error(
    `Lỗi: không tạo được tệp (could not create the file): ${error instanceof Error ? error.message : String(error)}\n${usage}`,
  );
  process.exitCode = 1;
});
