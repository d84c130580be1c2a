// Results, national comparison, comparing evaluations, the verbeterplan and its downloads, and
// import of an exported evaluation into a fresh browser profile.
//
// The answers below are the same as in tests/support/mod.rs (filled_snelle_scan), so the numbers and files the
// browser produces are checked against the model's own output in tests/golden/.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, cannot, download, openPage, question, startEvaluation, waitUntilSaved, useBrowserAndSite } from './harness.mjs';

const SCAN = 'Snelle scan Wmo-toezicht (voorbeeld)';
const GOLDEN_MD = readFileSync('tests/golden/verbeterplan.md', 'utf8');
const GOLDEN_CSV = readFileSync('tests/golden/verbeterplan.csv', 'utf8');
const GOLDEN_ANSWERS = readFileSync('tests/golden/antwoorden.md', 'utf8');

async function fillFixture(page) {
  await startEvaluation(page, page.siteUrl, SCAN, { name: 'Snelle scan 2026', municipality: 'Gemeente Súdwest-Fryslân' });
  await question(page, /aangewezen in een besluit/).getByLabel('Gedeeltelijk').check();
  await page.getByLabel('Toelichting (optioneel)').first().fill('Besluit uit 2019;\nwordt in maart vernieuwd');
  await question(page, /kwaliteitstoezicht op de Wmo ondergebracht/).getByLabel(/hetzelfde team als inkoop/).check();
  await question(page, /Welke waarborgen zijn er tegen functieverstrengeling/).getByLabel('Geen van deze').check();
  await page.getByRole('link', { name: /Volgende/ }).click();
  await question(page, /jaarverslag over het Wmo-toezicht openbaar/).getByLabel('Nee', { exact: true }).check();
  await question(page, /toezichtrapporten actief openbaar/).getByLabel('2', { exact: true }).check();
  await page.getByRole('link', { name: /Volgende/ }).click();
  await question(page, /samen met andere gemeenten/).getByLabel('Nee').check();
  await question(page, /werkafspraken met de inspecties/).getByLabel('Ja', { exact: true }).check();
  await waitUntilSaved(page);
}

/** Opens an action in the plan's overview (its title is the button). */
async function openAction(page, key) {
  const action = page.getByTestId(`actie-${key}`);
  const title = action.locator('.actie-regel__knop');
  if ((await title.getAttribute('aria-expanded')) !== 'true') await title.click();
  return action;
}

/** A Snelle scan evaluation on `time` with one answer, which brings the action
 *  'aanwijzing-vastleggen', and its plan open. */
async function planOfOneAnswer(page, siteUrl, name, time) {
  await page.clock.install({ time });
  await startEvaluation(page, siteUrl, SCAN, { name, municipality: 'Gemeente Zwolle' });
  await question(page, /aangewezen in een besluit/).getByLabel('Gedeeltelijk').check();
  await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Verbeterplan' }).click();
}

