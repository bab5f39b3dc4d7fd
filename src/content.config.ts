// Wiring only: each collection's loader and its schema module (src/schemas/).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './schemas/documents';
import { organizationSchema } from './schemas/organizations';
import { contentDir } from './lib/contentDir';

const documents = defineCollection({
  // Files whose name starts with _ are drafts and are not published.
  loader: glob({ pattern: ['**/*.md', '!**/_*'], base: `${contentDir}/documents` }),
  schema: documentSchema,
});

const organizations = defineCollection({
  loader: glob({ pattern: ['**/*.json', '!**/_*'], base: `${contentDir}/organizations` }),
  schema: organizationSchema,
});

export const collections = { documents, organizations };
