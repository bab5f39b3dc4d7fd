import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { applyGeneratedSections, generatedSections } from '../../../src/lib/new/contentReadme';

const readmeUrl = new URL('../../../content/README.md', import.meta.url);

/**
 * content/README.md must show the fields, components and error messages the code has now. When this
 * fails after a change to a schema or a message, regenerate and review the diff:
 * UPDATE_README=1 npx vitest run tests/unit/exemplars/contentReadme.test.ts
 */
describe('content/README.md', () => {
  const readme = readFileSync(readmeUrl, 'utf8');
  const { text, missing } = applyGeneratedSections(readme, generatedSections());

  test('has a place for every generated section', () => {
    expect(missing).toEqual([]);
  });

  test('matches the schemas, the allowed components and the validation messages', () => {
    if (process.env['UPDATE_README'] === '1' && text !== readme) writeFileSync(readmeUrl, text);
    else expect(readme).toBe(text);
  });
});
