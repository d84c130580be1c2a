// The browser layer itself (browsers/*.mjs), on a small page of its own: what the journeys rely
// on must really be seen in each browser, or a journey's "no problems" and "no other host" would
// pass without looking. Run in every browser like the journeys.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { browserName, download, launchBrowser, openPage, startSite } from './harness.mjs';

const PAGE = `<!doctype html><html lang="nl"><meta charset="utf-8"><title>Proef</title>
<link rel="icon" href="data:,">
<main>
  <h1>Proefpagina</h1>
  <p data-testid="melding">Alles is <b>goed</b> gegaan.</p>
  <label for="naam">Naam</label> <input id="naam">
  <label for="datum">Datum</label> <input id="datum" type="date">
  <button type="button" id="fout">Fout maken</button>
  <button type="button" id="elders">Elders iets ophalen</button>
  <button type="button" id="bestand">Bestand downloaden</button>
  <label for="bestanden">Bestanden</label> <input id="bestanden" type="file" multiple>
  <p id="vandaag"></p> <p id="wijziging"></p> <p id="gegevens"></p> <p id="gekozen"></p>
  <ul id="lijst"><li>een</li><li>twee</li><li>drie</li></ul>
  <a href="#een">Naar een</a> <a href="#twee">Naar twee</a>
</main>
<script src="proef.js"></script></html>`;

const SCRIPT = `
document.getElementById('vandaag').textContent = new Date().getFullYear();
document.getElementById('naam').addEventListener('change', (e) => { document.getElementById('wijziging').textContent = 'change: ' + e.target.value; });
document.getElementById('fout').addEventListener('click', () => { console.error('bewuste consolefout'); setTimeout(() => { throw new Error('bewuste paginafout'); }); });
document.getElementById('elders').addEventListener('click', () => { const img = new Image(); img.src = 'http://elders.invalid/pixel.png'; });
document.getElementById('bestand').addEventListener('click', () => {
  const url = URL.createObjectURL(new Blob(['a;b\\r\\n'], { type: 'text/csv' }));
  const link = document.createElement('a'); link.href = url; link.download = 'proef.csv'; link.click(); URL.revokeObjectURL(url);
});
document.getElementById('bestanden').addEventListener('change', (e) => {
  document.getElementById('gekozen').textContent = 'gekozen: ' + [...e.target.files].map((f) => f.name).join(', ');
});
fetch('gegevens.json').then((r) => r.text()).then((t) => { document.getElementById('gegevens').textContent = t; }, () => { document.getElementById('gegevens').textContent = 'mislukt'; });
`;

// Answers gegevens.json from its own cache (filled when it installs) and leaves the rest to the
// network, as the app's sw.js does with the build's hashed files.
const SERVICE_WORKER = `
self.addEventListener('install', (e) => e.waitUntil(caches.open('proef').then((c) => c.add('gegevens.json')).then(() => self.skipWaiting())));
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => {
  if (e.request.method === 'GET' && e.request.url === new URL('gegevens.json', self.registration.scope).href) e.respondWith(caches.match(e.request));
});
`;

/** What `fetch(url, init)` in the page gives: its text, or 'mislukt'. */
function fetchInPage(page, url, init) {
  return page.evaluate(([u, i]) => fetch(u, i).then((r) => r.text(), () => 'mislukt'), [url, init]);
}

/** Waits, asking the page (which hands over what it saw), until `check()` holds. */
async function until(page, check, what) {
  const deadline = Date.now() + 5000;
  while (!check()) {
    assert.ok(Date.now() < deadline, what);
    await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
  }
}

let browser;
let site;
before(async () => {
  browser = await launchBrowser();
  site = await startSite({
    prepare(dir) {
      writeFileSync(join(dir, 'proef.html'), PAGE);
      writeFileSync(join(dir, 'proef.js'), SCRIPT);
      writeFileSync(join(dir, 'gegevens.json'), '"van de server"');
      writeFileSync(join(dir, 'proef-sw.js'), SERVICE_WORKER);
    },
  });
});
after(async () => {
  await site?.close();
  await browser?.close();
});

test(`${browserName}: console- en paginafouten en verzoeken naar een andere host worden gezien`, async () => {
  const { page, problems, requests, context } = await openPage(browser);
  try {
    await page.goto(`${site.url}proef.html`);
    await page.getByText('van de server').waitFor();
    assert.ok(requests.some((url) => url.endsWith('/gegevens.json')), requests.join('\n'));
    await page.getByRole('button', { name: 'Fout maken' }).click();
    await page.getByRole('button', { name: 'Elders iets ophalen' }).click();
    await page.waitForFunction(() => document.readyState === 'complete');
    const deadline = Date.now() + 5000;
    while (!(problems.some((p) => p.includes('bewuste paginafout')) && requests.some((u) => u.includes('elders.invalid')))) {
      assert.ok(Date.now() < deadline, `seen: ${problems.join(' | ')} / ${requests.join(' | ')}`);
      await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
    }
    assert.ok(problems.some((p) => p === 'console: bewuste consolefout'), problems.join('\n'));
  } finally {
    await context.close();
  }
});

