import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  nginxAdminHeaders,
  nginxSecurityHeaders,
  staticHostHeaders,
} from '../../../src/lib/security/contentSecurityPolicy';

const deployDoc = readFileSync('docs/deploy.md', 'utf8');

describe('docs/deploy.md', () => {
  test('the nginx snippet is the policy the pages carry (regenerate it from nginxSecurityHeaders)', () => {
    expect(deployDoc).toContain(`\`\`\`nginx\n${nginxSecurityHeaders()}\`\`\``);
  });

  test('nginx sends the same headers as dist/_headers', () => {
    const file = staticHostHeaders();
    // The /admin/* block is the editor's, checked below.
    for (const line of file
      .slice(0, file.indexOf('/admin/*'))
      .split('\n')
      .filter((l) => l.startsWith('  '))) {
      const [name, ...value] = line.trim().split(': ');
      expect(deployDoc).toContain(`add_header ${name ?? ''} "${value.join(': ')}" always;`);
    }
  });

  test('nginx gives /admin/ the editor policy instead of the site policy, as _headers does', () => {
    const example = { adminOrigins: ['https://git.example.vn'] };
    expect(deployDoc).toContain(`\`\`\`nginx\n${nginxAdminHeaders(example)}\`\`\``);
    expect(deployDoc).toMatch(
      /location \/admin\/ \{\n\s+include snippets\/tdkt-admin-headers\.conf;\n\s+add_header Cache-Control "no-cache" always;/,
    );
    const admin = staticHostHeaders(example).split('/admin/*\n')[1] ?? '';
    expect(admin).toContain('  ! Content-Security-Policy\n');
    expect(nginxAdminHeaders(example)).toContain(
      admin.split('\n')[1]?.replace('  Content-Security-Policy: ', '') ?? 'missing',
    );
  });
});
