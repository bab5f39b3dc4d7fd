import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  buildImport,
  type ExistingEntry,
  type ImportProblem,
  type ImportResult,
} from './buildImport';
import {
  importAwardDecision,
  isDecisionText,
  type AwardDecisionSource,
} from './awardDecisionImport';
import type { MovementName } from './findMovements';
import type { PlanSource } from './importPlan';
import { OfficeTextError, readOfficeText, sourceKindOf, sourceKinds } from './officeText';
import { parsePlanOverrides, type PlanOverrides } from './planOverrides';

/** Options of {@link runImport}. */
export interface RunImportOptions {
  /**
   * The plans (and award decisions) to import: paths of `.txt`, `.docx` or `.pdf` files. The text of an
   * office file is extracted (`readOfficeText`) and stored as `sources/<stem>.txt`; a `.docx` whose
   * heading is "QUYẾT ĐỊNH" is imported as an award decision (`importAwardDecision`).
   */
  readonly files: readonly string[];
  /** The content folder written to: `documents/`, `organizations/`, `sources/` (default `content`). */
  readonly outDir: string;
  /** Where override files are read from (default `<outDir>/overrides`). */
  readonly overridesDir?: string;
  /** Where the movements matched in plans are read from (default `<outDir>/movements`). */
  readonly movementsDir?: string;
  /** Build and check everything, write nothing. */
  readonly dryRun?: boolean;
}

/** The outcome of {@link runImport}. */
export interface RunImportResult {
  /** The in-memory import (null when reading the inputs already failed). */
  readonly result: ImportResult | null;
  /** Every problem; nothing was written when there is any. */
  readonly problems: ImportProblem[];
  /** Paths (relative to the content folder) written, or that would be written on a dry run. */
  readonly written: string[];
  /** Paths the import produced with exactly the text already on disk. */
  readonly unchanged: string[];
  /** Office files read: the input path and the stored text it became ("sources/<stem>.txt"). */
  readonly extracted?: { readonly from: string; readonly to: string }[];
}

const readText = async (path: string): Promise<string | null> => {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
};