async function editPlanAsFixture(page) {
  await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Verbeterplan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Verbeterplan' }).waitFor();
  // So that a plan of many actions opens at once, an action's fields are drawn when it is first
  // opened, and the roadmap when its tab is first shown.
  assert.equal(await page.locator('.actie-regel__details').locator('input, select, textarea').count(), 0);
  assert.equal(await page.locator('#tab-planning-paneel > *').count(), 0);
  // The plan's own details, as in the fixture of tests/support/mod.rs.
  await page.getByText('Over dit plan: samenvatting, voor wie, datum en versie').click();
  await page.getByLabel('Samenvatting').fill('Het toezicht moet onafhankelijker en zichtbaarder.\n\nDit plan zegt wat we in 2027 doen.');
  await page.getByLabel('Voor', { exact: true }).selectOption('college');
  await page.getByLabel('Versie (optioneel)').fill('0.9');
  await page.getByLabel('Versie (optioneel)').blur();
  const first = await openAction(page, 'aanwijzing-vastleggen');
  // Typed and left with Tab, as a keyboard user does: the edit is saved and focus moves on.
  await first.getByLabel('Eigenaar').focus();
  await page.keyboard.type('Team Wmo');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'plan-aanwijzing-vastleggen-deadline');
  await first.getByLabel('Deadline').fill('2027-03-31');
  await first.getByLabel('Periode').selectOption('2027-K1');
  await first.getByLabel('Status').selectOption('bezig');
  await first.getByLabel('Notitie').fill('Besluit "in concept"; zie |nota|');
  await first.getByLabel('Notitie').blur();
  // Closed again, the action keeps its fields (and whatever is in them).
  await first.locator('.actie-regel__knop').click();
  assert.equal(await first.locator('.actie-regel__details').locator('input, select, textarea').count(), 6);
  await page.getByTestId('actie-rapporten-publiceren').getByLabel('Opnemen in het plan').uncheck();
  await page.getByTestId('plan-melding').getByText(/^'.+' is niet meer opgenomen in het plan\. \d+ van \d+ acties opgenomen\.$/).waitFor();
  // Without a title the form says so, at the title field.
  await page.getByLabel('Titel').fill('   ');
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  await page.getByText('Geef de actie een titel.').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'eigen-titel');
  assert.equal(await page.getByTestId('actie-eigen-1').count(), 0);
  // Added far from the form, so it is announced; removed, the focus goes back to the form.
  await page.getByLabel('Titel').fill('Tijdelijke actie');
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  const announced = page.getByTestId('plan-melding');
  await announced.getByText("Eigen actie 'Tijdelijke actie' is toegevoegd bij prioriteit middel.").waitFor();
  const temporary = await openAction(page, 'eigen-1');
  await temporary.getByRole('button', { name: 'Eigen actie verwijderen' }).click();
  await announced.getByText("Eigen actie 'Tijdelijke actie' is verwijderd.").waitFor();
  assert.equal(await page.getByTestId('actie-eigen-1').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'eigen-actie-kop');
  await page.getByLabel('Titel').fill('Jaarlijks gesprek met de <raad>');
  await page.getByLabel('Omschrijving (optioneel)').fill('Plan elk voorjaar een\ncommissiebespreking.');
  await page.locator('#eigen-prioriteit').selectOption('laag');
  await page.getByLabel('Principe', { exact: true }).selectOption('transparantie');
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  const own = await openAction(page, 'eigen-1');
  await own.getByLabel('Eigenaar').fill('=griffie');
  await own.getByLabel('Eigenaar').blur();
  await own.getByLabel('Periode').selectOption('2027');
  await waitUntilSaved(page);
}

function downloadWith(page, buttonName) {
  return download(page, () => page.getByRole('button', { name: buttonName }).click());
}

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The golden Markdown says "23-11-2026"; a real download carries today's date. */
function withoutDate(markdown) {
  return markdown.replace(/(Opgesteld op|Datum:) \d\d-\d\d-\d{4}/, '$1 <datum>');
}

/** The day of the golden files: the plan journey runs on it, so its periods (2027) can be chosen. */
const FIXTURE_DAY = '2026-11-23';

// The accessible description of a control from its `aria-describedby`, failing on an id that
// points at nothing.
function describedBy(control) {
  return control.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => {
        const target = document.getElementById(id);
        if (!target) throw new Error(`aria-describedby points at no element: ${id}`);
        return target.textContent.trim();
      })
      .join(' '),
  );
}

