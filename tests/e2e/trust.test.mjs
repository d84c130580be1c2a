// Trust: the user's own questionnaire, damaged or foreign data in storage, a full storage, no
// storage at all, two tabs on one evaluation, and an updated questionnaire.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, download, editOnHost, openPage, question, startEvaluation, startSite, waitUntilSaved, useBrowserAndSite } from './harness.mjs';

const SCAN = 'Snelle scan Wmo-toezicht (voorbeeld)';
const SAMPLE = readFileSync('questionnaires/voorbeeld-snelle-scan.yaml', 'utf8');

function tempFile(name, text) {
  const file = join(mkdtempSync(join(tmpdir(), 'vertrouwen-')), name);
  writeFileSync(file, text);
  return file;
}

describe('vertrouwen', () => {
  const shared = useBrowserAndSite();

  test('eigen vragenlijst: fouten met regel en kolom, pas opgeslagen als hij klopt, daarna te gebruiken en onthouden', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await page.goto(shared.site.url);
      await page.getByTestId('vragenlijsten').waitFor();
      const field = page.getByLabel('Vragenlijst (YAML)');

      await field.setInputFiles(tempFile('regio.yaml', readFileSync('tests/corpus/onbekend-veld-vraag.yaml', 'utf8')));
      const errors = page.getByTestId('vragenlijst-fouten');
      await errors.waitFor();
      assert.match(await errors.textContent(), /'regio\.yaml' is niet toegevoegd/);
      assert.match(await errors.textContent(), /regel 58, kolom 9 \(sections\[1\]\.questions\[0\]\): Onbekend veld `visble_if`/);
      await page.reload();
      await page.getByTestId('vragenlijsten').waitFor();
      assert.equal(await page.getByText('Eigen vragenlijst, alleen in deze browser').count(), 0, 'nothing was stored');

      await field.setInputFiles(tempFile('kopie.yaml', SAMPLE));
      await page.getByTestId('vragenlijst-fouten').getByText(/al een meegeleverde vragenlijst met het id `voorbeeld-snelle-scan`/).waitFor();

      const own = SAMPLE.replace('id: voorbeeld-snelle-scan', 'id: regionale-variant')
        .replace('title: Snelle scan Wmo-toezicht (voorbeeld)', 'title: Regionale variant')
        .replace(/help: >-\n\s+Alleen gevraagd als het toezicht[^\n]*\n[^\n]*functieverstrengeling\./, 'help: "<script>window.gehackt = true</script> Zie **ook** <b>dit</b>."');
      await field.setInputFiles(tempFile('regionale-variant.yaml', own));
      await page.getByTestId('vragenlijst-regionale-variant').getByText('Eigen vragenlijst, alleen in deze browser').waitFor();
      await page.reload();
      await page.getByTestId('vragenlijst-regionale-variant').waitFor();

      await startEvaluation(page, shared.site.url, 'Regionale variant');
      await question(page, /kwaliteitstoezicht op de Wmo ondergebracht/).getByLabel(/hetzelfde team als inkoop/).check();
      const help = page.getByTestId('vraag-waarborgen-verstrengeling').locator('details');
      await help.locator('summary').click();
      assert.match(await help.textContent(), /<script>window\.gehackt = true<\/script> Zie ook <b>dit<\/b>\./, 'HTML shows as text');
      assert.equal(await help.locator('strong').textContent(), 'ook', 'the Markdown subset works');
      assert.equal(await help.locator('script, b').count(), 0);
      assert.equal(await page.evaluate(() => window.gehackt), undefined);

      await page.goto(shared.site.url);
      await page.getByRole('button', { name: 'Vragenlijst verwijderen: Regionale variant' }).click();
      await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
      await page.getByTestId('vragenlijst-regionale-variant').waitFor({ state: 'detached' });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('beschadigde of vreemde gegevens blokkeren niets, worden apart gezet en zijn te downloaden', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await page.goto(shared.site.url);
      await page.evaluate(() => {
        localStorage.setItem('wmo-zelfevaluatie/v1/assessment/kapot', '{"format": "wmo-zelfevaluatie/assessment", oeps');
        localStorage.setItem('wmo-zelfevaluatie/v1/assessment/vreemd', '{"todos": ["boodschappen"]}');
      });
      await page.reload();
      const warning = page.getByTestId('onleesbare-gegevens');
      await warning.waitFor();
      assert.equal(await page.getByTestId('onleesbaar').count(), 2);
      const { text: downloaded } = await download(page, () => warning.getByRole('button', { name: 'Downloaden' }).first().click());
      assert.ok(downloaded.includes('oeps') || downloaded.includes('boodschappen'), 'the raw data comes back as it was');
      const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('onleesbaar')).length);
      assert.equal(stored, 2, 'kept aside, not deleted');
      // The app works as usual.
      await startEvaluation(page, shared.site.url, SCAN, { name: 'Gewoon verder' });
      await question(page, /aangewezen in een besluit/).getByLabel('Ja', { exact: true }).check();
      await waitUntilSaved(page);
      await page.goto(shared.site.url);
      await page.getByRole('link', { name: 'Openen: Gewoon verder' }).waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await warning.getByRole('button', { name: 'Verwijderen' }).first().click();
      await page.getByTestId('melding').getByText('De onleesbare gegevens zijn verwijderd.').waitFor();
      assert.equal(await page.getByTestId('onleesbaar').count(), 1);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('onleesbare gegevens die geen evaluatie zijn (een kapotte eigen vragenlijst, een onbekende sleutel) zijn te downloaden en te verwijderen', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await page.goto(shared.site.url);
      // Loaded first: a page still starting would read the broken questionnaire itself and have
      // its reading cut off by the reload.
      await page.getByTestId('vragenlijsten').waitFor();
      await page.evaluate(() => {
        localStorage.setItem('wmo-zelfevaluatie/v1/vragenlijst/kapot', 'schema_version: 1\nid: kapot\n  sections: [oeps');
        localStorage.setItem('wmo-zelfevaluatie/v1/iets-onbekends', 'wie weet wat dit is');
        // A newer app's key is that app's business, not ours.
        localStorage.setItem('wmo-zelfevaluatie/v2/assessment/nieuw', '{"later": true}');
      });
      await page.reload();
      // The broken own questionnaire: listed as unavailable, with its problems, download and removal.
      const card = page.getByTestId("onbeschikbaar-eigen vragenlijst 'kapot'");
      await card.waitFor();
      const yaml = await download(page, () => card.getByRole('button', { name: 'Downloaden: kapot.yaml' }).click());
      assert.equal(yaml.name, 'kapot.yaml');
      assert.match(yaml.text, /sections: \[oeps/, 'the stored text, as it was');
      // The unknown key: offered like a damaged evaluation.
      const warning = page.getByTestId('onleesbare-gegevens');
      await warning.getByText('onbekende-gegevens-iets-onbekends.txt').waitFor();
      const raw = await download(page, () => warning.getByRole('button', { name: 'Downloaden: onbekende-gegevens-iets-onbekends.txt' }).click());
      assert.equal(raw.text, 'wie weet wat dit is');
      assert.equal(await page.getByTestId('onleesbaar').count(), 1, "the newer app's key is not listed");
      assert.deepEqual(await axeViolations(page), []);
      await warning.getByRole('button', { name: 'Verwijderen: onbekende-gegevens-iets-onbekends.txt' }).click();
      await warning.waitFor({ state: 'detached' });
      await card.getByRole('button', { name: 'Vragenlijst verwijderen: kapot' }).click();
      await card.getByRole('button', { name: 'Ja, verwijderen' }).click();
      await card.waitFor({ state: 'detached' });
      const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('wmo-zelfevaluatie/')).sort());
      assert.deepEqual(left, ['wmo-zelfevaluatie/v2/assessment/nieuw']);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('volle opslag: het mislukken wordt gemeld en eerder opgeslagen antwoorden blijven staan', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await startEvaluation(page, shared.site.url, SCAN, { name: 'Volle opslag' });
      await question(page, /aangewezen in een besluit/).getByLabel('Ja', { exact: true }).check();
      await waitUntilSaved(page);
      // Fill the origin's storage to the brim.
      await page.evaluate(() => {
        const chunk = 'x'.repeat(256 * 1024);
        for (let i = 0; i < 400; i += 1) {
          try {
            localStorage.setItem(`vulling-${i}`, chunk);
          } catch {
            break;
          }
        }
        // Then one last key grows by smaller and smaller steps until not even 1 more character
        // fits. (A new key per piece would leave room for less than its own name: enough, on a
        // slow run in Firefox, for an answer that changes by one character to be saved.)
        let rest = '';
        for (let step = 128 * 1024; step > 0; ) {
          try {
            localStorage.setItem('vulling-rest', rest + 'x'.repeat(step));
            rest += 'x'.repeat(step);
          } catch {
            step = Math.floor(step / 2);
          }
        }
      });
      await question(page, /aangewezen in een besluit/).getByLabel('Nee', { exact: true }).check();
      await page.getByLabel('Toelichting (optioneel)').first().fill('Dit past er niet meer bij');
      const status = page.getByTestId('opslagstatus');
      await status.getByText(/Opslaan is mislukt: de opslag van de browser is vol/).waitFor();
      const saved = await page.evaluate(() => {
        const key = Object.keys(localStorage).find((k) => k.startsWith('wmo-zelfevaluatie/v1/assessment/'));
        return JSON.parse(localStorage.getItem(key)).answers['toezichthouder-aangewezen'].value;
      });
      assert.deepEqual(saved, { choice: 'ja' }, 'the last saved version is intact');
      // Make room: the next change is saved again.
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('vulling')).forEach((k) => localStorage.removeItem(k)));
      await page.getByLabel('Toelichting (optioneel)').first().fill('Nu wel');
      await waitUntilSaved(page);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('zonder opslag (privévenster, beleid): duidelijke waarschuwing en de app werkt voor deze sessie', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await page.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('Opslag is uitgeschakeld', 'SecurityError');
          },
        });
      });
      await page.goto(shared.site.url);
      await page.getByTestId('geen-opslag').waitFor();
      await startEvaluation(page, shared.site.url, SCAN, { name: 'Alleen deze sessie' });
      await question(page, /aangewezen in een besluit/).getByLabel('Gedeeltelijk').check();
      await waitUntilSaved(page);
      await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Resultaten' }).click();
      await page.getByTestId('resultaten-principes').getByText('50%').waitFor();
      await page.getByRole('link', { name: 'Alle evaluaties' }).click();
      await page.getByRole('link', { name: 'Openen: Alleen deze sessie' }).waitFor();
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('twee tabbladen op dezelfde evaluatie overschrijven elkaars antwoorden niet', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await startEvaluation(page, shared.site.url, SCAN, { name: 'Twee tabbladen' });
      const address = page.url();
      const second = await context.newPage();
      second.on('pageerror', (e) => problems.push(`tab 2: ${e.message}`));
      await second.goto(address);
      await second.getByRole('heading', { level: 1, name: 'Aanwijzing en positie' }).waitFor();

      await question(page, /aangewezen in een besluit/).getByLabel('Ja', { exact: true }).check();
      await waitUntilSaved(page);
      await question(second, /kwaliteitstoezicht op de Wmo ondergebracht/).getByLabel('Bij de GGD').check();
      await waitUntilSaved(second);
      // Each tab shows the other's answer too.
      await question(second, /aangewezen in een besluit/).getByLabel('Ja', { exact: true }).waitFor();
      assert.equal(await question(second, /aangewezen in een besluit/).getByLabel('Ja', { exact: true }).isChecked(), true);
      await page.waitForFunction(() => document.querySelector('#toezicht-belegd-bij--ggd')?.checked === true);

      for (const tab of [page, second]) {
        await tab.reload();
        await tab.getByRole('heading', { level: 1 }).waitFor();
        assert.equal(await question(tab, /aangewezen in een besluit/).getByLabel('Ja', { exact: true }).isChecked(), true);
        assert.equal(await question(tab, /kwaliteitstoezicht op de Wmo ondergebracht/).getByLabel('Bij de GGD').isChecked(), true);
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('een bijgewerkte vragenlijst: antwoorden op verdwenen vragen en opties worden getoond en bewaard', async () => {
    const first = await startSite();
    const port = Number(new URL(first.url).port);
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await startEvaluation(page, first.url, SCAN, { name: 'Voor de update' });
      await question(page, /kwaliteitstoezicht op de Wmo ondergebracht/).getByLabel(/regionale organisatie/).check();
      await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Samenwerking' }).click();
      await page.getByRole('textbox', { name: 'Uw antwoord' }).fill('Goede samenwerking in de regio');
      await waitUntilSaved(page);
      const address = page.url();
      await page.goto('about:blank');
      await first.close();

      // The same site (same address) after an editor changed the questionnaire.
      const updated = SAMPLE.replace('version: 2026.2.0', 'version: 2026.3.0')
        .replace(/          - id: regionaal\n            label: .*\n            scores: .*\n/, '')
        .replace(/\n      - id: opmerkingen\n        type: text\n        text: .*\n/, '\n');
      assert.notEqual(updated, SAMPLE);
      const second = await startSite({ port, prepare: (dir) => editOnHost(join(dir, 'questionnaires/voorbeeld-snelle-scan.yaml'), updated) });
      try {
        await page.goto(address);
        const notice = page.getByTestId('bijgewerkt');
        await notice.waitFor();
        const text = await notice.textContent();
        assert.match(text, /ingevuld met versie 2026\.2\.0, nu versie 2026\.3\.0/);
        assert.match(text, /Het gekozen antwoord \(regionaal\) bestaat niet meer/);
        assert.match(text, /vraag 'opmerkingen': Deze vraag staat niet meer in de vragenlijst\. Uw antwoord was: Goede samenwerking in de regio/);
        assert.deepEqual(await axeViolations(page), []);
        await page.reload();
        await notice.waitFor();
        await page.getByRole('button', { name: 'Deze oude antwoorden verwijderen' }).click();
        await notice.waitFor({ state: 'detached' });
        await waitUntilSaved(page);
        await page.reload();
        await page.getByRole('heading', { level: 1 }).waitFor();
        assert.equal(await notice.count(), 0);
        // Seen before the site goes: three seconds after an evaluation opens, the app fetches the
        // code of results and plan, and against a closed site that is a (true) console error.
        assert.deepEqual(problems, []);
        await page.close();
      } finally {
        await second.close();
      }
    } finally {
      await context.close();
      await first.close(); // also when the test failed before it closed the first site
    }
  });
});
