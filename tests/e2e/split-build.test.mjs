// The release build of scripts/build.sh: content-hashed, relative file names that all exist, a
// service worker that lists every file, and code that loads on first use (`#[lazy]`) fetched only
// when it is used.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SMALL_MODULE_BYTES, chunkUsers, filesUnder } from '../../scripts/write-site.mjs';
import { download, openPage, question, startEvaluation, useBrowserAndSite, waitForFocusOnHeading, waitUntilSaved } from './harness.mjs';

const shared = useBrowserAndSite();

/** The parts whose chunks (`split_<part>-<hash>.wasm`) are among `requests`, in request order. */
const splitParts = (requests) => requests.map((url) => url.match(/\/split_([a-z_]+)-[0-9a-f]{16}\.wasm$/)?.[1]).filter(Boolean);

// Only the failed fetch itself is logged (by the browser, and by wasm-split's loader, which
// Firefox shows as a bare "Error" and WebKit as "Load failed", its words for a failed fetch).
const fetchFailed = /Failed to load resource|TypeError: Failed to fetch|NetworkError|ERR_CONNECTION_RESET|^console: Error$|^console: (TypeError: )?Load failed$/;

test('dist/: gehashte namen, relatieve adressen, en sw.js kent elk bestand', () => {
  const files = filesUnder('dist');
  const assets = files.filter((f) => /\.(js|css|wasm|bin)$/.test(f) && f !== 'sw.js');
  assert.ok(assets.some((f) => f.endsWith('_bg.wasm')), files.join('\n'));
  for (const file of assets) assert.match(file, /-[0-9a-f]{16}(_bg)?\.(js|css|wasm|bin)$/, `${file} heeft geen inhoudshash in de naam`);
  // The small shared chunks travel together in two files, those of results and plan and the
  // rest; the bigger ones, and every part's own chunk, keep their own.
  assert.deepEqual(
    assets.filter((f) => f.endsWith('.bin')).map((f) => f.replace(/-[0-9a-f]{16}\.bin$/, '')).sort(),
    ['kleine-modules', 'kleine-modules-resultaten-plan'],
  );
  for (const file of assets.filter((f) => /^chunk-.*\.wasm$/.test(f))) {
    assert.ok(statSync(join('dist', file)).size > SMALL_MODULE_BYTES, `${file} is small and belongs in the bundle`);
  }

  const html = readFileSync('dist/index.html', 'utf8');
  const urls = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]).filter((u) => !u.startsWith('data:'));
  assert.ok(urls.length >= 6, urls.join('\n'));
  for (const url of urls) {
    assert.match(url, /^\.\/[^/]/, `${url} is niet relatief: de site moet vanuit elke map werken`);
    assert.ok(existsSync(join('dist', url)), `${url} staat niet in dist/`);
  }
  assert.equal((html.match(/<script/g) ?? []).length, 1, 'één script: de start, als bestand');
  assert.match(html, /<script type="module" src="\.\/start-[0-9a-f]{16}\.js"><\/script>/);
  assert.match(html, /worker-src 'self'/);

  // Minified (esbuild for CSS and JS, whitespace and comments out of the HTML).
  const css = assets.find((f) => /^app-.*\.css$/.test(f));
  assert.ok(readFileSync(join('dist', css)).length < readFileSync('style/app.css').length * 0.8, `${css} is minified`);
  assert.doesNotMatch(readFileSync(join('dist', css), 'utf8'), /\/\*/);
  const glue = assets.find((f) => /^zelfevaluatie-wmo-toezicht-[0-9a-f]{16}\.js$/.test(f));
  assert.ok(readFileSync(join('dist', glue), 'utf8').split('\n').length < 50, `${glue} is minified`);
  assert.doesNotMatch(html, /<!--|\n/);

  const worker = readFileSync('dist/sw.js', 'utf8');
  const listed = JSON.parse(worker.match(/files:(\[[^\]]*\])/)[1]);
  assert.deepEqual(listed, files.filter((f) => f !== 'sw.js' && !f.endsWith('.md')));
});

test('welke onderdelen een gedeelde module gebruiken, leest de build uit de lader van wasm-split; een onbekend onderdeel laat de build falen', () => {
  const loader = [
    '/* plan_part, results_part */',
    'const __chunk_3 = makeLoad(() => {',
    '    const src = fetch(new URL("./chunk_3.wasm", import.meta.url));',
    '}, []);',
    'export const __wasm_split_load_results_part = wrapAsyncCb(makeLoad(() => {}, [__chunk_3]));',
    'export const __wasm_split_load_plan_part = wrapAsyncCb(makeLoad(() => {}, [__chunk_3]));',
  ].join('\n');
  assert.deepEqual([...chunkUsers(loader)], [['chunk_3.wasm', ['plan_part', 'results_part']]]);
  assert.throws(() => chunkUsers(loader.replace('__wasm_split_load_plan_part =', 'iets_anders =')), /onderdeel plan_part/);
  assert.throws(() => chunkUsers(loader.replace('/* plan_part, results_part */', '')), /van 1 gedeelde modules zijn er 0/);
});

