// Shared set-up for the end-to-end tests: a browser, the built site on 127.0.0.1, axe-core for
// WCAG checks, and a record of every request and console error.
//
// The same journeys run in three browsers; E2E_BROWSER picks one (chromium if unset). Each
// journey talks to Playwright's API; browsers/ holds one module per browser that provides it:
//
//   chromium  Debian's chromium, playwright-core over CDP. Everything works.
//   firefox   Debian's firefox-esr, playwright-core over WebDriver BiDi. No print-media
//             emulation; downloads are read from disk (no download event arrives); fill() puts
//             the text in as one user edit so that change fires (see firefox.mjs).
//   webkit    Debian's WebKitGTK MiniBrowser, WebKitWebDriver (WebDriver classic) through
//             selenium-webdriver under Xvfb, with our own adapter for the calls the journeys
//             make (webkit-page.mjs, webkit-locator.mjs). No print-media emulation, no PDF.
//             Requests, routes, init scripts and console and page errors go through a proxy
//             per context and a probe it puts in each page (webkit-proxy.mjs,
//             webkit-probe.js); downloads are read from disk; the clock (webkit-clock.js) has
//             install, setSystemTime, pauseAt and resume.
//
// What a driver cannot do is listed in its module's `limitations`; a journey skips exactly that
// part, with the reason in the output (`cannot` below).
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { serveDist } from '../../scripts/serve-dist.mjs';
import * as chromium from './browsers/chromium.mjs';
import * as firefox from './browsers/firefox.mjs';
import * as webkit from './browsers/webkit.mjs';

// The browser is chosen here, by E2E_BROWSER (chromium, firefox or webkit; chromium if unset).
const BROWSERS = { chromium, firefox, webkit };
const selected = BROWSERS[process.env.E2E_BROWSER ?? 'chromium'];
if (!selected) throw new Error(`E2E_BROWSER=${process.env.E2E_BROWSER}: kies chromium, firefox of webkit`);
export const browserName = selected.name;

/**
 * Why this browser's test driver cannot do `feature` ('print-media', 'pdf'), or false. For a
 * journey's part that needs it: `await t.test('…', { skip: cannot('print-media') }, …)`, so the
 * skip and its reason show in the output.
 */
export function cannot(feature) {
  const reason = selected.limitations[feature];
  return reason ? `${selected.name}: ${reason}` : false;
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function launchBrowser() {
  return selected.launch();
}

/**
 * Waits until keyboard focus is on the page heading (#paginakop) that reads `name`: the new
 * page's, not the previous page's heading of the same id while the new page's code still loads.
 */
export async function waitForFocusOnHeading(page, name) {
  await page.waitForFunction(
    (name) => document.activeElement?.id === 'paginakop' && document.activeElement.textContent === name,
    name,
  );
}

/** Serves dist/ (or a copy of it changed by `prepare(dir)`) under `base`. */
export async function startSite({ base = '/', prepare, port = 0 } = {}) {
  let dir = 'dist';
  let scratch;
  if (prepare) {
    scratch = mkdtempSync(join(tmpdir(), 'zelfevaluatie-site-'));
    cpSync('dist', scratch, { recursive: true });
    prepare(scratch);
    dir = scratch;
  }
  const server = await serveDist({ dir, base, port });
  return {
    url: server.url,
    async close() {
      await server.close();
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh browser context (its own storage, like a new browser profile) and a page that records
 * console errors, page errors and every request URL.
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ bypassCSP: true, ...options });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  return { context, page, problems, requests };
}

/** Runs axe-core on the page and returns the violations of WCAG 2.1 A and AA. */
export async function axeViolations(page) {
  // Evaluated by the driver rather than added as a <script>: the app's Content-Security-Policy
  // blocks inline scripts, and only Chromium's driver can switch it off (bypassCSP).
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG_TAGS,
  );
  // A run that checked nothing would pass vacuously.
  if (results.passes.length === 0) throw new Error('axe-core heeft geen enkele regel gecontroleerd');
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
}

/** Runs `action` (a click) and returns the file the browser downloaded: { name, text, bytes }. */
export function download(page, action) {
  return selected.download(page, action);
}

/** Waits until the debounced autosave has written everything. */
export async function waitUntilSaved(page) {
  await page.locator('[data-testid=opslagstatus][data-toestand=opgeslagen]').waitFor();
}

/** Starts a new evaluation from the start page and waits until it is open. */
export async function startEvaluation(page, siteUrl, title, { name, municipality, casus } = {}) {
  await page.goto(siteUrl);
  await page.getByRole('link', { name: `Nieuwe evaluatie: ${title}` }).click();
  await page.getByRole('heading', { level: 1, name: `Nieuwe evaluatie: ${title}` }).waitFor();
  if (name) await page.getByLabel('Naam van de evaluatie').fill(name);
  if (municipality) await page.getByLabel('Gemeente (optioneel)').fill(municipality);
  if (casus) await page.getByLabel('Casussen beoordelen').check();
  await page.getByRole('button', { name: 'Evaluatie starten' }).click();
  await page.waitForURL(/#\/evaluatie\//);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** The radio group or checkbox group of a question, by (part of) its text. */
export function question(page, text) {
  return page.getByRole('group', { name: text });
}

/**
 * One browser and one served site for a whole test file, closed again afterwards (also when a
 * test fails). Use `shared.browser` and `shared.site.url` inside the tests.
 */
export function useBrowserAndSite() {
  const shared = {};
  before(async () => {
    shared.browser = await launchBrowser();
    shared.site = await startSite();
  });
  after(async () => {
    await shared.site?.close();
    await shared.browser?.close();
  });
  return shared;
}

/**
 * Changes a questionnaire file in a served copy of the site as an editor does on the host: some
 * time after the build, so its date is later than the date of the build's JSON beside it (the
 * app tells a changed YAML file by that date: src/model/freshness.rs).
 */
export function editOnHost(yamlPath, text) {
  writeFileSync(yamlPath, text);
  const json = yamlPath.replace(/\.ya?ml$/, '.json');
  const later = new Date((existsSync(json) ? statSync(json).mtimeMs : Date.now()) + 60_000);
  utimesSync(yamlPath, later, later);
}
