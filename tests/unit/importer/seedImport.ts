import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  buildImport,
  type ImportResult,
  type PlanReport,
} from '../../../src/lib/importer/buildImport';
import type { MovementName } from '../../../src/lib/importer/findMovements';
import { parsePlanOverrides, type PlanOverrides } from '../../../src/lib/importer/planOverrides';

/** The five seed plans, as the repository keeps them. */
export const sourcesDir = join(import.meta.dirname, '../../../content/sources');
export const overridesDir = join(import.meta.dirname, '../../../content/overrides');
export const contentDir = join(import.meta.dirname, '../../../content');
export const movementsDir = join(import.meta.dirname, '../../../content/movements');

/** The committed movements, as the importer matches them. */
export function readMovementNames(): MovementName[] {
  return readdirSync(movementsDir)
    .filter((name) => name.endsWith('.json') && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const data = JSON.parse(readFileSync(join(movementsDir, name), 'utf8')) as {
        name: string;
        aliases?: string[];
      };
      return { id: name.slice(0, -5), name: data.name, aliases: data.aliases ?? [] };
    });
}

export const seedFiles = readdirSync(sourcesDir)
  .filter((name) => name.endsWith('.txt'))
  .sort();

/** Reads the override files of content/overrides through the real schema. */
export function readOverrides(): Map<string, PlanOverrides> {
  const overrides = new Map<string, PlanOverrides>();
  for (const name of readdirSync(overridesDir).filter((n) => n.endsWith('.yaml'))) {
    const parsed = parsePlanOverrides(readFileSync(join(overridesDir, name), 'utf8'), name);
    if (parsed.overrides === null) throw new Error(`${name}: ${JSON.stringify(parsed.problems)}`);
    overrides.set(name.slice(0, -5), parsed.overrides);
  }
  return overrides;
}

/** Imports the seeds (optionally with changed texts) into an empty content folder, in memory. */
export function importSeeds(
  transform: (text: string, fileName: string) => string = (t) => t,
  files: readonly string[] = seedFiles,
): ImportResult {
  return buildImport({
    sources: files.map((fileName) => ({
      fileName,
      text: transform(readFileSync(join(sourcesDir, fileName), 'utf8'), fileName),
    })),
    overrides: readOverrides(),
    existing: { documents: [], organizations: [] },
    movements: readMovementNames(),
  });
}

/** The front matter (documents) or JSON (organizations) of a file the import produced. */
export function entryData(result: ImportResult, path: string): Record<string, unknown> {
  const file = result.files.find((f) => f.path === path);
  if (file === undefined) throw new Error(`no file ${path}`);
  if (path.endsWith('.json')) return JSON.parse(file.text) as Record<string, unknown>;
  const front = /^---\n([\s\S]*?)\n---\n/u.exec(file.text)?.[1] ?? '';
  return parseYaml(front) as Record<string, unknown>;
}

/** The report of the plan imported from `fileName`. */
export function reportOf(result: ImportResult, fileName: string): PlanReport {
  const report = result.reports.find((r) => r.draft.sourceFile === fileName);
  if (report === undefined) throw new Error(`no report for ${fileName}`);
  return report;
}

/** The plan entry imported from `fileName`. */
export function planData(result: ImportResult, fileName: string): Record<string, unknown> {
  return entryData(result, reportOf(result, fileName).path);
}
