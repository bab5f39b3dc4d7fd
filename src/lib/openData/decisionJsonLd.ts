/**
 * schema.org JSON-LD for a decision page.
 *
 * Mapping, and why: the decision is a `Legislation` ("a legal document such as an act, decree, bill,
 * etc. (enforceable or not)"). An award decision is an administrative legal act (quyết định hành
 * chính) with exactly the facts `Legislation` has properties for: number (`legislationIdentifier`),
 * date (`legislationDate`), issuer (`legislationPassedBy`), kind (`legislationType`), whether it
 * still has effect (`legislationLegalForce`: `NotInForce` once revoked); the site already follows
 * ELI for documents, and ELI maps onto `Legislation`. The awardees are what the decision is `about`:
 * `Person` (individuals, heads of household) and `Organization` (collectives), each with `award`, the
 * schema.org property for "an award won by or for this person / organization".
 * Rejected: `GovernmentPermit` (a permit to do something, not an honour); `ItemList` (a bare list
 * loses the decision's number, issuer and legal force); plain `CreativeWork` (no identifier/issuer).
 *
 * Only published awardees appear (the input comes from `toOpenDataDecision`), and only their name,
 * position and unit: never anything the page does not show.
 */
import { decisionDisplayName } from './buildOpenData';
import { decisionSummary, illustrativePrefix } from './decisionSummary';
import type { OpenDataAwardee, OpenDataDecision } from './exportSchema';
import { openDataLicence } from './openDataLicence';

/** A JSON-LD value: plain JSON. */
export type JsonLd = { readonly [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | null | JsonLd | readonly JsonLdValue[];

/** The award as text: "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã", "Huân chương Lao động Hạng Ba". */
function awardText(awardee: OpenDataAwardee): string {
  const { name } = awardee.awardForm;
  return awardee.classLabel === null ? name : `${name} ${awardee.classLabel}`;
}

function awardeeJsonLd(awardee: OpenDataAwardee): JsonLd {
  const award = awardText(awardee);
  switch (awardee.type) {
    case 'individual':
      return {
        '@type': 'Person',
        name: awardee.name,
        ...(awardee.position === null ? {} : { jobTitle: awardee.position }),
        ...(awardee.unit === null
          ? {}
          : { affiliation: { '@type': 'Organization', name: awardee.unit } }),
        award,
      };
    case 'collective':
      return { '@type': 'Organization', name: awardee.name, award };
    case 'household':
      return { '@type': 'Person', name: awardee.name, description: 'Chủ hộ gia đình', award };
  }
}

/** `creativeWorkStatus` per status: a proposed list is a draft; a decision is published. */
const workStatus = { proposed: 'Draft', decided: 'Published', revoked: 'Published' } as const;

/**
 * The JSON-LD object of one decision page (see the mapping above).
 *
 * @param decision from `toOpenDataDecision`: published awardees only, absolute URLs
 * @returns a plain object for `serializeJsonLd`
 */
export function decisionJsonLd(decision: OpenDataDecision): JsonLd {
  const prefix = illustrativePrefix(decision);
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': decision.url,
    url: decision.url,
    name: `${prefix}${decisionDisplayName(decision)}: ${decision.title}`,
    description: decisionSummary(decision),
    inLanguage: 'vi',
    legislationType:
      decision.status === 'proposed' ? 'Danh sách đề nghị khen thưởng' : 'Quyết định khen thưởng',
    legislationJurisdiction: 'VN',
    ...(decision.number === null ? {} : { legislationIdentifier: decision.number }),
    ...(decision.issued === null ? {} : { legislationDate: decision.issued }),
    legislationPassedBy: {
      '@type': 'GovernmentOrganization',
      name: decision.issuer.name,
      url: decision.issuer.url,
    },
    ...(decision.status === 'proposed'
      ? {}
      : {
          legislationLegalForce:
            decision.status === 'revoked'
              ? 'https://schema.org/NotInForce'
              : 'https://schema.org/InForce',
        }),
    creativeWorkStatus: workStatus[decision.status],
    ...(decision.basedOn.length === 0
      ? {}
      : {
          isBasedOn: decision.basedOn.map((d) => ({
            '@type': 'Legislation',
            name: d.name,
            ...(d.url === null ? {} : { url: d.url }),
          })),
        }),
    about: decision.awardees.map(awardeeJsonLd),
    license: openDataLicence.url,
    isAccessibleForFree: true,
  };
}

/**
 * JSON-LD text safe to place inside `<script type="application/ld+json">`: `JSON.stringify`, then
 * every `<` written as the JSON escape `\u003c`. The HTML parser ends a script element only at
 * `</script` (and treats `<!--` specially); with no `<` left in the text neither can occur, whatever
 * the content, and the JSON value read back is unchanged.
 */
export function serializeJsonLd(value: JsonLd): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
