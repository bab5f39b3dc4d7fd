/**
 * Reads tests/fixtures/content-basic through the real schemas, as the Astro glob loader would, so that
 * tests see exactly the entries pages see (no hand-made objects that could drift from the schema).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { documentSchema } from '../../../src/schemas/documents';
import { organizationSchema } from '../../../src/schemas/organizations';
import {
  buildSiteModel,
  type DocumentEntryInput,
  type OrganizationEntryInput,
  type SiteModel,
} from '../../../src/lib/site/siteModel';

export const fixtureDir = join(import.meta.dirname, '../../fixtures/content-basic');

function files(folder: string, extension: string): string[] {
  return readdirSync(join(fixtureDir, folder))
    .filter((f) => f.endsWith(extension) && !f.startsWith('_'))
    .sort();
}

/** The fixture documents, parsed by `documentSchema`, with their Markdown bodies. */
export function fixtureDocuments(): DocumentEntryInput[] {
  return files('documents', '.md').map((file) => {
    const parsed = matter(readFileSync(join(fixtureDir, 'documents', file), 'utf8'), {
      language: 'yaml',
    });
    return {
      id: file.replace(/\.md$/, ''),
      data: documentSchema.parse(parsed.data),
      body: parsed.content,
    };
  });
}

/** The fixture organizations, parsed by `organizationSchema`. */
export function fixtureOrganizations(): OrganizationEntryInput[] {
  return files('organizations', '.json').map((file) => ({
    id: file.replace(/\.json$/, ''),
    data: organizationSchema.parse(
      JSON.parse(readFileSync(join(fixtureDir, 'organizations', file), 'utf8')),
    ),
  }));
}

/** The site model of the fixture. */
export function fixtureModel(): SiteModel {
  return buildSiteModel(fixtureDocuments(), fixtureOrganizations());
}

/** Ids of the fixture documents the tests talk about. */
export const ids = {
  ct41: 'chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26',
  ct34: 'chi-thi-34-ct-tw-bo-chinh-tri-2014-04-07',
  ct39: 'chi-thi-39-ct-ttg-thu-tuong-chinh-phu-2024-10-15',
  kh25: 'ke-hoach-25-kh-tu-ban-thuong-vu-tinh-uy-gia-lai-2025-12-05',
  kh152: 'ke-hoach-152-kh-tu-ban-thuong-vu-tinh-uy-lam-dong-2025-02-28',
  kh42: 'ke-hoach-42-kh-du-ban-thuong-vu-dang-uy-phuong-quy-nhon-tay',
  damRong:
    'ke-hoach-ban-thuong-vu-huyen-uy-dam-rong-thuc-hien-ke-hoach-so-152-kh-tu-ngay-28-02-2025',
  quyetThang:
    'ke-hoach-uy-ban-nhan-dan-phuong-quyet-thang-2024-02-cong-tac-thi-dua-khen-thuong-nam-2024',
  bacSon: 'ke-hoach-uy-ban-nhan-dan-phuong-bac-son-2025-to-chuc-phong-trao-thi-dua-dac-biet',
  kh219: 'ke-hoach-219-kh-tu-ban-thuong-vu-thi-uy-bac-son-2024-09-18',
  kh4663: 'ke-hoach-4663-kh-ubnd-uy-ban-nhan-dan-thi-xa-bac-son-2024-12-25',
  nd98: 'nghi-dinh-98-2023-nd-cp-chinh-phu-2023-12-31',
  luat06: 'luat-06-2022-qh15-quoc-hoi-2022-06-15',
  kh33: 'ke-hoach-33-kh-ubnd-uy-ban-nhan-dan-phuong-quyet-thang-2024-01-08',
} as const;