test('de code van "Over deze app" komt pas als iemand die pagina opent', async () => {
  const chunks = filesUnder('dist').filter((f) => /^split_about_page-[0-9a-f]{16}\.wasm$/.test(f));
  assert.equal(chunks.length, 1, 'the release build has the about page as its own chunk');
  const { context, page, problems, requests } = await openPage(shared.browser, { bypassCSP: false });
  try {
    const fetchedChunks = () => requests.filter((url) => /\/split_[^/]*\.wasm$/.test(url));
    await page.goto(shared.site.url);
    await page.getByTestId('vragenlijsten').waitFor();
    await page.getByRole('link', { name: 'Nieuwe evaluatie: Keuzehulp Wmo-toezicht' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe evaluatie: Keuzehulp Wmo-toezicht' }).waitFor();
    assert.deepEqual(fetchedChunks(), [], 'start and new-evaluation pages need no chunk');

    await page.getByRole('contentinfo').getByRole('link', { name: 'Over deze app' }).click();
    await page.getByRole('heading', { level: 1, name: 'Over deze zelfevaluatie' }).waitFor();
    assert.deepEqual(fetchedChunks(), [`${shared.site.url}${chunks[0]}`]);
    // Focus reaches the heading although it was drawn only after the chunk arrived.
    await waitForFocusOnHeading(page, 'Over deze zelfevaluatie');

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe evaluatie: Keuzehulp Wmo-toezicht' }).waitFor();
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Over deze zelfevaluatie' }).waitFor();
    assert.equal(fetchedChunks().length, 1, 'a chunk is fetched once per page load');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('de eerste download is de startpagina en het invullen; resultaten en plan komen even later op de achtergrond, de documenten bij het plan, antwoorden bij het openen', async () => {
  const { context, page, problems, requests } = await openPage(shared.browser, { bypassCSP: false });
  try {
    const split = () => splitParts(requests);
    // When each chunk was asked for, on the page's own clock (requests answered by a cache too).
    const chunkStarts = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => ({ part: e.name.match(/\/split_([a-z_]+)-[0-9a-f]{16}\.wasm$/)?.[1], start: e.startTime }))
          .filter((e) => e.part),
      );
    await page.goto(shared.site.url);
    await page.getByRole('link', { name: 'Nieuwe evaluatie: Keuzehulp Wmo-toezicht' }).click();
    await page.getByRole('button', { name: 'Evaluatie starten' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const opened = await page.evaluate(() => performance.now());
    await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: /Positie en onafhankelijkheid/ }).click();
    await page.locator('fieldset').first().getByRole('radio').first().check();

    // A few seconds after the evaluation opened, results and plan are fetched without a click;
    // nothing before that: the walk through a section needs no chunk, and no YAML is read.
    await page.waitForFunction(
      () => ['results_part', 'plan_part'].every((part) => performance.getEntriesByType('resource').some((e) => e.name.includes(`/split_${part}-`))),
    );
    const early = (await chunkStarts()).filter((chunk) => chunk.start < opened + 2000);
    assert.deepEqual(early, [], 'no chunk while the first section is filled in');
    assert.deepEqual((await chunkStarts()).map((c) => c.part).sort(), ['plan_part', 'results_part']);
    // Their small modules come in a bundle of their own, without those of the other parts.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/kleine-modules-/.test(e.name)));
    const bundles = () => requests.map((url) => url.match(/\/(kleine-modules[a-z-]*)-[0-9a-f]{16}\.bin$/)?.[1]).filter(Boolean);
    assert.deepEqual(bundles(), ['kleine-modules-resultaten-plan']);

    const open = async (link, shown) => {
      await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: link }).click();
      await shown.waitFor();
    };
    const before = split().length;
    await open('Resultaten', page.getByTestId('scoregrafiek'));
    await open('Verbeterplan', page.getByTestId('aantal-opgenomen'));
    // Results and plan were there already; the rest of the plan page (fields, roadmap, the plan
    // as a document) and then the document writers come while the plan is read, not with the
    // plan's own code.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/split_plan_file-')));
    assert.deepEqual(split().slice(before), ['plan_extra', 'plan_file']);
    const word = await download(page, () => page.getByRole('button', { name: 'Verbeterplan (Word)' }).click());
    assert.match(word.name, /^verbeterplan-.*\.docx$/);
    assert.deepEqual(split().slice(before), ['plan_extra', 'plan_file'], 'a download fetches nothing more');
    await open('Uw antwoorden', page.getByRole('button', { name: 'Antwoorden downloaden (Markdown)' }));
    assert.equal(split().at(-1), 'answers_part', 'the answers page fetches its own chunk when it is opened');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('het plan is te lezen voordat de code van de rest van de pagina er is; velden, planning en het plan als document komen daarna', async () => {
  // Without the service worker, which would otherwise copy the chunk past the route that holds it.
  const { context, page, problems, requests } = await openPage(shared.browser, { bypassCSP: false, serviceWorkers: 'block' });
  try {
    const split = () => splitParts(requests);
    await startEvaluation(page, shared.site.url, 'Snelle scan Wmo-toezicht (voorbeeld)', { name: 'Snelle scan', municipality: 'Gemeente Ede' });
    await question(page, /aangewezen in een besluit/).getByLabel('Gedeeltelijk').check();
    await waitUntilSaved(page);
    // The code of the rest of the plan page is held back until the test lets it through, as on
    // a slow line.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/\/split_plan_extra-[0-9a-f]{16}\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Verbeterplan' }).click();
    await page.getByTestId('aantal-opgenomen').waitFor();
    const loading = page.getByRole('status').filter({ hasText: 'Wordt geladen…' });
    const action = page.getByTestId('actie-aanwijzing-vastleggen');
    await action.locator('.actie-regel__knop').click();
    await action.getByRole('status').filter({ hasText: 'Wordt geladen…' }).waitFor();
    assert.equal(await loading.count(), 2, 'a status line below the actions and one in the opened action');
    // Neither goes on paper (style/app.css hides `.geen-print` in print).
    assert.equal(await page.locator('.geen-print [role=status]').filter({ hasText: 'Wordt geladen…' }).count(), 2);
    assert.equal(await page.getByRole('heading', { name: 'Het plan als document' }).count(), 0);
    assert.equal(await action.getByLabel('Eigenaar').count(), 0);

    release();
    await action.getByLabel('Eigenaar').fill('Team Wmo');
    await page.getByRole('heading', { name: 'Het plan als document' }).waitFor();
    await page.getByRole('heading', { name: 'Eigen actie toevoegen' }).waitFor();
    await page.getByRole('tab', { name: 'Planning per periode' }).click();
    await page.locator('#tab-planning-paneel').getByText(/De opgenomen acties per periode|Er zijn nog geen acties opgenomen/).waitFor();
    assert.equal(await loading.count(), 0);
    await page.getByRole('tab', { name: 'Overzicht van de acties' }).click();
    assert.equal(await action.getByLabel('Eigenaar').inputValue(), 'Team Wmo', 'the fields were not drawn again');
    assert.equal(split().filter((part) => part === 'plan_extra').length, 1, 'fetched once for all its places');
    assert.ok(split().indexOf('plan_part') < split().indexOf('plan_extra'));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('een wijzer op de link naar het plan, of focus op die naar de resultaten, haalt hun code al op voor de klik', async () => {
  const { context, page, problems } = await openPage(shared.browser, { bypassCSP: false });
  try {
    const started = (part) =>
      page.evaluate((part) => performance.getEntriesByType('resource').find((e) => e.name.includes(`/split_${part}-`))?.startTime, part);
    await page.goto(shared.site.url);
    await page.getByRole('link', { name: 'Nieuwe evaluatie: Keuzehulp Wmo-toezicht' }).click();
    await page.getByRole('button', { name: 'Evaluatie starten' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const opened = await page.evaluate(() => performance.now());
    const nav = page.getByRole('navigation', { name: 'Onderdelen' });

    await nav.getByRole('link', { name: 'Verbeterplan' }).hover();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/split_plan_part-')));
    // Well before the background fetch, three seconds after the evaluation opened.
    assert.ok((await started('plan_part')) < opened + 2000, 'the plan was fetched on the hover');

    await nav.getByRole('link', { name: 'Resultaten' }).focus();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/split_results_part-')));
    assert.ok((await started('results_part')) < opened + 2500, 'the results were fetched on focus');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('een klik zonder wijzer of focus (spraakbesturing, een schermlezer) vraagt zelf de code van het plan, nog voor het adres verandert', async () => {
  const { context, page, problems } = await openPage(shared.browser, { bypassCSP: false });
  try {
    await startEvaluation(page, shared.site.url, 'Keuzehulp Wmo-toezicht');
    const opened = await page.evaluate(() => performance.now());
    const address = page.url();
    // A click from the page itself: the pointer was never over the link and it never had focus.
    // Its navigation is cancelled, so the plan's page never asks for its code: only the click can.
    const clicked = await page.evaluate(() => {
      addEventListener('click', (event) => event.preventDefault(), { capture: true, once: true });
      const at = performance.now();
      [...document.querySelectorAll('nav a')].find((a) => a.textContent.trim() === 'Verbeterplan').click();
      return at;
    });
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/split_plan_part-')));
    const requested = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.includes('/split_plan_part-')).startTime);
    assert.equal(page.url(), address, 'the address did not change');
    // Well before the background fetch, three seconds after the evaluation opened.
    assert.ok(clicked < opened + 1000 && requested < clicked + 1000, `clicked at ${clicked - opened} ms, asked for ${requested - clicked} ms later`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('komt de code van een onderdeel niet binnen, dan zegt de pagina dat en lukt het opnieuw', async () => {
  const { context, page, problems } = await openPage(shared.browser, { bypassCSP: false });
  try {
    await page.goto(shared.site.url);
    await page.getByRole('link', { name: 'Nieuwe evaluatie: Snelle scan Wmo-toezicht (voorbeeld)' }).click();
    await page.getByRole('button', { name: 'Evaluatie starten' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The network drops just when the results' code is fetched (a VPN that hiccups): their own
    // chunk and the bundle of small modules, which is fetched again on the retry.
    const away = /\/(split_results_part-[0-9a-f]{16}\.wasm|kleine-modules-resultaten-plan-[0-9a-f]{16}\.bin)$/;
    await page.route(away, (route) => route.abort('connectionreset'));
    await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Resultaten' }).click();
    const notice = page.getByTestId('deel-niet-geladen');
    await notice.waitFor();
    assert.match(await notice.textContent(), /Dit deel van de pagina kon niet worden geladen.*Wat u al had ingevuld, is bewaard/s);
    await page.unroute(away);
    await notice.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.getByTestId('scoregrafiek').waitFor();
    assert.equal(await notice.count(), 0);
    // Nothing panicked.
    assert.deepEqual(problems.filter((p) => !fetchFailed.test(p)), []);
  } finally {
    await context.close();
  }
});

test('komt de rest van de planpagina niet binnen, dan zegt elke plek dat; één keer opnieuw proberen herstelt ze allemaal', async () => {
  // Without the service worker, which would otherwise fetch the chunk past the route.
  const { context, page, problems } = await openPage(shared.browser, { bypassCSP: false, serviceWorkers: 'block' });
  try {
    await startEvaluation(page, shared.site.url, 'Snelle scan Wmo-toezicht (voorbeeld)', { name: 'Snelle scan', municipality: 'Gemeente Ede' });
    await question(page, /aangewezen in een besluit/).getByLabel('Gedeeltelijk').check();
    await question(page, /Waar is het kwaliteitstoezicht/).getByLabel(/in hetzelfde team als inkoop/).check();
    await waitUntilSaved(page);
    const away = /\/split_plan_extra-[0-9a-f]{16}\.wasm$/;
    await page.route(away, (route) => route.abort('connectionreset'));
    await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Verbeterplan' }).click();
    await page.getByTestId('aantal-opgenomen').waitFor();
    const notices = page.getByTestId('deel-niet-geladen');
    const first = page.getByTestId('actie-aanwijzing-vastleggen');
    await first.locator('.actie-regel__knop').click();
    await first.getByTestId('deel-niet-geladen').waitFor();
    assert.equal(await notices.count(), 2, 'in the opened action and below the actions');

    // The connection is back. An action opened now gets its fields at once; the two places that
    // failed still say so until the user asks again.
    await page.unroute(away);
    const second = page.getByTestId('actie-toezicht-los-van-inkoop');
    await second.locator('.actie-regel__knop').click();
    await second.getByLabel('Eigenaar').fill('Team Wmo');
    await second.getByLabel('Eigenaar').evaluate((field) => (field.dataset.zelfdeVeld = 'ja'));
    assert.equal(await notices.count(), 2);

    // One press, in the first action, mends both failed places; the part that had arrived is not
    // drawn again (the same field, with its text).
    await first.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await first.getByLabel('Eigenaar').waitFor();
    await page.getByRole('heading', { name: 'Het plan als document' }).waitFor();
    assert.equal(await notices.count(), 0);
    assert.equal(await page.getByRole('status').filter({ hasText: 'Wordt geladen…' }).count(), 0);
    assert.equal(await second.getByLabel('Eigenaar').evaluate((field) => field.dataset.zelfdeVeld), 'ja');
    assert.equal(await second.getByLabel('Eigenaar').inputValue(), 'Team Wmo');
    assert.deepEqual(problems.filter((p) => !fetchFailed.test(p)), []);
  } finally {
    await context.close();
  }
});
