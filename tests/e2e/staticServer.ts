/**
 * A small static file server for browser tests that need a built site served the way a static host
 * serves it: with the headers of the build's `_headers` file (Netlify / Cloudflare Pages format), so
 * the Content-Security-Policy header and the search index's `Access-Control-Allow-Origin` take effect
 * exactly as in production. `astro preview` ignores `_headers`.
 *
 * Serves `<root>/<path>`, `<root>/<path>/index.html` for folders, `<root>/404.html` with status 404
 * for anything else. Reads files on each request, so a server may start before its site is built.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { contentTypeOf } from '../../src/lib/site/contentTypes';

/** One rule of a `_headers` file: a path pattern (`*` matches anything) and its headers. */
export interface HeaderRule {
  readonly pattern: string;
  /** Name and value; a `null` value detaches the header an earlier rule set (`! Name`). */
  readonly headers: readonly (readonly [string, string | null])[];
}

/**
 * Reads a `_headers` file: a line starting at column 0 is a path pattern, the indented
 * `Name: value` lines below it are its headers, `! Name` detaches a header set by an earlier matching
 * rule (Cloudflare Pages); `#` lines are comments.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { pattern: string; headers: [string, string | null][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
    if (detach?.[1] !== undefined && rule !== undefined) {
      rule.headers.push([detach[1], null]);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 0 || rule === undefined) throw new Error(`_headers: cannot read line "${line}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a URL path matches a `_headers` pattern (`*` stands for any characters). */
export function matchesPattern(pattern: string, path: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(path);
}

/** A running server: its address (`http://127.0.0.1:<port>`, no trailing slash) and how to stop it. */
export interface StaticServer {
  readonly url: string;
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Starts a server for the folder `root` on 127.0.0.1.
 *
 * @param root the built site (it may not exist yet; requests read it as they come)
 * @param port the port, or 0 for any free port
 */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      let status = 200;
      let file = normalize(join(root, path));
      if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) {
        response.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory() === true) file = join(file, 'index.html');
      let body = await readFile(file).catch(() => null);
      if (body === null) {
        status = 404;
        body = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
        file = join(root, '404.html');
      }
      const rules = parseHeadersFile(
        await readFile(join(root, '_headers'), 'utf8').catch(() => ''),
      );
      // Lower-case name → [name as written, value]; a later rule overrides or detaches (`! Name`).
      const headers = new Map<string, [string, string]>([
        ['content-type', ['Content-Type', contentTypeOf(extname(file))]],
      ]);
      for (const rule of rules) {
        if (!matchesPattern(rule.pattern, path)) continue;
        for (const [name, value] of rule.headers) {
          if (value === null) headers.delete(name.toLowerCase());
          else headers.set(name.toLowerCase(), [name, value]);
        }
      }
      response.writeHead(status, Object.fromEntries(headers.values()));
      response.end(request.method === 'HEAD' ? undefined : body);
    })().catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const url = `http://127.0.0.1:${String(address.port)}`;
  return {
    url,
    origin: url,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}
