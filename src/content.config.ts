// Wiring only: each collection's loader and its schema module (src/schemas/).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './schemas/documents';
import { organizationSchema } from './schemas/organizations';
import { awardFormSchema } from './schemas/awardForms';
import { awardDecisionSchema } from './schemas/awardDecisions';
import { exemplarSchema } from './schemas/exemplars';
import { movementSchema } from './schemas/movements';
import { contentDir } from './lib/contentDir';

// Files whose name starts with _ are drafts and are not published. `deferRender`: Astro would
// otherwise render every Markdown plan to HTML while syncing and keep that HTML in its data store,
// which no page reads (plan pages render the body with parsePlanBody, src/lib/documents/); at 1,000
// plans it was 37 % of the store (docs/performance.md, "50k"). MDX stories are rendered on their
// page either way.
const files = (folder: string, extension: string) =>
  glob({
    pattern: [`**/*${extension}`, '!**/_*'],
    base: `${contentDir}/${folder}`,
    deferRender: true,
  });

const documents = defineCollection({ loader: files('documents', '.md'), schema: documentSchema });

const organizations = defineCollection({
  loader: files('organizations', '.json'),
  schema: organizationSchema,
});

const awardForms = defineCollection({
  loader: files('award-forms', '.json'),
  schema: awardFormSchema,
});

const awardDecisions = defineCollection({
  loader: files('award-decisions', '.json'),
  schema: awardDecisionSchema,
});

const exemplars = defineCollection({
  loader: files('exemplars', '.mdx'),
  schema: ({ image }) => exemplarSchema(image),
});

const movements = defineCollection({
  loader: files('movements', '.json'),
  schema: movementSchema,
});

export const collections = {
  documents,
  organizations,
  awardForms,
  awardDecisions,
  exemplars,
  movements,
};
