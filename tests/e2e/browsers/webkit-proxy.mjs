// The WebKit context's HTTP proxy: WebKitWebDriver speaks classic WebDriver only, which has no
// network events, no request interception and no scripts that run before the page's own. Each
// WebKit context therefore sends all its traffic through a proxy of its own on 127.0.0.1 that
//   - records every request the browser makes (Playwright's `request` event), and tells the
//     service worker's own requests (its precache) from the pages': they carry the worker's
//     script as Referer. A page's load answered from a cache never reaches the proxy; the probe
//     reports those from Resource Timing (webkit-probe.js, webkit-requests.mjs),
//   - answers requests a test has routed (`page.route`: abort or fulfill),
//   - refuses every request while the context is offline (`context.setOffline`), as a browser
//     without network does: the service worker then answers from its cache,
//   - forwards the rest, to 127.0.0.1 only: a request for any other host is recorded and refused,
//   - adds two script elements at the top of every HTML page, served under /__e2e__/ from this
//     proxy: the probe (console and page errors, init scripts) and the element finder. They are
//     the test driver's own and are not recorded as requests of the page.
import { createServer, request as forward } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const FINDER = [
  readFileSync(require.resolve('@testing-library/dom/dist/@testing-library/dom.umd.min.js'), 'utf8'),
  readFileSync(new URL('./webkit-find.js', import.meta.url), 'utf8'),
].join('\n;\n');
const PROBE = readFileSync(new URL('./webkit-probe.js', import.meta.url), 'utf8');
export const DRIVER_PATH = '/__e2e__/';
const SCRIPTS = `<script src="${DRIVER_PATH}probe.js"></script><script src="${DRIVER_PATH}find.js"></script>`;

/** Playwright's URL glob: `**` any characters, `*` any but `/`, `?` one character. */
export function globToRegExp(glob) {
  if (glob instanceof RegExp) return new RegExp(glob.source, glob.flags.replace(/[gy]/g, ''));
  let source = '';
  for (let i = 0; i < glob.length; i += 1) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      source += '.*';
      i += 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '.';
    else source += c.replace(/[.+^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** Puts the driver's scripts first in the page, before any of the app's own. */
function withDriverScripts(html) {
  const charset = html.match(/<meta charset[^>]*>/i);
  if (charset) return html.replace(charset[0], `${charset[0]}${SCRIPTS}`);
  const start = html.match(/<html[^>]*>/i);
  if (start) return html.replace(start[0], `${start[0]}${SCRIPTS}`);
  return SCRIPTS + html;
}

/**
 * Starts the proxy. `initScripts()` gives the code the probe runs before the page's scripts;
 * `onRequest({ url, method, fromWorker })` hears of every request and `onFailure(url, reason,
 * { fromWorker, elsewhere })` of every one that failed (`elsewhere`: refused for its host);
 * `routes` is a live list of { pattern, handler }; `offline()` says whether the context has no
 * network now.
 */
export async function startProxy({ initScripts, onRequest, onFailure, routes, offline = () => false }) {
  // The service workers' scripts seen so far: a request whose Referer is one of them was made by
  // that worker itself (in Chromium, Playwright reports those on the context, not the page).
  const workerScripts = new Set();
  const server = createServer(async (incoming, outgoing) => {
    const url = incoming.url; // a proxy receives the absolute URL
    let target;
    try {
      target = new URL(url);
    } catch {
      outgoing.writeHead(400).end();
      return;
    }
    if (target.pathname === `${DRIVER_PATH}probe.js` || target.pathname === `${DRIVER_PATH}find.js`) {
      const body = target.pathname.endsWith('probe.js') ? `${PROBE}\n${initScripts()}` : FINDER;
      outgoing.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(body);
      return;
    }
    if (incoming.headers['service-worker'] === 'script') workerScripts.add(url);
    const fromWorker = workerScripts.has(incoming.headers.referer);
    const method = incoming.method;
    onRequest({ url, method, fromWorker });
    const failed = (reason, elsewhere = false) => onFailure(url, reason, { fromWorker, elsewhere });
    if (offline()) {
      incoming.socket.destroy();
      return;
    }
    const route = routes.findLast((r) => r.pattern.test(url));
    if (route) {
      let settled = false;
      const answered = new Promise((resolve) => {
        route.handler({
          request: () => ({ url: () => url, method: () => method }),
          // Playwright's error codes ('connectionreset', 'failed', …) all end in a lost connection here.
          abort() {
            settled = true;
            failed('afgebroken');
            incoming.socket.destroy();
            resolve();
          },
          fulfill({ status = 200, body = '', contentType, headers = {} } = {}) {
            settled = true;
            if (status >= 400) failed(`status ${status}`);
            outgoing.writeHead(status, { ...(contentType ? { 'content-type': contentType } : {}), ...headers }).end(body);
            resolve();
          },
          continue() {
            resolve();
          },
        });
      });
      await answered;
      if (settled) return;
    }
    if (target.hostname !== '127.0.0.1' || target.protocol !== 'http:') {
      failed('andere host, geweigerd door de proxy van de test', true);
      outgoing.writeHead(502).end();
      return;
    }
    const upstream = forward(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method: incoming.method, headers: incoming.headers },
      (response) => {
        if (response.statusCode >= 400) failed(`status ${response.statusCode}`);
        const html = (response.headers['content-type'] ?? '').startsWith('text/html');
        if (!html) {
          outgoing.writeHead(response.statusCode, response.headers);
          response.pipe(outgoing);
          return;
        }
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          const body = withDriverScripts(Buffer.concat(chunks).toString('utf8'));
          const headers = { ...response.headers, 'content-length': Buffer.byteLength(body) };
          delete headers.etag; // the page differs from the file now
          outgoing.writeHead(response.statusCode, headers).end(body);
        });
      },
    );
    upstream.on('error', () => {
      failed('geen verbinding');
      outgoing.destroy();
    });
    incoming.pipe(upstream);
  });
  // HTTPS goes through CONNECT: nothing here uses it, so any such request is another host's. The
  // proxy sees only the tunnel, so its method is CONNECT, whatever the page asked.
  server.on('connect', (request, socket) => {
    const url = `https://${request.url}/`;
    onRequest({ url, method: 'CONNECT', fromWorker: false });
    onFailure(url, 'andere host, geweigerd door de proxy van de test', { fromWorker: false, elsewhere: true });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    address: `127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((closed) => {
        server.closeAllConnections();
        server.close(closed);
      }),
  };
}
