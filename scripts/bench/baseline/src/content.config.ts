// The baseline reads the same corpus folder (BENCH_CONTENT_DIR) with the same `glob` loader as the
// site's src/content.config.ts, without schemas: Astro's floor for loading these files.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const contentDir = process.env['BENCH_CONTENT_DIR'] ?? '../../../content';

const files = (folder: string, extension: string) =>
  glob({ pattern: [`**/*${extension}`, '!**/_*'], base: `${contentDir}/${folder}` });

export const collections = {
  documents: defineCollection({ loader: files('documents', '.md') }),
  organizations: defineCollection({ loader: files('organizations', '.json') }),
  awardForms: defineCollection({ loader: files('award-forms', '.json') }),
  awardDecisions: defineCollection({ loader: files('award-decisions', '.json') }),
  movements: defineCollection({ loader: files('movements', '.json') }),
};
