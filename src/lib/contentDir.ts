/**
 * The folder content is read from: `content/` in the repository, or `CONTENT_DIR` when set (tests build
 * fixtures, the corpus generator builds synthetic content). Relative to the project root.
 */
export const contentDir: string = process.env['CONTENT_DIR'] ?? './content';
