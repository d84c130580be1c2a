// The WebKit context's HTTP proxy: WebKitWebDriver speaks classic WebDriver only, which has no
// network events, no request interception and no scripts that run before the page's own. Each
// WebKit context therefore sends all its traffic through a proxy of its own on 127.0.0.1 that
//   - records every request the browser makes (Playwright's `request` event),
//   - answers requests a test has routed (`page.route`: abort or fulfill),
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
 * `onRequest(url)` hears of every request; `routes` is a live list of { pattern, handler }.
 */
export async function startProxy({ initScripts, onRequest, onFailure, routes }) {
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
    onRequest(url);
    const route = routes.findLast((r) => r.pattern.test(url));
    if (route) {
      let settled = false;
      const answered = new Promise((resolve) => {
        route.handler({
          request: () => ({ url: () => url, method: () => incoming.method }),
          abort() {
            settled = true;
            onFailure(url, 'afgebroken');
            incoming.socket.destroy();
            resolve();
          },
          fulfill({ status = 200, body = '', contentType, headers = {} } = {}) {
            settled = true;
            if (status >= 400) onFailure(url, `status ${status}`);
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
      onFailure(url, 'andere host, geweigerd door de proxy van de test');
      outgoing.writeHead(502).end();
      return;
    }
    const upstream = forward(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method: incoming.method, headers: incoming.headers },
      (response) => {
        if (response.statusCode >= 400) onFailure(url, `status ${response.statusCode}`);
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
      onFailure(url, 'geen verbinding');
      outgoing.destroy();
    });
    incoming.pipe(upstream);
  });
  // HTTPS goes through CONNECT: nothing here uses it, so any such request is another host's.
  server.on('connect', (request, socket) => {
    const url = `https://${request.url}/`;
    onRequest(url);
    onFailure(url, 'andere host, geweigerd door de proxy van de test');
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
