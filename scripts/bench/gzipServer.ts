/**
 * A static server for the search measurements that compresses like a production host: HTML, CSS,
 * JavaScript, JSON and SVG are sent gzip-compressed (level 6) when the browser accepts it; Pagefind's
 * index files (`.pf_*`) are already gzip-compressed by Pagefind and are sent as they are. Of the
 * build's `_headers` file only `Access-Control-Allow-Origin: *` on `/pagefind/*` is applied, which a
 * portal on another origin needs to search the site (scripts/bench.ts `--sharded`); the search page
 * needs no other header. Counts the body bytes it sends, so a measurement sees every request,
 * including those of workers.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTypeOf } from '../../src/lib/site/contentTypes';

const compressed = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.wasm']);

/** What the server sent since the last reset: body bytes as sent (compressed), and requests. */
export interface SentCounter {
  bytes: number;
  pagefindBytes: number;
  requests: number;
}

export interface GzipServer {
  readonly url: string;
  /** Bytes and requests served since the last {@link GzipServer.reset}. */
  readonly sent: SentCounter;
  reset(): void;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 (any free port). */
export async function serveCompressed(root: string): Promise<GzipServer> {
  const base = normalize(root);
  const sent: SentCounter = { bytes: 0, pagefindBytes: 0, requests: 0 };
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      let file = normalize(join(base, path));
      if (!file.startsWith(base + sep) && file !== base) {
        response.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory() === true) {
        file = join(file, 'index.html');
      }
      const body = await readFile(file).catch(() => null);
      if (body === null) {
        response.writeHead(404).end('Not found');
        return;
      }
      const ext = extname(file).toLowerCase();
      const headers: Record<string, string> = {
        'Content-Type': contentTypeOf(ext),
      };
      const gzip = compressed.has(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      if (gzip) headers['Content-Encoding'] = 'gzip';
      if (path.startsWith('/pagefind/')) headers['Access-Control-Allow-Origin'] = '*';
      const payload = gzip ? gzipSync(body, { level: 6 }) : body;
      sent.requests += 1;
      sent.bytes += payload.length;
      if (path.startsWith('/pagefind/')) sent.pagefindBytes += payload.length;
      response.writeHead(200, headers);
      response.end(payload);
    })().catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${String(address.port)}`,
    sent,
    reset: () => {
      sent.bytes = 0;
      sent.pagefindBytes = 0;
      sent.requests = 0;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}
