import { kindInfo } from '../documents/documentKinds';
import { formatOfficialDay } from '../format/dates';
import type { SeedContent } from './seedContent';

/** A central document as generated plans cite it. */
export interface CentralReference {
  readonly id: string;
  /** "Chỉ thị số 41-CT/TW": how later mentions name it. */
  readonly short: string;
  /** "Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị về tăng cường …": the first, full mention. */
  readonly citation: string;
}

/** The central documents the generated plans build on. */
export interface CentralReferences {
  /** Chỉ thị 41-CT/TW of the Politburo (2024) on emulation and commendation: the top of every chain. */
  readonly directive: CentralReference;
  /** Luật Thi đua, khen thưởng 06/2022/QH15: the legal basis of state plans and decisions. */
  readonly law: CentralReference;
  /** Nghị định 98/2023/NĐ-CP detailing the law. */
  readonly decree: CentralReference;
}

/**
 * Builds the citations of the central documents from their copied stubs (number, date, issuer, title),
 * in the form the real plans use ("Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị về …"; a law
 * as "Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022").
 *
 * @throws {Error} when a required stub or its issuer is missing (readSeedContent checks this first)
 */
export function centralReferences(seed: SeedContent): CentralReferences {
  const make = (id: string): CentralReference => {
    const doc = seed.centralDocuments.find((d) => d.id === id)?.data;
    if (doc === undefined) throw new Error(`centralReferences: no stub "${id}".`);
    const issuer = seed.centralOrganizations.find((o) => o.id === doc.issuer.id)?.data.name;
    const number = doc.number?.printed ?? '';
    const day =
      doc.issued !== undefined && doc.issued.length === 10
        ? ` ngày ${formatOfficialDay(doc.issued)}`
        : '';
    if (doc.kind === 'law') {
      return {
        id,
        short: `${doc.title} số ${number}`,
        citation: `${doc.title} số ${number}${day}`,
      };
    }
    const short = `${kindInfo[doc.kind].label} số ${number}`;
    return {
      id,
      short,
      citation: `${short}${day}${issuer === undefined ? '' : ` của ${issuer}`} ${doc.title}`,
    };
  };
  return {
    directive: make('chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26'),
    law: make('luat-06-2022-qh15-quoc-hoi-2022-06-15'),
    decree: make('nghi-dinh-98-2023-nd-cp-chinh-phu-2023-12-31'),
  };
}
