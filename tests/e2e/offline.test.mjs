// The service worker (sw.js): after one visit the app opens and works without network, also from
// a sub-path; a new build on the host is seen at the next reload; and a browser that refuses the
// service worker still runs the app.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { contentHash, writeServiceWorker } from '../../scripts/write-site.mjs';
import { launchBrowser, openPage, question, startEvaluation, startSite, waitUntilSaved } from './harness.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Waits until the service worker of this build controls the page and has cached its files. */
async function serviceWorkerInControl(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 15_000 });
  return page.evaluate(async () => ({
    scope: (await navigator.serviceWorker.ready).scope,
    caches: await caches.keys(),
  }));
}

test('na één bezoek opent de app zonder netwerk, ook vanuit een submap', async () => {
  const base = '/gemeente/zelfevaluatie/';
  const site = await startSite({ base });
  const { context, page, problems } = await openPage(browser, { bypassCSP: false });
  let siteOpen = true;
  try {
    await startEvaluation(page, site.url, 'Snelle scan Wmo-toezicht (voorbeeld)', { name: 'Offline proef' });
    await question(page, /aangewezen in een besluit/).getByLabel('Nee', { exact: true }).check();
    await waitUntilSaved(page);
    const worker = await serviceWorkerInControl(page);
    assert.equal(worker.scope, site.url, 'the service worker covers the app folder, nothing above it');
    assert.equal(worker.caches.length, 1);
    assert.ok(worker.caches[0].startsWith(`zelfevaluatie ${site.url} `), worker.caches[0]);

    // The host is gone: no server answers anymore.
    await site.close();
    siteOpen = false;
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Aanwijzing en positie' }).waitFor();
    assert.equal(await question(page, /aangewezen in een besluit/).getByLabel('Nee', { exact: true }).isChecked(), true);
    await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Resultaten' }).click();
    await page.getByTestId('scoregrafiek').waitFor();
    // Code that loads on first use was cached too.
    await page.getByRole('contentinfo').getByRole('link', { name: 'Over deze app' }).click();
    await page.getByRole('heading', { level: 1, name: 'Over deze zelfevaluatie' }).waitFor();
    // Listed once every questionnaire is read (from the cache); until then the page says it is loading.
    await page.getByTestId('over-vragenlijsten').getByRole('listitem').nth(2).waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    if (siteOpen) await site.close();
  }
});

test('een nieuwe build op de host is er bij de volgende keer laden', async () => {
  const first = await startSite();
  const port = Number(new URL(first.url).port);
  const { context, page, problems } = await openPage(browser, { bypassCSP: false });
  let second;
  try {
    await page.goto(first.url);
    await page.getByTestId('vragenlijsten').waitFor();
    const before = await serviceWorkerInControl(page);
    await first.close();

    // The new build: a changed style sheet under a new hashed name, the old one gone, a new sw.js.
    second = await startSite({ port, prepare: newBuild });
    await page.reload();
    await page.getByTestId('vragenlijsten').waitFor();
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--bouw').trim()), '2', 'the new style sheet is used');

    // The new service worker takes over and drops the old build's cache ...
    await page.waitForFunction(async (old) => {
      const names = await caches.keys();
      return names.length === 1 && names[0] !== old;
    }, before.caches[0], { timeout: 15_000 });
    // ... and keeps the new build for offline use.
    await second.close();
    second = undefined;
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('vragenlijsten').waitFor();
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--bouw').trim()), '2');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await second?.close();
  }
});

test('heeft een redacteur een vragenlijst van de host gehaald, dan werkt de app toch offline', async () => {
  const site = await startSite({
    prepare(dir) {
      const folder = join(dir, 'questionnaires');
      rmSync(join(folder, 'tsd-zelfevaluatie.yaml'));
      rmSync(join(folder, 'tsd-zelfevaluatie.json'));
      const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8'));
      index.files = index.files.filter((f) => f !== 'tsd-zelfevaluatie.yaml');
      delete index.prepared['tsd-zelfevaluatie.yaml'];
      delete index.summaries['tsd-zelfevaluatie.yaml'];
      writeFileSync(join(folder, 'index.json'), JSON.stringify(index));
    },
  });
  const { context, page, problems } = await openPage(browser, { bypassCSP: false });
  let siteOpen = true;
  try {
    await page.goto(site.url);
    await page.getByRole('link', { name: 'Nieuwe evaluatie: Keuzehulp Wmo-toezicht' }).waitFor();
    await serviceWorkerInControl(page);
    await site.close();
    siteOpen = false;
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('link', { name: 'Nieuwe evaluatie: Keuzehulp Wmo-toezicht' }).waitFor();
    assert.equal(await page.getByRole('link', { name: /Nieuwe evaluatie: Zelfevaluatie toegang/ }).count(), 0);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    if (siteOpen) await site.close();
  }
});

test('weigert de browser de service worker, dan werkt de app gewoon', async () => {
  const site = await startSite();
  const { context, page, problems } = await openPage(browser, { bypassCSP: false });
  try {
    await page.addInitScript(() => {
      window.registrationTried = false;
      const refuse = () => {
        window.registrationTried = true;
        return Promise.reject(new DOMException('Niet toegestaan', 'SecurityError'));
      };
      // Where the init script runs before the browser offers a service worker container (Firefox
      // under its driver), one that refuses stands in for it.
      if (navigator.serviceWorker) navigator.serviceWorker.register = refuse;
      else Object.defineProperty(Navigator.prototype, 'serviceWorker', { configurable: true, get: () => ({ register: refuse, controller: null }) });
    });
    await startEvaluation(page, site.url, 'Snelle scan Wmo-toezicht (voorbeeld)');
    await question(page, /aangewezen in een besluit/).getByLabel('Ja', { exact: true }).check();
    await waitUntilSaved(page);
    await page.waitForFunction(() => window.registrationTried, null, { timeout: 10_000 });
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await site.close();
  }
});

/** Changes a copy of dist/ as a new build would: new content, new hashed name, new sw.js. */
function newBuild(dir) {
  const old = readdirSync(dir).find((f) => /^app-[0-9a-f]{16}\.css$/.test(f));
  const css = `${readFileSync(join(dir, old), 'utf8')}body{--bouw:2}`;
  const renamed = `app-${contentHash(css)}.css`;
  writeFileSync(join(dir, renamed), css);
  rmSync(join(dir, old));
  const index = join(dir, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace(old, renamed));
  writeServiceWorker(dir);
}
