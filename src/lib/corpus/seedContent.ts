import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import matter from 'gray-matter';
import { awardFormSchema, type AwardForm } from '../../schemas/awardForms';
import { referencedDocumentSchema, type ReferencedDocumentData } from '../../schemas/documents';
import { movementSchema, type MovementData } from '../../schemas/movements';
import { organizationSchema, type Organization } from '../../schemas/organizations';

/** A file copied into the corpus unchanged: where it goes and its exact text. */
export interface CopiedFile<T> {
  /** The id (file name without extension). */
  readonly id: string;
  /** The file's text, byte for byte as read. */
  readonly text: string;
  /** The data as the collection's schema reads it. */
  readonly data: T;
}

/** What the corpus takes from the shipped content (content/ of the repository). */
export interface SeedContent {
  /** The whole award catalogue (content/award-forms/). */
  readonly awardForms: readonly CopiedFile<AwardForm>[];
  /** The holiday lists (content/holidays/<year>.json), by file name without `.json`. */
  readonly holidays: readonly { readonly name: string; readonly text: string }[];
  /** Central organizations (level `central`): Bộ Chính trị, Chính phủ, Thủ tướng, Quốc hội, Chủ tịch nước. */
  readonly centralOrganizations: readonly CopiedFile<Organization>[];
  /** Referenced stubs issued by those organizations (Chỉ thị 41-CT/TW, Luật 06/2022/QH15 …). */
  readonly centralDocuments: readonly CopiedFile<ReferencedDocumentData>[];
  /** National and sector movements whose references are all copied too. */
  readonly movements: readonly CopiedFile<MovementData>[];
}

/** Ids the generator builds on; reading fails with a clear message when one is missing. */
export const requiredSeedIds = {
  documents: [
    'chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26',
    'luat-06-2022-qh15-quoc-hoi-2022-06-15',
    'nghi-dinh-98-2023-nd-cp-chinh-phu-2023-12-31',
  ],
  organizations: ['bo-chinh-tri', 'chu-tich-nuoc', 'thu-tuong-chinh-phu'],
} as const;

/** A seed file is missing or does not match its schema: the message names the file and the fix. */
export class SeedContentError extends Error {}

async function listFiles(folder: string, extension: string): Promise<string[]> {
  const names = await readdir(folder).catch((error: unknown) => {
    throw new SeedContentError(
      `cannot read ${folder}: ${error instanceof Error ? error.message : String(error)}. The corpus copies the award catalogue, holidays, movements and central documents from the shipped content folder.`,
    );
  });
  return names
    .filter((n) => n.endsWith(extension) && !n.startsWith('_') && !n.startsWith('.'))
    .sort();
}

async function readCollection<T>(
  folder: string,
  extension: '.json' | '.md',
  parse: (data: unknown) => { success: true; data: T } | { success: false },
): Promise<CopiedFile<T>[]> {
  const files: CopiedFile<T>[] = [];
  for (const name of await listFiles(folder, extension)) {
    const text = await readFile(join(folder, name), 'utf8');
    const raw: unknown =
      extension === '.json' ? JSON.parse(text) : matter(text, { language: 'yaml' }).data;
    const parsed = parse(raw);
    if (parsed.success)
      files.push({ id: name.slice(0, -extension.length), text, data: parsed.data });
  }
  return files;
}

/**
 * Reads what the corpus copies from the shipped content: every valid award-catalogue row and holiday
 * list, the central organizations, the referenced stubs they issued, and the national and sector
 * movements whose `launchedBy`/`launchedByDocument` are among those copied. Files that break their
 * schema are skipped (`npm run check:content` reports them).
 *
 * @param contentDir the shipped content folder (the repository's `content/`)
 * @throws {SeedContentError} when a folder cannot be read or a required id is missing
 */
export async function readSeedContent(contentDir: string): Promise<SeedContent> {
  const awardForms = await readCollection(join(contentDir, 'award-forms'), '.json', (d) =>
    awardFormSchema.safeParse(d),
  );
  const organizations = await readCollection(join(contentDir, 'organizations'), '.json', (d) =>
    organizationSchema.safeParse(d),
  );
  const documents = await readCollection(join(contentDir, 'documents'), '.md', (d) =>
    referencedDocumentSchema.safeParse(d),
  );
  const movements = await readCollection(join(contentDir, 'movements'), '.json', (d) =>
    movementSchema.safeParse(d),
  );
  const holidays: { name: string; text: string }[] = [];
  for (const name of await listFiles(join(contentDir, 'holidays'), '.json')) {
    holidays.push({
      name: name.slice(0, -5),
      text: await readFile(join(contentDir, 'holidays', name), 'utf8'),
    });
  }

  const centralOrganizations = organizations.filter((o) => o.data.level === 'central');
  const centralIds = new Set(centralOrganizations.map((o) => o.id));
  const centralDocuments = documents.filter((d) => centralIds.has(d.data.issuer.id));
  const documentIds = new Set(centralDocuments.map((d) => d.id));
  const copiedMovements = movements.filter(
    (m) =>
      (m.data.scope === 'national' || m.data.scope === 'sector') &&
      (m.data.launchedBy === undefined || centralIds.has(m.data.launchedBy.id)) &&
      (m.data.launchedByDocument === undefined || documentIds.has(m.data.launchedByDocument.id)),
  );

  const missing = [
    ...requiredSeedIds.documents
      .filter((id) => !documentIds.has(id))
      .map((id) => `documents/${id}.md`),
    ...requiredSeedIds.organizations
      .filter((id) => !centralIds.has(id))
      .map((id) => `organizations/${id}.json`),
  ];
  if (missing.length > 0) {
    throw new SeedContentError(
      `the shipped content in ${contentDir} lacks ${missing.join(', ')} (or they break their schema); the corpus builds its directive chains and central awards on them. Restore them, or pass another content folder.`,
    );
  }
  if (awardForms.length === 0) {
    throw new SeedContentError(
      `no valid award form in ${join(contentDir, 'award-forms')}; the corpus needs the catalogue.`,
    );
  }
  return {
    awardForms,
    holidays,
    centralOrganizations,
    centralDocuments,
    movements: copiedMovements,
  };
}