describe('resultaten en verbeterplan', () => {
  const shared = useBrowserAndSite();

  test('resultaten tonen de scores van het model, met grafiek, tabel en landelijk beeld', async (t) => {
    const { page, problems, context } = await openPage(shared.browser);
    page.siteUrl = shared.site.url;
    try {
      await fillFixture(page);
      const scoreColumn = page.getByRole('complementary', { name: 'Scores' });
      assert.equal(await scoreColumn.count(), 1, 'a section page has the score column');
      await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Resultaten' }).click();
      await page.getByRole('heading', { level: 1, name: 'Resultaten' }).waitFor();
      // The results page shows the scores in full, so on a wide screen (1280 px here) it takes
      // the score column's width too, and its tables fit without scrolling sideways.
      assert.equal(await scoreColumn.count(), 0);
      const scrolling = await page.locator('.utrecht-table-container').evaluateAll(
        (boxes) => boxes.filter((box) => box.scrollWidth > box.clientWidth).map((box) => box.getAttribute('aria-label')),
      );
      assert.deepEqual(scrolling, []);
      // The tables keep their names for screen readers; on screen the heading above says it once.
      for (const name of ['Score per principe', 'Score per onderdeel van de vragenlijst']) {
        const caption = page.getByRole('table', { name }).locator('caption');
        assert.ok((await caption.boundingBox()).height <= 1, `${name}: caption not shown twice`);
      }
      // The quick scan refers to no national figure: the comparison says so instead of staying empty.
      assert.match(await page.getByTestId('landelijk-geen').textContent(), /geen landelijk cijfer/);
      assert.equal(await page.locator('.vergelijkingen').count(), 0);
      // Each row of the golden Markdown table is the model's score for that principle.
      const goldenRows = GOLDEN_MD.split('\n').filter((l) => /^\| (Onafhankelijkheid|Transparantie|Samenwerking) \|/.test(l));
      assert.equal(goldenRows.length, 3);
      for (const line of goldenRows) {
        const [label, score, level, answered, na] = line.split('|').slice(1, 6).map((c) => c.trim());
        const row = page.getByTestId('resultaten-principes').getByRole('row', { name: new RegExp(`^${label}`) });
        const cells = await row.locator('td').allTextContents();
        assert.deepEqual(cells, [score, level, answered, na], label);
      }
      assert.equal(await page.getByTestId('resultaat-dekking').textContent(), '7 van 9 vragen beantwoord.');
      assert.equal(await page.getByTestId('scoregrafiek').locator('rect.grafiek__balk').count(), 3);
      assert.deepEqual(await axeViolations(page), []);

      // Print → PDF: no navigation chrome, the chart stays.
      await t.test('op papier', { skip: cannot('print-media') }, async () => {
        await page.emulateMedia({ media: 'print' });
        assert.equal(await page.locator('.kop').isVisible(), false);
        assert.equal(await page.locator('.onderdelen').isVisible(), false);
        assert.equal(await page.getByTestId('scoregrafiek').isVisible(), true);
        // Paper says which evaluation, for which gemeente, and when (the screen says it around the page).
        assert.equal(
          await page.getByTestId('resultaten-afdrukkop').innerText(),
          'Resultaten zelfevaluatie Wmo-toezicht – Gemeente Súdwest-Fryslân\n' +
            'Snelle scan 2026 · Snelle scan Wmo-toezicht (voorbeeld) (versie 2026.2.0)\n' +
            `Opgesteld op ${today().split('-').reverse().join('-')} met de Zelfevaluatie Wmo-toezicht.`,
        );
        const shot = await page.screenshot({ fullPage: true });
        assert.ok(shot.length > 10_000);
        await page.emulateMedia({ media: 'screen' });
      });
      await t.test('als PDF', { skip: cannot('pdf') }, async () => {
        const pdf = await page.pdf({ format: 'A4' });
        assert.ok(pdf.length > 10_000, 'a real PDF came out');
      });
      assert.equal(await page.getByTestId('resultaten-afdrukkop').isVisible(), false);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('verbeterplan bewerken en downloaden als Markdown, CSV en JSON; import in een nieuw profiel geeft hetzelfde resultaat', async (t) => {
    const { page, problems, context } = await openPage(shared.browser);
    page.siteUrl = shared.site.url;
    try {
      await page.clock.install({ time: new Date(2026, 10, 23, 10, 0) });
      await fillFixture(page);
      await editPlanAsFixture(page);
      assert.deepEqual(await axeViolations(page), []);
      // A select shows an arrow (the example theme draws none), and its text stays clear of it.
      const status = page.getByTestId('actie-aanwijzing-vastleggen').getByLabel('Status');
      const look = await status.evaluate((el) => {
        const style = getComputedStyle(el);
        return { image: style.backgroundImage, padding: parseFloat(style.paddingRight), font: parseFloat(style.fontSize) };
      });
      assert.match(look.image, /^url\("data:image\/svg\+xml/);
      assert.ok(look.padding >= 2 * look.font, `room for the arrow: ${look.padding}px`);
      // Checkboxes are as large as the theme's radio buttons (24 px), not the browser's 13 px.
      const include = await page.getByTestId('actie-aanwijzing-vastleggen').getByRole('checkbox').boundingBox();
      assert.ok(include.width >= 24 && include.height >= 24, `checkbox ${include.width}×${include.height}`);

      const markdown = await downloadWith(page, 'Verbeterplan (Markdown)');
      assert.equal(markdown.name, `verbeterplan-gemeente-sudwest-fryslan-${FIXTURE_DAY}.md`);
      assert.equal(markdown.text, GOLDEN_MD, 'byte for byte the model output');

      const csv = await downloadWith(page, 'Acties (CSV voor Excel)');
      assert.equal(csv.name, `verbeterplan-gemeente-sudwest-fryslan-${FIXTURE_DAY}.csv`);
      assert.equal(csv.text, GOLDEN_CSV, 'byte for byte the model output (BOM, ;, quotes, CRLF)');

      const json = await downloadWith(page, 'Hele evaluatie (JSON)');
      assert.equal(json.name, `evaluatie-gemeente-sudwest-fryslan-${FIXTURE_DAY}.json`);
      const exported = JSON.parse(json.text);
      assert.equal(exported.format, 'wmo-zelfevaluatie/assessment');
      assert.equal(exported.plan.recommendations['aanwijzing-vastleggen'].owner, 'Team Wmo');

      // Print view of the plan: the editor prints as a document.
      const printHeading = page.getByTestId('plan-afdrukkop');
      await t.test('op papier', { skip: cannot('print-media') }, async () => {
        await page.emulateMedia({ media: 'print' });
        assert.equal(await page.getByTestId('actie-rapporten-publiceren').isVisible(), false, 'dropped actions are not printed');
        const printed = page.getByTestId('actie-aanwijzing-vastleggen').getByText('Eigenaar: Team Wmo · Deadline: 31-03-2027 · Periode: 2027 K1 · Status: Bezig');
        assert.equal(await printed.isVisible(), true, 'fields print as text');
        assert.equal(await page.getByTestId('actie-aanwijzing-vastleggen').getByLabel('Eigenaar').isVisible(), false);
        assert.equal(await page.getByTestId('scoregrafiek').isVisible(), true, 'the chart is in the printed plan');
        assert.equal(await page.getByRole('button', { name: 'Actie toevoegen' }).isVisible(), false);
        // For whom, which evaluation and from when, as in the Markdown (whose golden file has the same first lines).
        assert.equal(await printHeading.isVisible(), true);
        assert.equal(
          await printHeading.innerText(),
          'Verbeterplan Wmo-toezicht – Gemeente Súdwest-Fryslân\n' +
            'Snelle scan 2026 · Snelle scan Wmo-toezicht (voorbeeld) (versie 2026.2.0)\n' +
            'Opgesteld op 23-11-2026 met de Zelfevaluatie Wmo-toezicht.',
        );
        await page.emulateMedia({ media: 'screen' });
      });
      assert.equal(await printHeading.isVisible(), false, 'on screen the page heading says enough');
      await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Resultaten' }).click();
      const scores = await page.getByTestId('resultaten-principes').locator('tbody').textContent();

      // A colleague's browser: a fresh profile imports the file and sees the same.
      const folder = mkdtempSync(join(tmpdir(), 'import-'));
      const file = join(folder, json.name);
      writeFileSync(file, json.text);
      const fresh = await openPage(shared.browser);
      try {
        await fresh.page.goto(shared.site.url);
        await fresh.page.getByTestId('geen-evaluaties').waitFor();
        await fresh.page.getByTestId('vragenlijsten').waitFor();
        await fresh.page.getByLabel('Evaluatiebestand (JSON)').setInputFiles(file);
        await fresh.page.getByTestId('import-melding').getByText("'Snelle scan 2026' is geïmporteerd.").waitFor();
        // Checking the file needed its own questionnaire only.
        const contents = fresh.requests.filter((url) => /\/questionnaires\/(?!index\.json)[^/]+\.(json|yaml)$/.test(url)).map((url) => url.split('/').pop());
        assert.ok(contents.includes('voorbeeld-snelle-scan.json'), contents.join(', '));
        assert.deepEqual(contents.filter((f) => !f.startsWith('voorbeeld-snelle-scan.')), [], 'no other questionnaire was fetched');
        await fresh.page.getByRole('link', { name: 'Openen: Snelle scan 2026' }).click();
        await fresh.page.getByRole('heading', { level: 1, name: 'Verbeterplan' }).waitFor();
        const markdownAgain = await downloadWith(fresh.page, 'Verbeterplan (Markdown)');
        assert.equal(withoutDate(markdownAgain.text), withoutDate(GOLDEN_MD), 'export → import → the same plan');
        const jsonAgain = await downloadWith(fresh.page, 'Hele evaluatie (JSON)');
        assert.deepEqual(JSON.parse(jsonAgain.text), exported, 'export → import → identical evaluation');
        await fresh.page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Resultaten' }).click();
        assert.equal(await fresh.page.getByTestId('resultaten-principes').locator('tbody').textContent(), scores);

        // The same file again: the app asks before replacing anything.
        await fresh.page.goto(shared.site.url);
        await fresh.page.getByTestId('vragenlijsten').waitFor();
        await fresh.page.getByLabel('Evaluatiebestand (JSON)').setInputFiles(file);
        await fresh.page.getByTestId('import-conflict').waitFor();
        await fresh.page.getByRole('button', { name: 'Als kopie toevoegen' }).click();
        await fresh.page.getByRole('link', { name: 'Openen: Snelle scan 2026 (geïmporteerd)' }).waitFor();
        assert.equal(await fresh.page.evaluate(() => document.activeElement.id), 'importeren', 'back on the file field');
        assert.equal(await fresh.page.getByTestId('evaluatie').count(), 2);
        assert.deepEqual(fresh.problems, []);
      } finally {
        await fresh.context.close();
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('de antwoorden downloaden als Markdown geeft wat het model maakt', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    page.siteUrl = shared.site.url;
    try {
      await fillFixture(page);
      await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Uw antwoorden' }).click();
      const markdown = await downloadWith(page, 'Antwoorden downloaden (Markdown)');
      assert.equal(markdown.name, `antwoorden-gemeente-sudwest-fryslan-${today()}.md`);
      assert.equal(withoutDate(markdown.text), withoutDate(GOLDEN_ANSWERS));
      await page.getByTestId('download-melding').getByText(`'${markdown.name}' is gedownload.`).waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('een actie die na haar deadline nog open staat, zegt dat, tot ze gereed is', async (t) => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await planOfOneAnswer(page, shared.site.url, 'Deadlines', new Date(2027, 3, 1, 9, 0));
      const action = await openAction(page, 'aanwijzing-vastleggen');
      const warning = action.getByTestId('deadline-verstreken');
      await action.getByLabel('Deadline').fill('2027-04-01');
      await action.getByLabel('Status').selectOption('bezig');
      assert.equal(await warning.count(), 0, 'due today is not overdue');
      await action.getByLabel('Deadline').fill('2027-03-31');
      await warning.waitFor();
      assert.equal(await warning.textContent(), 'De deadline is verstreken en de actie is nog niet gereed.');
      // The field the notice is about is described by it, so it is read again on the field.
      assert.equal(await describedBy(action.getByLabel('Deadline')), 'De deadline is verstreken en de actie is nog niet gereed.');
      assert.equal(await describedBy(action.getByLabel('Periode')), '');
      assert.deepEqual(await axeViolations(page), []);
      const markdown = await downloadWith(page, 'Verbeterplan (Markdown)');
      assert.match(markdown.text, /- Deadline: 31-03-2027 \(verstreken\)\n/);
      await t.test('op papier', { skip: cannot('print-media') }, async () => {
        await page.emulateMedia({ media: 'print' });
        assert.equal(await warning.isVisible(), true, 'on paper too');
        await page.emulateMedia({ media: 'screen' });
      });
      // A deadline before the chosen period: one of the two is wrong, and the action says so.
      const contradiction = action.getByTestId('deadline-voor-periode');
      await action.getByLabel('Periode').selectOption('2027-K4');
      await contradiction.waitFor();
      // In the action's live region: read out while the user is in the field.
      assert.equal(await action.locator('[role="status"] [data-testid="deadline-voor-periode"]').count(), 1);
      assert.equal(await contradiction.textContent(), 'De deadline ligt vóór de gekozen periode. Pas de deadline of de periode aan.');
      assert.equal(await describedBy(action.getByLabel('Periode')), 'De deadline ligt vóór de gekozen periode. Pas de deadline of de periode aan.');
      assert.equal(
        await describedBy(action.getByLabel('Deadline')),
        'De deadline is verstreken en de actie is nog niet gereed. De deadline ligt vóór de gekozen periode. Pas de deadline of de periode aan.',
      );
      await action.getByLabel('Periode').selectOption('2027');
      await contradiction.waitFor({ state: 'detached' });
      assert.equal(await describedBy(action.getByLabel('Periode')), '');
      await action.getByLabel('Status').selectOption('gereed');
      await warning.waitFor({ state: 'detached' });
      assert.equal(await describedBy(action.getByLabel('Deadline')), '');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('een prioriteit wijzigen zet de actie op haar nieuwe plek, met de focus nog op het veld; periodes vanaf nu, ook per halfjaar', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await planOfOneAnswer(page, shared.site.url, 'Prioriteiten', new Date(2026, 11, 2, 9, 0));
      // A group of the overview, by its heading's id ("groep-hoog" is headed "Prioriteit hoog").
      const group = (priority) => page.locator(`section[aria-labelledby="groep-${priority}"]`);
      await group('hoog').getByTestId('actie-aanwijzing-vastleggen').waitFor();
      const action = await openAction(page, 'aanwijzing-vastleggen');
      // In December 2026 the periods start with what still runs: the year, its second half and
      // its last quarter; then 2027 whole, per half and per quarter.
      const periods = await action.getByLabel('Periode').locator('option').allTextContents();
      assert.deepEqual(periods.slice(0, 8), [
        'Nog geen periode', '2026 (heel het jaar)', '2026 H2 (tweede halfjaar)', '2026 K4',
        '2027 (heel het jaar)', '2027 H1 (eerste halfjaar)', '2027 K1', '2027 K2',
      ]);
      await action.getByLabel('Periode').selectOption('2027-H1');
      // Chosen in the focused field, as with the keyboard (a closed select changes at once).
      await action.getByLabel('Prioriteit', { exact: true }).focus();
      await action.getByLabel('Prioriteit', { exact: true }).selectOption('laag');
      await group('laag').getByTestId('actie-aanwijzing-vastleggen').waitFor();
      assert.equal(await group('laag').locator('h2').textContent(), 'Prioriteit laag');
      assert.equal(await group('hoog').getByTestId('actie-aanwijzing-vastleggen').count(), 0);
      await page.waitForFunction(() => document.activeElement?.id === 'plan-aanwijzing-vastleggen-prioriteit');
      // What the eye sees (the action in another group), a screen reader is told.
      assert.equal(
        await page.getByTestId('plan-melding').textContent(),
        "'Leg de aanwijzing van de toezichthouder vast' heeft nu prioriteit laag en staat op de plek die daarbij hoort.",
      );
      assert.equal(await page.getByTestId('plan-melding').getAttribute('role'), 'status');
      const moved = page.getByTestId('actie-aanwijzing-vastleggen');
      assert.equal(await moved.locator('.actie-regel__knop').getAttribute('aria-expanded'), 'true', 'still open');
      assert.equal(await moved.getByLabel('Periode').inputValue(), '2027-H1', 'its fields keep their choices');
      await moved.getByText('Prioriteit: Laag (voorgesteld: hoog)', { exact: false }).waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await waitUntilSaved(page);
      const markdown = await downloadWith(page, 'Verbeterplan (Markdown)');
      const section = markdown.text.slice(markdown.text.indexOf('Leg de aanwijzing'));
      assert.match(section, /Prioriteit: Laag/);
      assert.match(section, /- Periode: 2027 H1\n/);
      // The choice is stored: after a reload the action is still low.
      await page.reload();
      await group('laag').getByTestId('actie-aanwijzing-vastleggen').waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('het afgedrukte plan draagt de datum van het afdrukken, ook als de pagina gisteren is geopend', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await page.clock.install({ time: new Date(2027, 2, 30, 23, 50) });
      await startEvaluation(page, shared.site.url, SCAN, { name: 'Datum', municipality: 'Gemeente Zwolle' });
      await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Verbeterplan' }).click();
      const printHeading = page.getByTestId('plan-afdrukkop');
      assert.match(await printHeading.textContent(), /Opgesteld op 30-03-2027 /);

      // Past midnight, printed with Ctrl+P (the browser fires beforeprint).
      await page.clock.setSystemTime(new Date(2027, 2, 31, 8, 0));
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await printHeading.filter({ hasText: 'Opgesteld op 31-03-2027 ' }).waitFor({ state: 'attached' });

      // A day later, with the button: what print() sees already has the new date.
      await page.clock.setSystemTime(new Date(2027, 3, 1, 9, 0));
      await page.evaluate(() => {
        window.print = () => {
          window.printedHeading = document.querySelector('[data-testid=plan-afdrukkop]').textContent;
        };
      });
      await page.getByRole('button', { name: 'Afdrukken of opslaan als PDF' }).click();
      const printed = await page.waitForFunction(() => window.printedHeading).then((h) => h.jsonValue());
      assert.match(printed, /Opgesteld op 01-04-2027 /);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('een kapot of vreemd bestand importeren geeft een duidelijke melding en verandert niets', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      const folder = mkdtempSync(join(tmpdir(), 'import-'));
      const foreign = join(folder, 'todo.json');
      writeFileSync(foreign, JSON.stringify({ todos: [] }));
      const broken = join(folder, 'kapot.json');
      writeFileSync(broken, '{"format": "wmo-zelfevaluatie/assessment",\n  oeps');
      await page.goto(shared.site.url);
      await page.getByTestId('vragenlijsten').waitFor();
      // The file field's button is a full-size button like the others, not the browser's 13 px one.
      const field = await page.getByLabel('Evaluatiebestand (JSON)').boundingBox();
      assert.ok(field.height >= 44, `file field ${field.height} px high`);
      await page.getByLabel('Evaluatiebestand (JSON)').setInputFiles(foreign);
      await page.getByTestId('import-fout').getByText(/'todo.json' kan niet worden geïmporteerd. Dit bestand is geen zelfevaluatie van deze app/).waitFor();
      await page.getByLabel('Evaluatiebestand (JSON)').setInputFiles(broken);
      await page.getByTestId('import-fout').getByText(/geen geldig JSON-bestand \(regel 2, kolom 3\)/).waitFor();
      assert.equal(await page.getByTestId('evaluatie').count(), 0);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('twee evaluaties van dezelfde vragenlijst vergelijken', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    page.siteUrl = shared.site.url;
    try {
      await fillFixture(page);
      await page.goto(shared.site.url);
      await page.getByRole('button', { name: 'Kopiëren: Snelle scan 2026' }).click();
      await page.getByRole('button', { name: 'Naam wijzigen: Kopie van Snelle scan 2026' }).click();
      await page.getByLabel('Nieuwe naam').fill('Snelle scan 2027');
      await page.getByRole('button', { name: 'Naam opslaan' }).click();
      await page.getByRole('link', { name: 'Openen: Snelle scan 2027' }).click();
      await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Aanwijzing en positie' }).click();
      await question(page, /aangewezen in een besluit/).getByLabel('Ja', { exact: true }).check();
      await waitUntilSaved(page);
      await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Resultaten' }).click();
      await page.getByLabel('Vergelijk met').selectOption({ label: 'Snelle scan 2026' });
      const principles = page.getByTestId('vergelijking-principes');
      await principles.waitFor();
      const row = await principles.getByRole('row', { name: /^Onafhankelijkheid/ }).locator('td').allTextContents();
      assert.deepEqual(row, ['17%', '33%', '+16 procentpunten'], 'from 2 of 12 to 4 of 12 points: the difference of the percentages shown');
      assert.equal(await page.getByTestId('vergelijking-aantal').textContent(), '1 antwoord verschilt.');
      const changed = await page.getByTestId('vergelijking-antwoorden').locator('tbody tr').allTextContents();
      assert.deepEqual(changed, ['Heeft het college een of meer toezichthouders voor de Wmo 2015 aangewezen in een besluit?GedeeltelijkJa']);
      assert.equal(await page.getByTestId('vergelijking-niet-gesteld').count(), 0);
      // Supervision moved to the GGD in 2027: the question on safeguards is no longer asked there.
      // It is no difference, and it is listed apart, under the sentence that says so.
      await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Aanwijzing en positie' }).click();
      await question(page, /kwaliteitstoezicht op de Wmo ondergebracht/).getByLabel('Bij de GGD').check();
      await waitUntilSaved(page);
      await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Resultaten' }).click();
      await page.getByLabel('Vergelijk met').selectOption({ label: 'Snelle scan 2026' });
      await page.getByTestId('vergelijking-niet-gesteld').waitFor();
      assert.equal(await page.getByTestId('vergelijking-aantal').textContent(), '2 antwoorden verschillen.');
      const differing = await page.getByTestId('vergelijking-antwoorden').locator('tbody tr th').allTextContents();
      assert.equal(differing.length, 2);
      assert.ok(!differing.some((q) => /waarborgen/.test(q)), differing.join(' | '));
      assert.equal(
        await page.getByTestId('vergelijking-niet-gesteld').textContent(),
        '1 vraag is maar in één van beide gesteld; die telt niet als verschil.',
      );
      const asked = page.getByTestId('vergelijking-niet-gestelde-vragen');
      assert.match(await asked.locator('caption').textContent(), /Vragen die maar in één van beide zijn gesteld/);
      assert.deepEqual(await asked.locator('tbody tr').allTextContents(), ['Welke waarborgen zijn er tegen functieverstrengeling?Geen van dezeNiet gesteld']);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
