/** Small hand-built graphs for the hierarchy tests, in the shape `buildDocumentGraph` takes. */
import type { DocumentKind } from '../../../src/lib/documents/documentKinds';
import type {
  GraphDocumentInput,
  GraphOrganizationInput,
} from '../../../src/lib/hierarchy/documentGraph';
import type { OrganizationLevel } from '../../../src/lib/organizations/organizationTerms';

interface DocOptions {
  readonly issued?: string;
  readonly implements?: readonly string[];
  readonly basedOn?: readonly string[];
  readonly cites?: readonly string[];
}

const refs = (list: readonly string[] | undefined) => (list ?? []).map((id) => ({ id }));

/** A document issued by the organization of that level ("central", "province" …). */
export function doc(
  id: string,
  kind: DocumentKind,
  level: OrganizationLevel,
  options: DocOptions = {},
): GraphDocumentInput {
  return {
    id,
    data: {
      kind,
      issuer: { id: `org-${level}` },
      issued: options.issued,
      implements: refs(options.implements),
      basedOn: refs(options.basedOn),
      cites: refs(options.cites),
    },
  };
}

/** One organization per level, ids `org-central`, `org-province` … */
export const orgs: GraphOrganizationInput[] = (
  ['central', 'province', 'district', 'commune'] as const
).map((level) => ({ id: `org-${level}`, data: { level } }));

/** Chỉ thị 41-CT/TW and its chains (as in the fixture), in miniature. */
export const directive41: GraphDocumentInput[] = [
  doc('ct41', 'directive', 'central', { issued: '2024-12-26' }),
  doc('kh25', 'plan', 'province', { issued: '2025-12-05', implements: ['ct41'] }),
  doc('kh152', 'plan', 'province', { issued: '2025-02-28', implements: ['ct41'] }),
  doc('kh42', 'plan', 'commune', { implements: ['ct41', 'kh25'] }),
  doc('damrong', 'plan', 'district', { basedOn: ['ct41'], implements: ['kh152'] }),
  doc('ct34', 'directive', 'central', { issued: '2014-04-07' }),
  doc('qt', 'plan', 'commune', { issued: '2024-02', basedOn: ['nd98'], cites: ['ct34'] }),
  doc('nd98', 'decree', 'central', { issued: '2023-12-31' }),
];

/** Two plans that carry each other out (an error in content), under a directive. */
export const cycle: GraphDocumentInput[] = [
  doc('top', 'directive', 'central'),
  doc('a', 'plan', 'province', { implements: ['top', 'b'] }),
  doc('b', 'plan', 'province', { implements: ['a'] }),
  doc('x', 'plan', 'commune', { implements: ['y'] }),
  doc('y', 'plan', 'commune', { implements: ['x'] }),
];

/** A ward plan carrying out two unrelated plans (Bắc Sơn: 219-KH/TU and 4663/KH-UBND). */
export const twoParents: GraphDocumentInput[] = [
  doc('ct39', 'directive', 'central', { issued: '2024-10-15' }),
  doc('kh4663', 'plan', 'district', { issued: '2024-12-25', implements: ['ct39'] }),
  doc('kh219', 'plan', 'district', { issued: '2024-09-18' }),
  doc('ward', 'plan', 'commune', { issued: '2025', implements: ['ct39', 'kh219', 'kh4663'] }),
];
