// Bad input gets one clear Dutch message, next to the control the user just used; a section is
// only "klaar" when every toelichting it asks for is given.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, openPage, question, startEvaluation, waitUntilSaved, useBrowserAndSite } from './harness.mjs';

const SCAN = 'Snelle scan Wmo-toezicht (voorbeeld)';
const SAMPLE = readFileSync('questionnaires/voorbeeld-snelle-scan.yaml', 'utf8');

function tempFile(name, content) {
  const file = join(mkdtempSync(join(tmpdir(), 'meldingen-')), name);
  writeFileSync(file, content);
  return file;
}

/** The vertical gap in px between the bottom of `control` and the top of `message`. */
async function gapBelow(control, message) {
  const [a, b] = [await control.boundingBox(), await message.boundingBox()];
  return b.y - (a.y + a.height);
}

describe('meldingen bij bestanden en invoer', () => {
  const shared = useBrowserAndSite();

  test('een te groot, binair of kapot bestand geeft één duidelijke melding met alle problemen', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await page.goto(shared.site.url);
      await page.getByTestId('vragenlijsten').waitFor();
      const field = page.getByLabel('Vragenlijst (YAML)');
      const errors = page.getByTestId('vragenlijst-fouten');

      await field.setInputFiles(tempFile('groot.yaml', `# ${'x'.repeat(2200 * 1024)}\n`));
      await errors.waitFor();
      const tooLarge = await errors.innerText();
      assert.match(tooLarge, /^'groot\.yaml' is niet toegevoegd: er is 1 probleem\./);
      assert.match(tooLarge, /hele bestand: Het bestand is 2,1 MB; het maximum is 2 MB\./);
      assert.doesNotMatch(tooLarge, /regel 1, kolom 1|''groot/, 'not placed at line 1 and not nested in itself');

      await field.setInputFiles(tempFile('plaatje.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])));
      await errors.getByText(/hele bestand: Het bestand is geen tekstbestand/).waitFor();
      assert.doesNotMatch(await errors.innerText(), /YAML-tag/);

      const twoProblems = SAMPLE.replace('estimated_minutes: 15', 'estimated_minutes: vijftien')
        .replace('question: toezicht-belegd-bij,', 'question: bestaat-niet,');
      await field.setInputFiles(tempFile('twee.yaml', twoProblems));
      await errors.getByText(/'twee\.yaml' is niet toegevoegd: er zijn 2 problemen\./).waitFor();
      assert.equal(await errors.locator('li').count(), 2);
      assert.match(await errors.innerText(), /`bestaat-niet`, maar die bestaat niet/);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('de melding na toevoegen en importeren staat bij het bestandsveld en wordt voorgelezen', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await page.goto(shared.site.url);
      await page.getByTestId('vragenlijsten').waitFor();
      const own = SAMPLE.replace('id: voorbeeld-snelle-scan', 'id: regio-scan').replace('title: Snelle scan Wmo-toezicht (voorbeeld)', 'title: Regio-scan');
      const ownField = page.getByLabel('Vragenlijst (YAML)');
      await ownField.setInputFiles(tempFile('regio-scan.yaml', own));
      const added = page.getByTestId('vragenlijst-melding');
      await added.getByText("De vragenlijst 'Regio-scan' is toegevoegd.", { exact: false }).waitFor();
      assert.equal(await added.getAttribute('role'), 'status', 'a live region, so screen readers hear it');
      const addedGap = await gapBelow(ownField, added);
      assert.ok(addedGap >= 0 && addedGap < 120, `the message is ${addedGap} px below the field`);

      // A stored evaluation as the app writes it (the golden file of the stored format).
      const evaluation = readFileSync('tests/golden/stored-format-v3.json', 'utf8').replace('"name": "Zelfevaluatie 2026"', '"name": "Ingelezen scan"');
      const importField = page.getByLabel('Evaluatiebestand (JSON)');
      await importField.setInputFiles(tempFile('scan.json', evaluation));
      const imported = page.getByTestId('import-melding');
      const text = await imported.getByText(/'Ingelezen scan' is geïmporteerd/).textContent();
      assert.match(text, /U vindt de evaluatie bij 'Uw evaluaties', op de datum van de laatste wijziging\./);
      assert.equal(await imported.getAttribute('role'), 'status');
      const importGap = await gapBelow(importField, imported);
      assert.ok(importGap >= 0 && importGap < 120, `the message is ${importGap} px below the field`);
      await page.getByRole('link', { name: 'Openen: Ingelezen scan' }).waitFor();
      assert.equal(await page.getByTestId('melding').textContent(), '', 'nothing at the top of the page');

      await importField.setInputFiles(tempFile('oud.json', Buffer.from('{"name": "caf\xe9"}', 'latin1')));
      await page.getByTestId('import-fout').getByText(/'oud\.json' kan niet worden geïmporteerd\. Het bestand is geen UTF-8-tekstbestand/).waitFor();
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('getallen buiten de grenzen en een ontbrekende toelichting: het onderdeel is niet klaar', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await startEvaluation(page, shared.site.url, SCAN);
      await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Openheid en verantwoording' }).click();
      await page.getByRole('heading', { level: 1, name: 'Openheid en verantwoording' }).waitFor();
      const count = page.getByLabel('Aantal (meldingen)');
      await count.fill('-1');
      await count.blur();
      await page.getByText('-1 kan hier niet. Vul in: een heel getal van 0 tot en met 100000.', { exact: false }).waitFor();
      await count.fill(' 12 ');
      await count.blur();
      await page.waitForFunction(() => document.getElementById('meldingen-geregistreerd--getal')?.value === '12');
      await question(page, /toezichtrapporten actief openbaar/).getByLabel('3', { exact: true }).check();
      await question(page, /jaarverslag over het Wmo-toezicht openbaar/).getByLabel('Niet van toepassing').check();
      await waitUntilSaved(page);
      const progress = page.getByTestId('onderdeel-voortgang-openheid');
      assert.equal(await progress.textContent(), '3 van 3, 1 toelichting ontbreekt');
      const missing = page.getByTestId('toelichting-ontbreekt');
      assert.match(await missing.innerText(), /Dit onderdeel is nog niet klaar: bij 1 vraag ontbreekt de toelichting bij 'niet van toepassing'\./);
      assert.deepEqual(await axeViolations(page), []);
      await missing.getByRole('link', { name: /jaarverslag over het Wmo-toezicht openbaar/ }).click();
      await page.waitForFunction(() => document.activeElement?.id === 'toelichting-jaarverslag-openbaar');
      assert.match(page.url(), /#\/evaluatie\//, 'the link moved focus, not the address');
      await page.keyboard.type('Het toezicht is regionaal belegd');
      await waitUntilSaved(page);
      assert.equal(await progress.textContent(), 'klaar (3 van 3)');
      await missing.waitFor({ state: 'detached' });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
