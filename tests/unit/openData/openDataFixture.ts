/**
 * Reads tests/fixtures/opendata through the real schemas, as the Astro glob loader would, so tests see
 * exactly the entries the routes see (no hand-made objects that could drift from the schemas).
 *
 * The fixture: three illustrative decisions of phường Bắc Sơn and the Chủ tịch nước — one decided
 * with a withheld individual ("Lục Thị Kín Tên"), achievements holding commas, quotes and a line
 * break, a household; one proposed list under consultation; one revoked order with a class.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { awardDecisionSchema, type AwardDecisionInput } from '../../../src/schemas/awardDecisions';
import { awardFormSchema } from '../../../src/schemas/awardForms';
import { documentSchema } from '../../../src/schemas/documents';
import { organizationSchema } from '../../../src/schemas/organizations';
import {
  buildOpenData,
  type Entry,
  type OpenData,
  type OpenDataSources,
} from '../../../src/lib/openData/buildOpenData';
import type { AwardDecision } from '../../../src/schemas/awardDecisions';

export const fixtureDir = join(import.meta.dirname, '../../fixtures/opendata');

/** The site address the fixture is exported with. */
export const site = 'https://thiduakhenthuong.example.vn/';

/** The withheld awardee of the fixture (`published: false`): must appear in no output. */
export const withheldName = 'Lục Thị Kín Tên';

/** Ids of the fixture decisions. */
export const ids = {
  decided: 'quyet-dinh-45-qd-ubnd-chu-tich-uy-ban-nhan-dan-phuong-bac-son-2025-09-15',
  proposed:
    'quyet-dinh-chu-tich-uy-ban-nhan-dan-phuong-bac-son-ve-viec-de-nghi-cong-nhan-danh-hieu',
  revoked: 'quyet-dinh-1520-qd-ctn-chu-tich-nuoc-2025-08-25',
} as const;

function files(folder: string, extension: string): string[] {
  return readdirSync(join(fixtureDir, folder))
    .filter((f) => f.endsWith(extension) && !f.startsWith('_'))
    .sort();
}

function readJson(folder: string): { id: string; json: unknown }[] {
  return files(folder, '.json').map((file) => ({
    id: file.replace(/\.json$/, ''),
    json: JSON.parse(readFileSync(join(fixtureDir, folder, file), 'utf8')) as unknown,
  }));
}

/** The raw JSON of one fixture decision, for tests that vary it before parsing. */
export function decisionInput(id: string): AwardDecisionInput {
  const found = readJson('award-decisions').find((e) => e.id === id);
  if (found === undefined) throw new Error(`no fixture decision ${id}`);
  return found.json as AwardDecisionInput;
}

/** Parses a decision input through the real schema. */
export function parseDecision(id: string, input: AwardDecisionInput): Entry<AwardDecision> {
  return { id, data: awardDecisionSchema.parse(input) };
}

/** The fixture collections, each parsed by its schema. */
export function fixtureSources(): OpenDataSources {
  return {
    awardDecisions: readJson('award-decisions').map(({ id, json }) => ({
      id,
      data: awardDecisionSchema.parse(json),
    })),
    awardForms: readJson('award-forms').map(({ id, json }) => ({
      id,
      data: awardFormSchema.parse(json),
    })),
    organizations: readJson('organizations').map(({ id, json }) => ({
      id,
      data: organizationSchema.parse(json),
    })),
    documents: files('documents', '.md').map((file) => ({
      id: file.replace(/\.md$/, ''),
      data: documentSchema.parse(
        matter(readFileSync(join(fixtureDir, 'documents', file), 'utf8')).data,
      ),
    })),
  };
}

/** The fixture's open data, as the routes build it. */
export function fixtureOpenData(): OpenData {
  return buildOpenData(fixtureSources(), site);
}

/** One decision of the fixture's open data. */
export function fixtureDecision(id: string) {
  const decision = fixtureOpenData().decisionById.get(id);
  if (decision === undefined) throw new Error(`no fixture decision ${id}`);
  return decision;
}