test(`${browserName}: zoeken op rol, label, tekst en test-id zoals Playwright, en strikt bij meer dan één`, async () => {
  const { page, context } = await openPage(browser);
  try {
    await page.goto(`${site.url}proef.html`);
    await page.getByRole('heading', { level: 1, name: 'proefpagina' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'fout', exact: true }).count(), 0, 'exact is case-sensitive and whole');
    assert.equal(await page.getByRole('button', { name: /^Fout/ }).count(), 1);
    assert.equal(await page.getByTestId('melding').getByText('Alles is goed gegaan.').count(), 1, 'the scope itself can match');
    assert.equal(await page.getByText('goed', { exact: true }).textContent(), 'goed', 'the innermost element');
    assert.equal(await page.getByRole('button').count(), 4, 'a file field is a button too');
    assert.equal(await page.getByRole('button', { name: 'Bestanden' }).count(), 1);
    await assert.rejects(page.getByRole('button').textContent(), /strict mode violation/);
    assert.equal(await page.getByText('bestaat niet').isVisible(), false);
  } finally {
    await context.close();
  }
});

test(`${browserName}: invullen telt als wijziging van de gebruiker; een datum krijgt zijn waarde`, async () => {
  const { page, context } = await openPage(browser);
  try {
    await page.goto(`${site.url}proef.html`);
    await page.getByLabel('Naam').fill('Súdwest-Fryslân');
    await page.getByLabel('Datum').fill('2027-03-31');
    await page.getByText('change: Súdwest-Fryslân').waitFor();
    assert.equal(await page.getByLabel('Datum').inputValue(), '2027-03-31');
  } finally {
    await context.close();
  }
});

