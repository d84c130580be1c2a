// WebKit: Debian's WebKitGTK MiniBrowser through WebKitWebDriver (WebDriver classic), driven by
// selenium-webdriver. Playwright's own WebKit needs a browser download, so this adapter offers
// the part of Playwright's API the journeys use (webkit-page.mjs, webkit-locator.mjs).
//
// One context = one WebKitWebDriver (it allows one session), one MiniBrowser with a fresh home
// folder (its own storage, like a new profile; downloads land there too) and one proxy
// (webkit-proxy.mjs) for requests, routes, going offline and the in-page probe; the requests
// are put together from the proxy and the pages' Resource Timing (webkit-requests.mjs).
// MiniBrowser needs a display: scripts/test.sh starts Xvfb and sets DISPLAY.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Builder } from 'selenium-webdriver';
import { downloadsFolder } from './downloads-folder.mjs';
import { Clock, Page, withTimeout } from './webkit-page.mjs';
import { globToRegExp, startProxy } from './webkit-proxy.mjs';
import { Requests } from './webkit-requests.mjs';

export const name = 'webkit';

/** What this driver cannot do, with the reason; the journeys skip exactly these parts. */
export const limitations = {
  'print-media': 'WebDriver classic has no command to emulate print media',
  pdf: "WebKitWebDriver does not implement WebDriver's Print Page command",
};

const DRIVER = process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const DEFAULT_VIEWPORT = { width: 1280, height: 720 }; // Playwright's default
// MiniBrowser's toolbar would keep the window at least 447 px wide; the journeys need 320.
const NARROW_TOOLBAR = '* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n';

// Playwright's clock in the page (see Clock in webkit-page.mjs).
const FAKE_CLOCK = readFileSync(new URL('webkit-clock.js', import.meta.url), 'utf8');

const START_TIMEOUT = 30_000;

async function freePort() {
  const server = createServer();
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address();
  await new Promise((closed) => server.close(closed));
  return port;
}

