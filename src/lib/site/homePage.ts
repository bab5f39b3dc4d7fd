import type { DocumentSummary, SiteModel } from './siteModel';

/** What the home page shows. */
export interface HomePageProps {
  /** The newest full-text documents (plans first of all), newest first. */
  readonly latest: readonly DocumentSummary[];
  readonly documentCount: number;
  readonly fullCount: number;
  readonly organizationCount: number;
}

/** Computes the home page props: the `limit` newest documents whose full text the site holds. */
export function homePage(model: SiteModel, limit = 6): HomePageProps {
  const full = model.documents.filter((d) => d.status === 'full');
  return {
    latest: full.slice(0, limit),
    documentCount: model.documents.length,
    fullCount: full.length,
    organizationCount: model.organizations.size,
  };
}
