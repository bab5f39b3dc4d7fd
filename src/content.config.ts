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
import { unrenderedGlob } from './lib/build/unrenderedGlob';

// Files whose name starts with _ are drafts and are not published.
const published = (folder: string, extension: string) => ({
  pattern: [`**/*${extension}`, '!**/_*'],
  base: `${contentDir}/${folder}`,
});
const files = (folder: string, extension: string) => glob(published(folder, extension));

// Plans are Markdown that no page hands to Astro's renderer (plan pages render the body with
// parsePlanBody, src/lib/documents/): unrenderedGlob keeps Astro from rendering them or compiling
// each into a module (src/lib/build/unrenderedGlob.ts says what that cost). MDX stories are rendered
// on their page.
const documents = defineCollection({
  loader: unrenderedGlob(published('documents', '.md')),
  schema: documentSchema,
});

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
