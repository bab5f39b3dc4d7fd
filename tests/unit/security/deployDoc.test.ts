import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  nginxSecurityHeaders,
  staticHostHeaders,
} from '../../../src/lib/security/contentSecurityPolicy';

const deployDoc = readFileSync('docs/deploy.md', 'utf8');

describe('docs/deploy.md', () => {
  test('the nginx snippet is the policy the pages carry (regenerate it from nginxSecurityHeaders)', () => {
    expect(deployDoc).toContain(`\`\`\`nginx\n${nginxSecurityHeaders()}\`\`\``);
  });

  test('nginx sends the same headers as dist/_headers', () => {
    for (const line of staticHostHeaders()
      .split('\n')
      .filter((l) => l.startsWith('  '))) {
      const [name, ...value] = line.trim().split(': ');
      expect(deployDoc).toContain(`add_header ${name ?? ''} "${value.join(': ')}" always;`);
    }
  });
});
