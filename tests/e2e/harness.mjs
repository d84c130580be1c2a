// Shared set-up for the end-to-end tests: Debian's Chromium through playwright-core, the built
// site on 127.0.0.1, axe-core for WCAG checks, and a record of every request and console error.
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { serveDist } from '../../scripts/serve-dist.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = require.resolve('axe-core/axe.min.js');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
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
  await page.addScriptTag({ path: AXE_SOURCE });
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
