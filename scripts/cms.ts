/**
 * `npm run cms`: edit content/ on this computer with the web editor, without a Git forge.
 *
 * Starts decap-server (the Decap CMS local backend: reads and writes files in this repository,
 * listening on 127.0.0.1 only) and serves the built site's `dist/admin/` with a config that uses it,
 * under the /admin Content-Security-Policy. Open the address it prints, press "Đăng nhập", edit, and
 * "Công bố": the files change under content/ at once (check them with `npm run check:content`,
 * commit them with Git). Build first (`npm run build`) so that dist/admin/ exists.
 *
 * Environment: CMS_PORT (the editor, default 8080), DECAP_PORT (decap-server, default 8081),
 * OUT_DIR (the built site, default dist). Ctrl+C stops both servers.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { backendFromEnv, backendOrigins, cmsConfig } from '../src/lib/cms/cmsConfig';
import { adminPolicy } from '../src/lib/security/contentSecurityPolicy';
import { contentTypeOf } from '../src/lib/site/contentTypes';

const root = process.cwd();
const siteDir = resolve(process.env['OUT_DIR'] ?? 'dist');
const port = Number(process.env['CMS_PORT'] ?? '8080');
const decapPort = Number(process.env['DECAP_PORT'] ?? '8081');
const decapApi = `http://127.0.0.1:${String(decapPort)}/api/v1`;

if (!existsSync(join(siteDir, 'admin', 'decap-cms.js'))) {
  console.error(`✗ ${siteDir}/admin/ is missing: run "npm run build" first.`);
  process.exit(1);
}

const decap = spawn(process.execPath, [resolve('node_modules/decap-server/dist/index.js')], {
  env: {
    ...process.env,
    GIT_REPO_DIRECTORY: root,
    BIND_HOST: '127.0.0.1',
    PORT: String(decapPort),
    MODE: 'fs',
  },
  stdio: 'inherit',
});

const backend = backendFromEnv({ CMS_LOCAL_BACKEND: decapApi });
const config = `${JSON.stringify(cmsConfig({ backend }), null, 2)}\n`;
const policy = adminPolicy({ adminOrigins: backendOrigins(backend) });

const server = createServer((request, response) => {
  void (async () => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/' || path === '/admin') {
      response.writeHead(302, { Location: '/admin/' }).end();
      return;
    }
    let file = normalize(join(siteDir, path));
    if (!file.startsWith(siteDir + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (path.endsWith('/')) file = join(file, 'index.html');
    const body =
      path === '/admin/config.yml' ? Buffer.from(config) : await readFile(file).catch(() => null);
    if (body === null) {
      response.writeHead(404).end('Không tìm thấy');
      return;
    }
    response.writeHead(200, {
      'Content-Type': contentTypeOf(extname(file)),
      'Content-Security-Policy': policy,
      'Cache-Control': 'no-cache',
    });
    response.end(body);
  })();
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Trình soạn thảo: http://127.0.0.1:${String(port)}/admin/ (content/ của ${root})`);
  console.log('Ctrl+C để dừng.');
});

const stop = (): void => {
  server.close();
  decap.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
decap.on('exit', (code) => {
  server.close();
  if (code !== 0 && code !== null) {
    console.error(
      `✗ decap-server stopped (exit ${String(code)}); is port ${String(decapPort)} free?`,
    );
    process.exitCode = 1;
  }
});
