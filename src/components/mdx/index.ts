/**
 * The only components a story (content/exemplars/*.mdx) may use, handed to `<Content components={…} />`
 * by the exemplar page. The names must be exactly those of the allowlist the validation pass enforces
 * (src/lib/mdxSafety/allowedComponents.ts): `satisfies` below fails type-checking if one is missing or
 * one is added here without being allowed there.
 */
import type { AllowedComponentName } from '../../lib/mdxSafety/allowedComponents';
import AwardList from './AwardList.astro';
import Figure from './Figure.astro';
import Gallery from './Gallery.astro';
import Quote from './Quote.astro';

export { AwardList, Figure, Gallery, Quote };

export const mdxComponents = { Figure, Gallery, Quote, AwardList } satisfies Record<
  AllowedComponentName,
  unknown
>;
