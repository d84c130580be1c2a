// Playwright's `request` events for the WebKit adapter, from two sources that each see a part:
//   - the context's proxy (webkit-proxy.mjs) sees every request that goes out, with its method,
//     the moment it goes out, but none that a cache answers: a page controlled by a service
//     worker gets the build's hashed files from the worker's cache;
//   - the page's Resource Timing entries (reported by webkit-probe.js) list every resource the
//     page loaded, from wherever it came, but only once loaded, and without the method.
// A page's entry that a request seen by the proxy during the entry's load explains is that
// request; an entry that none explains was answered by a cache and is reported then, as a GET
// (caches answer GET requests only; the HEAD a service worker answers from its cache goes to
// the network first and so reaches the proxy). A navigation has no entry: the proxy reports it.
//
// As before, a request the proxy sees goes to every page of the context (it cannot tell tabs
// apart), and the service worker's own requests (its precache) to the context only, as
// Playwright does in Chromium.

// The page's clock and ours are one system clock; this covers their rounding.
const SLACK_MS = 100;
// Requests older than this can no longer be a loading entry's.
const KEEP_MS = 5 * 60_000;

export class Requests {
  constructor() {
    this._seen = [];
    this._pages = new Set();
    this._contextListeners = [];
  }

  addPage(page) {
    this._pages.add(page);
  }
  removePage(page) {
    this._pages.delete(page);
  }
  /** Playwright's `context.on('request')`: every request, the service worker's included. */
  onContextRequest(listener) {
    this._contextListeners.push(listener);
  }

  /** A request the proxy saw: { url, method, fromWorker }. */
  fromProxy({ url, method, fromWorker }) {
    const request = { url: () => url, method: () => method };
    for (const listener of this._contextListeners) listener(request);
    if (fromWorker) return;
    const now = Date.now();
    this._seen = this._seen.filter((seen) => now - seen.at < KEEP_MS);
    this._seen.push({ url, at: now, explained: new Set() });
    for (const page of this._pages) page._emit('request', request);
  }

  /** A Resource Timing entry of `page`: { url, start, end } in milliseconds since the epoch. */
  fromPage(page, { url, start, end }) {
    const seen = this._seen.find(
      (s) => s.url === url && !s.explained.has(page) && s.at >= start - SLACK_MS && s.at <= end + SLACK_MS,
    );
    if (seen) {
      seen.explained.add(page);
      return;
    }
    const request = { url: () => url, method: () => 'GET' };
    for (const listener of this._contextListeners) listener(request);
    page._emit('request', request);
  }
}
