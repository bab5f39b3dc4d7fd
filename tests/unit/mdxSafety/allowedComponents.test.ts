import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  allowedComponentNames,
  allowedComponents,
} from '../../../src/lib/mdxSafety/allowedComponents';
import { checkMdx } from '../../../src/lib/mdxSafety/checkMdx';

const indexSource = readFileSync(
  new URL('../../../src/components/mdx/index.ts', import.meta.url),
  'utf8',
);

describe('the allowlist of components', () => {
  test('is exactly what src/components/mdx/index.ts hands to <Content components={…} />', () => {
    const match = /mdxComponents = \{([^}]*)\}/.exec(indexSource);
    const names = (match?.[1] ?? '')
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    expect([...names].sort()).toEqual([...allowedComponentNames].sort());
  });

  test.each(allowedComponents)('each component has a file: $name.astro', ({ name }) => {
    expect(indexSource).toContain(`import ${name} from './${name}.astro';`);
  });

  test.each(allowedComponents)('the example of $name passes the check', ({ example }) => {
    expect(checkMdx(example).problems).toEqual([]);
  });
});
