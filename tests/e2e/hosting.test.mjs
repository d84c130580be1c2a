// The site as a municipality hosts it: from a sub-path, with only static files, no request to
// any other host, and questionnaire files that an editor may have broken.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, download, editOnHost, launchBrowser, openPage, question, startEvaluation, startSite, waitUntilSaved } from './harness.mjs';

describe('hosting', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('werkt vanaf een submap en vraagt niets op bij een andere host', async () => {
    const site = await startSite({ base: '/gemeente/sociaal-domein/zelfevaluatie/' });
    const { page, problems, requests, context } = await openPage(browser);
    try {
      await startEvaluation(page, site.url, 'Snelle scan Wmo-toezicht (voorbeeld)');
      await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Samenwerking' }).click();
      await question(page, /samen met andere gemeenten/).getByLabel('Ja').check();
      await waitUntilSaved(page);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Samenwerking' }).waitFor();
      assert.equal(await question(page, /samen met andere gemeenten/).getByLabel('Ja').isChecked(), true);

      const origin = new URL(site.url).origin;
      const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/gemeente/sociaal-domein/zelfevaluatie/`) && !url.startsWith('data:'));
      assert.deepEqual(elsewhere, [], 'alle verzoeken blijven binnen de eigen map op de eigen host');
      assert.ok(requests.some((url) => url.endsWith('questionnaires/index.json')));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await site.close();
    }
  });

  test('met de Content-Security-Policy aan werkt alles, zonder inline scripts', async () => {
    const site = await startSite();
    const { page, problems, requests, context } = await openPage(browser, { bypassCSP: false });
    try {
      // Init scripts come from the test driver, not the page, so the CSP does not stop this one.
      await page.addInitScript(() => {
        window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await page.goto(site.url);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'));
      assert.doesNotMatch(scriptSrc, /unsafe-inline/);
      assert.match(scriptSrc, /'wasm-unsafe-eval'/);
      assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline scripts in the page');
      await startEvaluation(page, site.url, 'Snelle scan Wmo-toezicht (voorbeeld)', { municipality: 'Gemeente Voorbeeld' });
      await question(page, /aangewezen in een besluit/).getByLabel('Nee', { exact: true }).check();
      await waitUntilSaved(page);
      await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Resultaten' }).click();
      await page.getByTestId('scoregrafiek').waitFor();
      await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Verbeterplan' }).click();
      const file = await download(page, () => page.getByRole('button', { name: 'Acties (CSV voor Excel)' }).click());
      assert.match(file.name, /^verbeterplan-gemeente-voorbeeld-\d{4}-\d\d-\d\d\.csv$/);
      assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
      const origin = new URL(site.url).origin;
      assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await site.close();
    }
  });

  test('een kapotte vragenlijst staat als niet beschikbaar met plaats van de fout; de rest werkt', async () => {
    const site = await startSite({
      prepare(dir) {
        const folder = join(dir, 'questionnaires');
        writeFileSync(join(folder, 'kapot.yaml'), 'schema_version: 1\nid: kapot\nversion: "1"\ntitle: Kapot\nprincipes: []\n');
        const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8'));
        index.files.push('kapot.yaml');
        writeFileSync(join(folder, 'index.json'), JSON.stringify(index));
      },
    });
    const { page, problems, context } = await openPage(browser);
    try {
      await page.goto(site.url);
      const broken = page.getByTestId('onbeschikbaar-kapot.yaml');
      await broken.waitFor();
      const text = await broken.textContent();
      assert.match(text, /kapot\.yaml \(niet beschikbaar\)/);
      assert.match(text, /regel 5, kolom 1/);
      assert.match(text, /Onbekend veld `principes`/);
      assert.match(text, /bevat fouten en kan niet worden geopend\. Vraag de beheerder/);
      await page.getByRole('link', { name: 'Nieuwe evaluatie: Snelle scan Wmo-toezicht (voorbeeld)' }).click();
      await page.getByRole('heading', { level: 1, name: /Nieuwe evaluatie: Snelle scan/ }).waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await site.close();
    }
  });

  test('een vragenlijst die door een netwerkfout niet binnenkomt, heet niet kapot', async () => {
    const site = await startSite({
      prepare(dir) {
        // Listed without a summary (added on the host after the build): read at start.
        const folder = join(dir, 'questionnaires');
        copyFileSync(join(folder, 'voorbeeld-snelle-scan.yaml'), join(folder, 'later.yaml'));
        const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8'));
        index.files.push('later.yaml');
        writeFileSync(join(folder, 'index.json'), JSON.stringify(index));
      },
    });
    const { page, context } = await openPage(browser);
    try {
      await page.route(/later\.yaml$/, (route) => route.abort('internetdisconnected'));
      await page.goto(site.url);
      const card = page.getByTestId('onbeschikbaar-later.yaml');
      await card.waitFor();
      const text = await card.textContent();
      assert.match(text, /kon nu niet worden geladen; het bestand zelf is waarschijnlijk in orde\. Laad de pagina opnieuw/);
      assert.match(text, /netwerkfout/);
      assert.doesNotMatch(text, /bevat fouten/);
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await context.close();
      await site.close();
    }
  });

  test('een vragenlijst die bij het openen niet binnenkomt: de pagina zegt dat, en opnieuw laden lukt als de verbinding er weer is', async () => {
    const site = await startSite();
    const { page, context, problems } = await openPage(browser);
    try {
      // Its content, as JSON or YAML, does not arrive; its card comes from the index.
      const away = /voorbeeld-snelle-scan\.(json|yaml)(\?.*)?$/;
      await page.route(away, (route) => route.abort('internetdisconnected'));
      await page.goto(site.url);
      await page.getByRole('link', { name: 'Nieuwe evaluatie: Snelle scan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Vragenlijst niet geladen' }).waitFor();
      const said = await page.getByTestId('niet-binnengekomen').textContent();
      assert.match(said, /kon nu niet worden geladen/);
      assert.match(said, /waarschijnlijk in orde/);
      assert.doesNotMatch(await page.locator('main').textContent(), /geen bruikbare vragenlijst|niet gevonden/);
      assert.deepEqual(await axeViolations(page), []);

      await page.unroute(away);
      await page.getByRole('button', { name: 'Pagina opnieuw laden' }).click();
      await page.getByRole('heading', { level: 1, name: /Nieuwe evaluatie: Snelle scan/ }).waitFor();
      // Only the aborted requests failed, and they are not the app's errors.
      assert.deepEqual(problems.filter((p) => !/Failed to load resource|NetworkError|netwerkfout|ERR_INTERNET_DISCONNECTED|Load failed/i.test(p)), []);
    } finally {
      await context.close();
      await site.close();
    }
  });

  test('de startpagina komt uit de index; een vragenlijst wordt pas bij openen opgehaald, als JSON, tenzij de YAML op de host is aangepast', async () => {
    const site = await startSite({
      prepare(dir) {
        const folder = join(dir, 'questionnaires');
        // JSON still made from this YAML (same fingerprint), its title changed: shown only if
        // the app really reads the JSON.
        const scan = join(folder, 'voorbeeld-snelle-scan.json');
        const prepared = JSON.parse(readFileSync(scan, 'utf8'));
        prepared.content.title = 'Snelle scan (uit de JSON)';
        writeFileSync(scan, JSON.stringify(prepared));
        // An editor changes a YAML file on the host, a minute after the build, and leaves the
        // build's JSON and index as they were.
        const tsd = join(folder, 'tsd-zelfevaluatie.yaml');
        editOnHost(tsd, readFileSync(tsd, 'utf8').replace(/^title: .*$/m, 'title: TSD, aangepast op de host'));
      },
    });
    const { page, problems, context } = await openPage(browser);
    const seen = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/questionnaires/')) seen.push(`${request.method()} ${path.slice('/questionnaires/'.length)}`);
    });
    try {
      await page.goto(site.url);
      // The cards come from the index's summaries: no questionnaire file is fetched for them.
      await page.getByRole('link', { name: 'Nieuwe evaluatie: Snelle scan Wmo-toezicht (voorbeeld)' }).waitFor();
      await page.getByRole('link', { name: 'Nieuwe evaluatie: Zelfevaluatie toegang en samenhang (TSD)' }).waitFor();
      assert.match(await page.getByTestId('vragenlijst-keuzehulp-wmo-toezicht').textContent(), /44 vragen, plus tot 9 vervolgvragen/);
      assert.deepEqual(seen, ['GET index.json']);

      // Opening one fetches its JSON (and the figures), and only the headers of its YAML.
      await page.getByRole('link', { name: 'Nieuwe evaluatie: Snelle scan Wmo-toezicht (voorbeeld)' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuwe evaluatie: Snelle scan (uit de JSON)' }).waitFor();
      assert.deepEqual(seen.slice(1).sort(), [
        'GET cijfers/landelijke-cijfers.json',
        'GET voorbeeld-snelle-scan.json',
        'HEAD cijfers/landelijke-cijfers.yaml',
        'HEAD voorbeeld-snelle-scan.yaml',
      ]);

      // The YAML changed on the host after the build: its date says so, and the app reads it.
      seen.length = 0;
      await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
      await page.getByRole('link', { name: 'Nieuwe evaluatie: Zelfevaluatie toegang en samenhang (TSD)' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuwe evaluatie: TSD, aangepast op de host' }).waitFor();
      assert.ok(seen.includes('GET tsd-zelfevaluatie.yaml'), seen.join(', '));
      assert.ok(seen.includes('HEAD tsd-zelfevaluatie.yaml'), seen.join(', '));
      assert.ok(!seen.some((r) => r.includes('voorbeeld-snelle-scan') || r.includes('cijfers')), 'nothing fetched twice');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await site.close();
    }
  });

  test('meldt dat de app laadt tot hij er is, en wat te doen als hij niet start', async () => {
    const site = await startSite();
    const { page, context } = await openPage(browser);
    try {
      // A browser that cannot start the app (here: its WebAssembly never arrives).
      await page.route('**/*_bg.wasm', (route) => route.abort());
      await page.goto(site.url);
      const notice = page.getByRole('status').filter({ hasText: 'De zelfevaluatie wordt geladen' });
      await notice.waitFor();
      assert.match(await notice.textContent(), /Gebruik een recente versie van Edge, Chrome, Firefox of Safari/);
      assert.deepEqual(await axeViolations(page), []);
      await page.unroute('**/*_bg.wasm');
      await page.reload();
      await page.getByTestId('vragenlijsten').waitFor();
      assert.equal(await page.locator('#app-laden').count(), 0, 'de melding is weg zodra de app er is');
    } finally {
      await context.close();
      await site.close();
    }
  });

  test('met alleen het toetsenbord een nieuwe evaluatie starten', async () => {
    const site = await startSite();
    const { page, problems, context } = await openPage(browser);
    try {
      await page.goto(site.url);
      await page.getByTestId('vragenlijsten').waitFor();
      // First Tab reaches the skip link, which moves focus to the content.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Direct naar de inhoud');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'inhoud');
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press('Tab');
        const label = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
        if (label === 'Nieuwe evaluatie: Snelle scan Wmo-toezicht (voorbeeld)') break;
      }
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: /Nieuwe evaluatie: Snelle scan/ }).waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'paginakop');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'nieuw-naam');
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('Met het toetsenbord');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Aanwijzing en positie' }).waitFor();
      assert.match(await page.getByTestId('evaluatie-naam').textContent(), /Met het toetsenbord/);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await site.close();
    }
  });
});
