// The browser layer itself (browsers/*.mjs), on a small page of its own: what the journeys rely
// on must really be seen in each browser, or a journey's "no problems" and "no other host" would
// pass without looking. Run in every browser like the journeys.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
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
  <p id="vandaag"></p> <p id="wijziging"></p> <p id="gegevens"></p>
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
fetch('gegevens.json').then((r) => r.text()).then((t) => { document.getElementById('gegevens').textContent = t; }, () => { document.getElementById('gegevens').textContent = 'mislukt'; });
`;

let browser;
let site;
before(async () => {
  browser = await launchBrowser();
  site = await startSite({
    prepare(dir) {
      writeFileSync(join(dir, 'proef.html'), PAGE);
      writeFileSync(join(dir, 'proef.js'), SCRIPT);
      writeFileSync(join(dir, 'gegevens.json'), '"van de server"');
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
    assert.equal(await page.getByRole('button').count(), 3);
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