test(`${browserName}: init-scripts, routes, klok en downloads`, async () => {
  const { page, problems, context } = await openPage(browser);
  try {
    await page.addInitScript(() => {
      window.vooraf = document.getElementById('vandaag') === null;
    });
    await page.clock.install({ time: new Date(2031, 0, 15, 12, 0) });
    await page.route('**/gegevens.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '"van de route"' }));
    await page.goto(`${site.url}proef.html`);
    await page.getByText('van de route').waitFor();
    assert.equal(await page.evaluate(() => window.vooraf), true, 'the init script ran before the page');
    assert.equal(await page.locator('#vandaag').textContent(), '2031');
    await page.clock.setSystemTime(new Date(2032, 5, 1, 8, 0));
    assert.equal(await page.evaluate(() => new Date().getFullYear()), 2032);

    await page.unroute('**/gegevens.json');
    await page.route('**/gegevens.json', (route) => route.abort());
    await page.reload();
    await page.getByText('mislukt').waitFor();
    await page.unroute('**/gegevens.json');

    const file = await download(page, () => page.getByRole('button', { name: 'Bestand downloaden' }).click());
    assert.deepEqual({ name: file.name, text: file.text }, { name: 'proef.csv', text: 'a;b\r\n' });
    assert.deepEqual([...file.bytes], [...Buffer.from('a;b\r\n')], 'the bytes as saved, for binary files');
    assert.ok(problems.every((p) => /gegevens\.json|Failed to load|net::|NetworkError/i.test(p)), problems.join('\n'));
  } finally {
    await context.close();
  }
});

test(`${browserName}: elk verzoek één keer, met zijn methode, ook uit de cache van een service worker; offline`, async () => {
  const { page, requests, context } = await openPage(browser);
  try {
    const methods = [];
    page.on('request', (request) => methods.push(`${request.method()} ${new URL(request.url()).pathname}`));
    const data = () => requests.filter((url) => url === `${site.url}gegevens.json`).length;
    await page.goto(`${site.url}proef.html`);
    await page.getByText('van de server').waitFor();
    assert.equal(await fetchInPage(page, 'gegevens.json', { method: 'HEAD' }), '');
    assert.ok(methods.includes('HEAD /gegevens.json'), methods.join(', '));

    await page.evaluate(async () => {
      await navigator.serviceWorker.register('proef-sw.js');
      await navigator.serviceWorker.ready;
      while (!navigator.serviceWorker.controller) await new Promise((wake) => setTimeout(wake, 50));
    });
    // Seen: the load and the HEAD; not the worker's own request that filled its cache.
    assert.equal(data(), 2, requests.join('\n'));
    assert.equal(await fetchInPage(page, 'gegevens.json'), '"van de server"');
    await until(page, () => data() === 3, `the page's request answered by the worker's cache: ${requests.join(' | ')}`);

    await context.setOffline(true);
    assert.equal(await fetchInPage(page, 'gegevens.json?vers'), 'mislukt', 'no network');
    assert.equal(await fetchInPage(page, 'gegevens.json'), '"van de server"', "the worker's cache still answers");
    await context.setOffline(false);
    assert.equal(await fetchInPage(page, 'gegevens.json?vers'), '"van de server"');
    await until(page, () => data() === 4, `every request once: ${requests.join(' | ')}`);
  } finally {
    await context.close();
  }
});

test(`${browserName}: routes met een RegExp, terug en vooruit, de laatste van een lijst`, async () => {
  const { page, context } = await openPage(browser);
  try {
    await page.goto(`${site.url}proef.html`);
    await page.getByText('van de server').waitFor();
    await page.route(/gegevens\.json\?kapot$/, (route) => route.abort('connectionreset'));
    assert.equal(await fetchInPage(page, 'gegevens.json?kapot'), 'mislukt');
    await page.unroute(/gegevens\.json\?kapot$/);
    assert.equal(await fetchInPage(page, 'gegevens.json?kapot'), '"van de server"');

    // By links, as a user goes: WebKit's back, like its back button, skips the places a script
    // added to the history without a user's action.
    await page.getByRole('link', { name: 'Naar een' }).click();
    await page.getByRole('link', { name: 'Naar twee' }).click();
    await page.goBack();
    await page.waitForFunction(() => location.hash === '#een');
    await page.goForward();
    await page.waitForFunction(() => location.hash === '#twee');

    assert.equal(await page.locator('#lijst li').last().textContent(), 'drie');
    assert.equal(await page.locator('#lijst li', { hasText: 'wee' }).count(), 1);
    assert.equal(await page.locator('#lijst').locator('li', { hasText: /^d/ }).textContent(), 'drie');
  } finally {
    await context.close();
  }
});

test(`${browserName}: bestanden kiezen, met het toetsenbord (filechooser) en direct`, async () => {
  const { page, context } = await openPage(browser);
  const folder = mkdtempSync(join(tmpdir(), 'proef-bestanden-'));
  const files = ['a.json', 'b.json', 'c.json'].map((name) => {
    writeFileSync(join(folder, name), '{}');
    return join(folder, name);
  });
  try {
    await page.goto(`${site.url}proef.html`);
    // Listening first: Playwright turns on Chromium's interception of file choosers when the
    // first listener comes, and a key pressed before that has taken effect opens no event.
    const chosen = page.waitForEvent('filechooser');
    await page.getByLabel('Bestanden').focus();
    await page.keyboard.press('Space');
    const chooser = await chosen;
    assert.equal(chooser.isMultiple(), true);
    await chooser.setFiles(files.slice(0, 2));
    await page.getByText('gekozen: a.json, b.json').waitFor();
    await page.getByLabel('Bestanden').setInputFiles(files.slice(1));
    await page.getByText('gekozen: b.json, c.json').waitFor();
  } finally {
    await context.close();
  }
});

test(`${browserName}: de klok stilzetten en weer laten lopen, in elk tabblad`, async () => {
  const { page, context } = await openPage(browser);
  try {
    await context.clock.install();
    await page.goto(`${site.url}proef.html`);
    const second = await context.newPage();
    await second.goto(`${site.url}proef.html`);
    const tabs = [page, second];
    const done = (tab) => tab.evaluate(() => window.gedaan);
    const scheduled = Date.now();
    for (const tab of tabs) {
      await tab.evaluate(() => {
        window.gedaan = [];
        setTimeout(() => window.gedaan.push('kort'), 100);
        setTimeout(() => window.gedaan.push('lang'), 2500);
        clearTimeout(setTimeout(() => window.gedaan.push('gewist'), 2500));
      });
    }
    // Time jumps 800 ms on from about when the timers were set, and stands still there.
    const at = scheduled + 800;
    await context.clock.pauseAt(at);
    await new Promise((wake) => setTimeout(wake, Math.max(0, scheduled + 3000 - Date.now())));
    for (const tab of tabs) {
      assert.deepEqual(await done(tab), ['kort'], 'the timer due by the pause ran, the later one waits');
      assert.equal(await tab.evaluate(() => Date.now()), at, 'time stands still');
    }
    await context.clock.resume();
    for (const tab of tabs) {
      await tab.waitForFunction(() => window.gedaan.includes('lang'));
      assert.deepEqual(await done(tab), ['kort', 'lang']);
      const now = await tab.evaluate(() => Date.now());
      assert.ok(now >= at && now < at + 10_000, `time runs on from where it stood: ${now - at} ms`);
    }
  } finally {
    await context.close();
  }
});

// Only the WebKit layer restarts its browser (Playwright's browsers do not hang this way).
if (browserName === 'webkit') {
  test('webkit: een eerste laadbeurt die blijft hangen, krijgt een nieuwe MiniBrowser en lukt dan', async () => {
    const { page, context } = await openPage(browser);
    try {
      let first = true;
      await context.route(/proef\.html$/, (route) => {
        if (!first) return route.continue();
        first = false; // never answered: the load hangs, as MiniBrowser's now and then does
      });
      await page.goto(`${site.url}proef.html`);
      await page.getByText('van de server').waitFor();
      assert.equal(await page.locator('h1').textContent(), 'Proefpagina');
    } finally {
      await context.close();
    }
  });
}
