// A minimal static file server for the built site, on 127.0.0.1 only. It behaves like a plain
// static host (no rewrites); with --base it serves the site under a sub-path, as on an intranet.
//
//   node scripts/serve-dist.mjs [--dir dist] [--port 8080] [--base /gemeente/zelfevaluatie/]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
  '.json': 'application/json; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.bin', '.json', '.yaml', '.yml', '.md', '.svg']);

/**
 * Starts the server; resolves to { url, close() }. Port 0 picks a free port. With `gzip`, text
 * and WebAssembly go out gzip-compressed (level 9) to browsers that accept it, as a host serving
 * precompressed files would (the benchmark measures with this).
 */
export async function serveDist({ dir = 'dist', port = 0, base = '/', headers = {}, gzip = false } = {}) {
  const compressed = new Map();
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end('Niet gevonden');
      return;
    }
    let file = normalize(join(root, path.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end('Verboden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      // Like any static host: the file's date, by which the app sees a questionnaire changed
      // after the build (src/model/freshness.rs).
      const modified = (await stat(file)).mtime.toUTCString();
      let body = await readFile(file);
      const encode = gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      if (encode) {
        if (!compressed.has(file)) compressed.set(file, gzipSync(body, { level: 9 }));
        body = compressed.get(file);
      }
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'last-modified': modified,
        'content-length': body.length,
        ...(encode ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        ...headers,
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('Niet gevonden');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}${prefix}`;
  return { url, close: () => new Promise((ok) => server.close(ok)) };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? process.argv[at + 1] : fallback;
  };
  const { url } = await serveDist({ dir: arg('dir', 'dist'), port: Number(arg('port', 8080)), base: arg('base', '/') });
  console.log(`Zelfevaluatie Wmo-toezicht draait op ${url} (stoppen: Ctrl+C)`);
}