const listFiles = async (dir: string, extension: string): Promise<string[]> => {
  try {
    return (await readdir(dir))
      .filter((name) => name.endsWith(extension) && !name.startsWith('_') && !name.startsWith('.'))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the names and aliases of the movements in `dir` (`content/movements/*.json`). A file that
 * cannot be read is reported; its schema is checked by `npm run check:content`.
 */
async function readMovementNames(dir: string, problems: ImportProblem[]): Promise<MovementName[]> {
  const movements: MovementName[] = [];
  for (const name of await listFiles(dir, '.json')) {
    let data: unknown;
    try {
      data = JSON.parse((await readText(join(dir, name))) ?? '');
    } catch {
      data = null;
    }
    const movementName = isRecord(data) ? data['name'] : undefined;
    const aliases = isRecord(data) ? (data['aliases'] ?? []) : undefined;
    if (typeof movementName !== 'string' || !Array.isArray(aliases)) {
      problems.push({
        file: `movements/${name}`,
        field: 'file',
        message:
          'the movement cannot be read (không đọc được tệp phong trào: cần "name" và "aliases")',
        fix: 'run npm run check:content and correct the file, then import again',
      });
      continue;
    }
    movements.push({ id: name.slice(0, -5), name: movementName, aliases: aliases.map(String) });
  }
  return movements;
}

/** Reads the documents and organizations already in the content folder, as data. */
async function readExisting(outDir: string, problems: ImportProblem[]) {
  const documents: ExistingEntry[] = [];
  const organizations: ExistingEntry[] = [];
  for (const name of await listFiles(join(outDir, 'documents'), '.md')) {
    const text = (await readText(join(outDir, 'documents', name))) ?? '';
    const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u.exec(text)?.[1];
    let data: unknown;
    try {
      data = front === undefined ? null : parseYaml(front);
    } catch {
      data = null;
    }
    if (!isRecord(data)) {
      problems.push({
        file: `documents/${name}`,
        field: 'front matter',
        message: 'the front matter cannot be read (không đọc được phần đầu YAML)',
        fix: 'run npm run check:content and correct the file, then import again',
      });
      continue;
    }
    documents.push({ id: name.slice(0, -3), data });
  }
  for (const name of await listFiles(join(outDir, 'organizations'), '.json')) {
    const text = (await readText(join(outDir, 'organizations', name))) ?? '';
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
    if (!isRecord(data)) {
      problems.push({
        file: `organizations/${name}`,
        field: 'file',
        message: 'the JSON cannot be read (không đọc được tệp JSON)',
        fix: 'run npm run check:content and correct the file, then import again',
      });
      continue;
    }
    organizations.push({ id: name.slice(0, -5), data });
  }
  return { documents, organizations };
}

/** Writes a file through a temporary file and a rename, so a reader never sees half a file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}

/**
 * Imports plain-text plans into a content folder: reads the texts, their override files
 * (`overrides/<stem>.yaml`) and the content already there, builds every entry in memory
 * (`buildImport`), and only when nothing is wrong writes the new and changed files (temporary file +
 * rename). A text imported from outside `<outDir>/sources/` is copied there, byte for byte. Files whose
 * text is unchanged are not touched. With any problem, nothing is written.
 *
 * @throws only on an unexpected file-system failure (permissions, disk full)
 */
export async function runImport(options: RunImportOptions): Promise<RunImportResult> {
  const outDir = options.outDir;
  const overridesDir = options.overridesDir ?? join(outDir, 'overrides');
  const sourcesDir = join(outDir, 'sources');
  const problems: ImportProblem[] = [];
  const sources: PlanSource[] = [];
  const copies = new Map<string, string>();
  const decisions: AwardDecisionSource[] = [];
  const extracted: { from: string; to: string }[] = [];

  const seen = new Set<string>();
  for (const path of options.files) {
    const kind = sourceKindOf(path);
    if (kind === null) {
      problems.push({
        file: resolve(path),
        field: 'file',
        message: `unsupported file kind (không đọc được loại tệp này): ${path}; supported: ${sourceKinds.map((k) => `.${k}`).join(', ')}`,
        fix: 'save the plan as .txt, .docx or .pdf (with a text layer)',
      });
      continue;
    }
    const fileName =
      kind === 'txt' ? basename(path) : `${basename(path).replace(/\.[^.]+$/u, '')}.txt`;
    let text: string | null;
    let tables: AwardDecisionSource['tables'] = [];
    if (kind === 'txt') text = await readText(path);
    else {
      let bytes: Buffer | null;
      try {
        bytes = await readFile(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        bytes = null;
      }
      text = null;
      if (bytes !== null) {
        try {
          const office = await readOfficeText(bytes, kind, basename(path));
          text = `${office.text}\n`;
          tables = office.tables;
          extracted.push({ from: path, to: `sources/${fileName}` });
        } catch (error) {
          if (!(error instanceof OfficeTextError)) throw error;
          problems.push({
            file: resolve(path),
            field: 'file',
            message: error.message,
            fix:
              error.kind === 'scanned'
                ? 'use the Word file, or OCR the PDF and import the .txt'
                : 'open the file, save it again without a password as .docx or .pdf, and import again',
          });
          continue;
        }
      }
    }
    if (text === null) {
      problems.push({
        file: resolve(path),
        field: 'file',
        message: `no such file (không có tệp): ${path}`,
        fix: 'check the path',
      });
      continue;
    }
    if (seen.has(fileName)) {
      problems.push({
        file: resolve(path),
        field: 'file',
        message: `two inputs are named ${fileName} (trùng tên tệp)`,
        fix: 'rename one of them',
      });
      continue;
    }
    seen.add(fileName);
    if (kind === 'docx' && isDecisionText(text)) decisions.push({ fileName, text, tables });
    else sources.push({ fileName, text });
    if (kind !== 'txt' || resolve(dirname(path)) !== resolve(sourcesDir)) {
      const stored = await readText(join(sourcesDir, fileName));
      if (stored === null) copies.set(`sources/${fileName}`, text);
      else if (stored !== text) {
        problems.push({
          file: `sources/${fileName}`,
          field: 'file',
          message: `a different text named ${fileName} is already in ${sourcesDir} (đã có văn bản khác cùng tên)`,
          fix: 'import the stored copy, or give the new text another file name',
        });
      }
    }
  }

  const overrides = new Map<string, PlanOverrides>();
  for (const { fileName } of sources) {
    const stemName = fileName.replace(/\.[^.]+$/u, '');
    const path = join(overridesDir, `${stemName}.yaml`);
    const text = await readText(path);
    if (text === null) continue;
    const parsed = parsePlanOverrides(text, path);
    if (parsed.overrides === null) {
      for (const p of parsed.problems) {
        problems.push({
          source: fileName,
          file: `overrides/${stemName}.yaml`,
          field: p.field,
          message: p.message,
          fix: `correct ${path}: each value as { value: …, reason: "…" }`,
        });
      }
    } else overrides.set(stemName, parsed.overrides);
  }

  const existing = await readExisting(outDir, problems);
  const movements = await readMovementNames(
    options.movementsDir ?? join(outDir, 'movements'),
    problems,
  );
  const awardForms: ExistingEntry[] = [];
  for (const name of await listFiles(join(outDir, 'award-forms'), '.json')) {
    try {
      const data: unknown = JSON.parse((await readText(join(outDir, 'award-forms', name))) ?? '');
      if (isRecord(data)) awardForms.push({ id: name.slice(0, -5), data });
    } catch {
      // Reported by npm run check:content.
    }
  }
  if (problems.length > 0) return { result: null, problems, written: [], unchanged: [], extracted };

  const result = buildImport({ sources, overrides, existing, movements, overridesDir });
  problems.push(...result.problems);
  const decisionFiles: { path: string; text: string }[] = [];
  for (const decision of decisions) {
    const imported = importAwardDecision(decision, { ...existing, awardForms });
    problems.push(...imported.problems);
    if (imported.path !== null && imported.text !== null)
      decisionFiles.push({ path: imported.path, text: imported.text });
  }
  const planned = [
    ...result.files.map((f) => ({ path: f.path, text: f.text })),
    ...decisionFiles,
    ...[...copies].map(([path, text]) => ({ path, text })),
  ];
  const written: string[] = [];
  const unchanged: string[] = [];
  const changes: { path: string; text: string }[] = [];
  for (const file of planned) {
    const current = await readText(join(outDir, file.path));
    if (current === file.text) unchanged.push(file.path);
    else {
      written.push(file.path);
      changes.push(file);
    }
  }
  if (problems.length > 0) return { result, problems, written: [], unchanged: [], extracted };
  if (options.dryRun !== true) {
    for (const file of changes) await writeAtomically(join(outDir, file.path), file.text);
  }
  return { result, problems, written, unchanged, extracted };
}