async function waitUntilReady(url, driver) {
  let failure;
  driver.once('error', (error) => {
    failure = error;
  });
  for (let i = 0; i < 100; i += 1) {
    if (failure) throw new Error(`${DRIVER} start niet: ${failure.message} (installeer webkit2gtk-driver: make setup)`);
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver stopte (code ${driver.exitCode})`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wake) => setTimeout(wake, 50));
  }
  throw new Error('WebKitWebDriver start niet');
}

class Context {
  async _start(options) {
    if (!process.env.DISPLAY) {
      throw new Error('WebKit heeft een beeldscherm nodig: start Xvfb en zet DISPLAY (scripts/test.sh doet dat)');
    }
    this._initScripts = [];
    this._routes = [];
    this._pages = [];
    this._clockState = null; // { offset, pausedAt } once a test installs the clock
    this._offline = false;
    this._requests = new Requests();
    this.clock = new Clock(this);
    this._downloads = downloadsFolder();
    const home = this._downloads.dir;
    mkdirSync(join(home, '.config/gtk-3.0'), { recursive: true });
    writeFileSync(join(home, '.config/gtk-3.0/gtk.css'), NARROW_TOOLBAR);

    this._proxy = await startProxy({
      routes: this._routes,
      initScripts: () => this._initScriptSource(),
      offline: () => this._offline,
      onRequest: (request) => this._requests.fromProxy(request),
      // As in Chromium, where a failed load is a console error of the page that made it, and
      // one of the service worker's own loads is not; a request to another host always is.
      onFailure: (url, reason, { fromWorker, elsewhere }) => {
        if (fromWorker && !elsewhere) return;
        this._pages.forEach((page) => page._emit('console', { type: () => 'error', text: () => `Failed to load resource: ${reason} (${url})` }));
      },
    });
    // MiniBrowser now and then dies while it starts (seen on a busy machine), and WebKitWebDriver
    // then waits for it for ever: give each start a limit, and a second and third chance.
    for (let attempt = 1; ; attempt += 1) {
      try {
        this._driver = await withTimeout(this._startDriver(), START_TIMEOUT, 'MiniBrowser startte niet');
        break;
      } catch (error) {
        this._process?.kill();
        if (attempt === 3) throw new Error(`${error.message}; uitvoer van WebKitWebDriver:\n${this._output}`);
        process.stderr.write(`# webkit: ${error.message}, opnieuw (poging ${attempt + 1} van 3)\n`);
      }
    }
    this._firstWindow = await this._driver.getWindowHandle();
    this._focused = this._firstWindow;
    this._viewport = options.viewport ?? DEFAULT_VIEWPORT;
    return this;
  }

  async _startDriver() {
    const port = await freePort();
    const home = this._downloads.dir;
    this._output = '';
    this._process = spawn(DRIVER, [`--port=${port}`], {
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk) => {
      this._output = (this._output + chunk).slice(-4000);
    };
    this._process.stdout.on('data', keep);
    this._process.stderr.on('data', keep);
    const server = `http://127.0.0.1:${port}`;
    await waitUntilReady(server, this._process);
    return new Builder()
      .usingServer(server)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        proxy: { proxyType: 'manual', httpProxy: this._proxy.address, sslProxy: this._proxy.address },
      })
      .build();
  }

  _initScriptSource() {
    const scripts = [...this._initScripts];
    if (this._clockState) {
      const { offset, pausedAt } = this._clockState;
      scripts.unshift(`${FAKE_CLOCK}\nwindow.__e2eClock.offset = ${offset};\nwindow.__e2eClock.pausedAt = ${pausedAt};`);
    }
    return scripts.map((code) => `try { ${code} } catch (error) { console.error(error); }`).join('\n');
  }

  async _focus(page) {
    if (this._focused === page._handle) return;
    await this._driver.switchTo().window(page._handle);
    this._focused = page._handle;
  }

  /** A fresh WebKitWebDriver and MiniBrowser under `page`, the context's only page (still blank). */
  async _restartBrowser(page) {
    await withTimeout(this._driver.quit(), 5_000, 'quit').catch(() => {});
    this._process?.kill();
    this._driver = await withTimeout(this._startDriver(), START_TIMEOUT, 'MiniBrowser startte niet');
    page._driver = this._driver;
    page._handle = await this._driver.getWindowHandle();
    this._focused = page._handle;
    await page.setViewportSize(this._viewport);
  }

  async newPage() {
    let handle = this._firstWindow;
    if (this._pages.length > 0 || !handle) {
      await this._driver.switchTo().newWindow('tab');
      handle = await this._driver.getWindowHandle();
      this._focused = handle;
    }
    this._firstWindow = null;
    const page = new Page(this, handle);
    this._pages.push(page);
    this._requests.addPage(page);
    await page.setViewportSize(this._viewport);
    return page;
  }

  async _closePage(page) {
    await this._focus(page);
    await this._driver.close();
    this._pages = this._pages.filter((p) => p !== page);
    this._requests.removePage(page);
    this._focused = null;
  }

  pages() {
    return [...this._pages];
  }

  /** Playwright's `request` event of the context: every page's, and the service worker's own. */
  on(event, listener) {
    if (event !== 'request') throw new Error(`context.on('${event}'): niet in de WebKit-adapter`);
    this._requests.onContextRequest(listener);
    return this;
  }

  /**
   * Without network: the proxy refuses every request of this context (the browser sees the
   * connection drop, as when the network is gone), so the service worker answers from its cache.
   * `navigator.onLine` stays true: WebDriver cannot change it.
   */
  async setOffline(offline) {
    this._offline = Boolean(offline);
  }

  /** Code run before the page's own scripts, from the next page load on, in every tab. */
  async addInitScript(fn, arg) {
    this._initScripts.push(typeof fn === 'string' ? fn : `(${fn})(${JSON.stringify(arg)});`);
  }

  /** Answers requests whose URL matches `glob` (or a RegExp), for every tab of this context. */
  async route(glob, handler) {
    this._routes.push({ glob, pattern: globToRegExp(glob), handler });
  }
  async unroute(glob) {
    const same = (a, b) => a === b || (a instanceof RegExp && b instanceof RegExp && String(a) === String(b));
    for (let i = this._routes.length - 1; i >= 0; i -= 1) if (same(this._routes[i].glob, glob)) this._routes.splice(i, 1);
  }

  async close() {
    // After a crash of MiniBrowser's page process the driver may never answer: a context still
    // closes, so one failed test does not hold up the rest of its file until the file times out.
    if (this._driver) await withTimeout(this._driver.quit(), 10_000, 'quit').catch(() => {});
    this._process?.kill();
    await this._proxy?.close();
    this._downloads?.remove();
  }
}

class Browser {
  constructor() {
    this._contexts = new Set();
  }
  async newContext(options = {}) {
    // `bypassCSP` cannot be had over WebDriver; the driver's scripts are not subject to the CSP.
    const context = await new Context()._start(options);
    this._contexts.add(context);
    const close = context.close.bind(context);
    context.close = async () => {
      this._contexts.delete(context);
      await close();
    };
    return context;
  }
  async close() {
    await Promise.all([...this._contexts].map((context) => context.close()));
  }
}

export async function launch() {
  return new Browser();
}

/** Runs `action` and returns the file MiniBrowser saved in the context's home folder: { name, text, bytes }. */
export function download(page, action) {
  return page.context()._downloads.take(action);
}
