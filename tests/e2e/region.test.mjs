// The Regio-overzicht: 25 generated evaluation files of two questionnaire versions, a second file
// of one municipality and one broken file, imported at once. Checks the import report, the
// conflict, the numbers against the model (tests' own run of examples/region-figures.rs and a
// single import of one file), the heat map and its table, "Anoniem delen", axe on every state,
// no request to another host, and the whole flow with the keyboard alone. The files are made in
// the test by `cargo run --example generate-evaluations` (deterministic: the same seed).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { axeViolations, download, openPage, useBrowserAndSite, waitForFocusOnHeading } from './harness.mjs';

const folder = mkdtempSync(join(tmpdir(), 'regio-e2e-'));
let files;
let expected;

function cargoExample(name, args) {
  return execFileSync('cargo', ['run', '--quiet', '--example', name, '--', ...args], { encoding: 'utf8' });
}

before(() => {
  cargoExample('generate-evaluations', ['25', folder, '--versions', '2026.3.0,2025.2.0', '--broken', '1', '--duplicates', '1']);
  // The first file of each municipality first, its second version after it: the import then
  // asks about the second one.
  const names = readdirSync(folder).sort();
  files = [...names.filter((n) => !n.includes('tweede-versie')), ...names.filter((n) => n.includes('tweede-versie'))];
  assert.equal(files.length, 27);
  expected = JSON.parse(cargoExample('region-figures', [folder, ...files]));
});
after(() => rmSync(folder, { recursive: true, force: true }));

/** Every gemeente name in the generated files. */
function municipalities() {
  return files
    .filter((f) => f.startsWith('zelfevaluatie-'))
    .map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')).municipality);
}

/**
 * Presses Tab (or `key`, e.g. Shift+Tab for an element above the focus) until the focused element
 * matches, and fails after `limit` presses. A user's Tab past the end of the page goes through
 * the browser's own bar and back into the page; Firefox's driver leaves the page unfocused there,
 * so an element above the focus is reached with Shift+Tab.
 */
async function tabTo(page, describe, matches, { key = 'Tab', limit = 400 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const found = await page.evaluate(matches);
    if (found) return;
  }
  throw new Error(`Tab reached no ${describe}`);
}

/** A matcher for the focused element by its text or accessible label. */
function focusedIs(kind, name) {
  return new Function(`
    const el = document.activeElement;
    if (!el) return false;
    const label = el.labels?.[0]?.textContent ?? '';
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
    const kind = ${JSON.stringify(kind)}, name = ${JSON.stringify(name)};
    if (kind === 'link') return el.tagName === 'A' && text === name;
    if (kind === 'button') return el.tagName === 'BUTTON' && text === name;
    if (kind === 'field') return label.trim() === name;
    return false;
  `);
}

async function assertAccessible(page, state) {
  assert.deepEqual(await axeViolations(page), [], `axe: ${state}`);
}

async function goToPart(page, title) {
  await tabTo(page, `link ${title}`, focusedIs('link', title), { key: 'Shift+Tab' }); // the parts' links are above
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function cellTexts(row) {
  return row.locator('td').allTextContents();
}

describe('Regio-overzicht', () => {
  const shared = useBrowserAndSite();

  test('25 evaluaties, een tweede versie en een kapot bestand: alles met het toetsenbord', async () => {
    const { context, page, problems, requests } = await openPage(shared.browser);
    try {
      await page.goto(shared.site.url);
      await page.getByTestId('vragenlijsten').waitFor();

      // Start page → Regio-overzicht → a new overview, by keyboard.
      await tabTo(page, 'link to the Regio-overzicht', focusedIs('link', 'Naar het Regio-overzicht'));
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Regio-overzicht' }).waitFor();
      await page.getByTestId('geen-regio-overzichten').waitFor();
      await assertAccessible(page, 'list of regions, empty');
      await tabTo(page, 'name field', focusedIs('field', 'Naam van het regio-overzicht'));
      await page.keyboard.press('Control+A');
      await page.keyboard.type('GGD Testregio');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.value), 'keuzehulp-wmo-toezicht');
      await tabTo(page, 'create button', focusedIs('button', 'Regio-overzicht maken'));
      await page.keyboard.press('Enter');
      // The region's page loads its code on first use; focus still lands on its heading.
      await waitForFocusOnHeading(page, 'Gemeenten en bestanden');
      assert.match(await page.getByTestId('regio-naam').textContent(), /GGD Testregio/);
      await assertAccessible(page, 'empty region');

      // The drop zone's keyboard way: the file field, opened with Space.
      // Waiting starts first: Playwright turns on catching the file dialog only then, and a dialog
      // opened before that is cancelled by the browser at once.
      const chooserOpened = page.waitForEvent('filechooser');
      await tabTo(page, 'file field', focusedIs('field', 'Evaluatiebestanden (JSON)'));
      await page.keyboard.press('Space');
      const chooser = await chooserOpened;
      assert.equal(chooser.isMultiple(), true);
      await chooser.setFiles(files.map((f) => join(folder, f)));
      const result = page.getByTestId('import-resultaat');
      await result.waitFor();
      assert.equal(
        await page.getByTestId('import-samenvatting').textContent(),
        '25 bestanden toegevoegd. 1 bestand kon niet worden gelezen; de reden staat erbij. 1 bestand hoort bij een gemeente die al in het overzicht staat: kies wat u wilt doen.',
      );
      const refused = page.getByTestId('geweigerd');
      assert.equal(await refused.count(), 1);
      assert.match(await refused.textContent(), /^kapot-1\.json: .*geen geldig JSON/);
      assert.match(await page.getByTestId('regio-conflict').textContent(), /'s-Gravenwolde staat al in het overzicht.*tweede-versie\.json/);
      assert.equal(await page.getByTestId('gemeenten').locator('tbody tr').count(), 25);
      await page.getByText('Wat er met elk bestand is gebeurd (27)').click();
      const outcomes = page.getByTestId('import-bestanden').locator('tbody tr');
      await outcomes.first().waitFor(); // drawn when the disclosure opens
      assert.equal(await outcomes.count(), 27);
      assert.match(await outcomes.filter({ hasText: 'kapot-1.json' }).textContent(), /Niet toegevoegd: /);
      await page.getByText('Wat er met elk bestand is gebeurd (27)').click();
      assert.ok(await page.getByTestId('niet-passend').count() > 0, 'answers of the older version that do not fit are listed');
      await assertAccessible(page, 'import report with a conflict');

      await tabTo(page, 'replace button', focusedIs('button', 'Vervangen door dit bestand'), { key: 'Shift+Tab' });
      await page.keyboard.press('Enter');
      await page.getByTestId('keuzes').waitFor();
      assert.equal(
        await page.getByTestId('keuzes').textContent(),
        "'s-Gravenwolde: de evaluatie is vervangen door die uit 'zelfevaluatie-s-gravenwolde-tweede-versie.json'.",
      );
      assert.equal(await page.getByTestId('regio-conflict').count(), 0, 'no conflict left');
      const gravenwolde = page.getByTestId('gemeenten').locator('tbody tr', { hasText: "'s-Gravenwolde" });
      assert.match((await cellTexts(gravenwolde)).join(' | '), /tweede-versie\.json \| Zelfevaluatie Wmo-toezicht 2026 \(tweede versie\)/);
      await assertAccessible(page, 'conflict resolved');

      // Scores: the numbers are the model's.
      await goToPart(page, 'Scores en hittekaart');
      for (const principle of expected.principles) {
        const row = page.getByTestId(`spreiding-${principle.id}`).first();
        assert.deepEqual(await cellTexts(row), principle.cells, principle.label);
      }
      const sectionRows = page.getByTestId('regio-onderdelen').locator('tbody tr');
      assert.deepEqual(
        await Promise.all(expected.sections.map((_, i) => cellTexts(sectionRows.nth(i)))),
        expected.sections.map((s) => s.cells),
      );
      const memberRows = page.getByTestId('gemeenten-principes').locator('tbody tr');
      assert.equal(await memberRows.count(), 25);
      for (const [i, member] of expected.members.entries()) {
        assert.equal(await memberRows.nth(i).locator('th').textContent(), member.label);
        assert.deepEqual(await cellTexts(memberRows.nth(i)), member.principles, member.label);
      }
      const heat = page.getByTestId('hittekaart').locator('svg[role=img]');
      assert.match(await heat.locator('title').textContent(), /^Hittekaart/);
      assert.equal(await heat.locator('rect.hittekaart__cel').count(), 25 * expected.sections.length);
      assert.equal(await heat.locator('[style]').count(), 0, 'no inline styles (the CSP forbids them)');
      const heatRows = page.getByTestId('hittekaart-tabel').locator('tbody tr');
      assert.equal(await heatRows.count(), 25);
      assert.deepEqual(await cellTexts(heatRows.nth(0)), expected.members[0].sections, 'the table next to the heat map');
      const bergdorp = expected.members.find((m) => m.label === 'Bergdorp');
      assert.ok(bergdorp);
      await assertAccessible(page, 'scores');

      await goToPart(page, 'Antwoorden per vraag');
      const functieverstrengeling = page.locator('[data-testid^=landelijk-]');
      assert.ok(await functieverstrengeling.count() > 0, 'national figures beside the questions that have one');
      assert.match(await page.getByTestId('regiovraag-telling').first().textContent(), /^\d+ van 25 gemeenten hebben deze vraag beantwoord/);
      assert.ok(await page.getByTestId('toelichtingen').count() > 0, 'toelichtingen are shown with names');
      await assertAccessible(page, 'answers per question');

      await goToPart(page, 'Verbeterpunten');
      const ranked = page.getByTestId('verbeterpunten').locator('tbody tr');
      assert.equal(await ranked.count(), expected.improvements.length);
      assert.equal((await cellTexts(ranked.first()))[0], `${expected.improvements[0].members} van 25`);
      await page.getByTestId('regioplan').waitFor();
      await assertAccessible(page, 'improvements');

      // Anoniem delen: no name and no toelichting on any part.
      await tabTo(page, 'Anoniem delen', focusedIs('field', 'Anoniem delen'));
      await page.keyboard.press('Space');
      await page.getByTestId('verbeterpunten').waitFor();
      const names = municipalities();
      assert.equal(names.length, 26);
      const notes = ['Besproken in het teamoverleg', 'Navragen bij de contractmanager', 'Nog niet bekend', 'Komt in onze gemeente niet voor'];
      for (const title of ['Verbeterpunten', 'Antwoorden per vraag', 'Scores en hittekaart', 'Gemeenten en bestanden']) {
        if (title !== 'Verbeterpunten') await goToPart(page, title);
        const text = await page.locator('main').innerText();
        for (const name of [...names, ...notes, '.json']) {
          assert.ok(!text.includes(name), `anonymous "${title}" shows "${name}"`);
        }
        await assertAccessible(page, `anonymous: ${title}`);
      }
      assert.equal(await page.getByTestId('gemeenten').locator('tbody tr th').first().textContent(), 'Gemeente A');
      assert.equal(await page.getByLabel('Evaluatiebestanden (JSON)').count(), 0, 'no import while anonymous');

      // The same file imported on its own shows the same scores on its results page.
      await page.goto(shared.site.url);
      await page.getByTestId('vragenlijsten').waitFor(); // the import checks the questionnaire
      await page.getByLabel('Evaluatiebestand (JSON)').setInputFiles(join(folder, 'zelfevaluatie-bergdorp.json'));
      await page.getByTestId('import-melding').getByText(/is geïmporteerd/).waitFor();
      await page.getByRole('link', { name: 'Openen: Zelfevaluatie Wmo-toezicht 2026' }).click();
      const id = new URL(page.url()).hash.split('/')[2];
      await page.goto(`${shared.site.url}#/evaluatie/${id}/resultaten`);
      const results = page.getByTestId('resultaten-principes').locator('tbody tr');
      await results.first().waitFor();
      for (const [i, cell] of bergdorp.principles.entries()) {
        const [score, level, answered] = await cellTexts(results.nth(i));
        assert.equal(cell.split('\n')[0], level === '—' ? score : `${score} – ${level}`);
        assert.match(cell.split('\n')[1], new RegExp(`^${answered} vra`));
      }

      assert.deepEqual(problems, []);
      assert.deepEqual(requests.filter((url) => !url.startsWith(shared.site.url)), [], 'no request to another host');
    } finally {
      await context.close();
    }
  });

  test('een volle opslag wordt gemeld, het opgeslagen overzicht blijft heel, en opnieuw opslaan lukt na opruimen', async () => {
    const { context, page, problems } = await openPage(shared.browser);
    try {
      await page.goto(`${shared.site.url}#/regio`);
      await page.getByRole('button', { name: 'Regio-overzicht maken' }).click();
      const field = page.getByLabel('Evaluatiebestanden (JSON)');
      await field.setInputFiles(join(folder, files[1]));
      await page.getByTestId('import-samenvatting').getByText('1 bestand toegevoegd.').waitFor();
      const storedMembers = () => page.evaluate(() => {
        const key = Object.keys(localStorage).find((k) => k.startsWith('wmo-zelfevaluatie/v1/regio/'));
        return JSON.parse(localStorage.getItem(key)).members.length;
      });
      assert.equal(await storedMembers(), 1);
      // Fill the origin's storage to the brim.
      await page.evaluate(() => {
        const chunk = 'x'.repeat(256 * 1024);
        for (let i = 0; i < 400; i += 1) {
          try { localStorage.setItem(`vulling-${i}`, chunk); } catch { break; }
        }
        let small = 128 * 1024;
        for (let n = 0; small > 0 && n < 10_000; n += 1) {
          try { localStorage.setItem(`vulling-rest-${n}`, 'x'.repeat(small)); } catch { small = Math.floor(small / 2); }
        }
      });
      await field.setInputFiles([2, 3, 4].map((i) => join(folder, files[i])));
      const failed = page.getByTestId('regio-opslaan-mislukt');
      await failed.getByText(/Opslaan is mislukt: de opslag van de browser is vol/).waitFor();
      assert.equal(await page.getByTestId('gemeenten').locator('tbody tr').count(), 4, 'the import stays on screen');
      assert.equal(await storedMembers(), 1, 'what was saved before is intact');
      await assertAccessible(page, 'storage full');

      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('vulling')).forEach((k) => localStorage.removeItem(k)));
      await failed.getByRole('button', { name: 'Opnieuw opslaan' }).click();
      await failed.waitFor({ state: 'detached' });
      assert.equal(await storedMembers(), 4);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('bestanden neerzetten, bewaard na herladen, een gemeente verwijderen, een beschadigd overzicht apart gezet, hernoemen', async () => {
    const { context, page, problems, requests } = await openPage(shared.browser);
    try {
      await page.goto(`${shared.site.url}#/regio`);
      await page.getByRole('button', { name: 'Regio-overzicht maken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Gemeenten en bestanden' }).waitFor();
      const dropped = files.filter((f) => f.startsWith('zelfevaluatie-')).slice(0, 3);
      await page.evaluate((items) => {
        const transfer = new DataTransfer();
        for (const [name, text] of items) transfer.items.add(new File([text], name, { type: 'application/json' }));
        const zone = document.querySelector('[data-testid=sleepvak]');
        zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true }));
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, dropped.map((f) => [f, readFileSync(join(folder, f), 'utf8')]));
      await page.getByTestId('import-samenvatting').getByText('3 bestanden toegevoegd.').waitFor();

      await page.reload();
      const rows = page.getByTestId('gemeenten').locator('tbody tr');
      await rows.first().waitFor();
      assert.equal(await rows.count(), 3, 'stored');

      const first = await rows.first().locator('th').textContent();
      const [file] = await cellTexts(rows.first());
      await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: `${first} (${file})` });
      await page.getByRole('button', { name: 'Uit het overzicht halen' }).click();
      await page.getByRole('button', { name: 'Ja, uit het overzicht halen' }).click();
      await page.getByTestId('verwijder-melding').getByText(`${first} is uit het overzicht gehaald.`).waitFor();
      assert.equal(await rows.count(), 2);
      await page.reload();
      await rows.first().waitFor();
      assert.equal(await rows.count(), 2, 'the removal is stored');

      // Two overviews side by side, one of them damaged in storage.
      await page.evaluate(() => localStorage.setItem('wmo-zelfevaluatie/v1/regio/kapot', '{"format": "wmo-zelfevaluatie/region", oeps'));
      await page.goto(`${shared.site.url}#/regio`);
      await page.getByTestId('regio-overzicht').first().waitFor();
      assert.equal(await page.getByTestId('regio-overzicht').count(), 1);
      assert.equal(await page.getByTestId('regio-aantal').textContent(), '2 gemeenten');
      const warning = page.getByTestId('onleesbare-gegevens');
      await warning.waitFor();
      const saved = await download(page, () => warning.getByRole('button', { name: 'Downloaden' }).click());
      assert.equal(saved.name, 'onleesbare-gegevens-regio-kapot.json');
      assert.equal(await page.evaluate(() => localStorage.getItem('wmo-zelfevaluatie/v1/regio/kapot')), null, 'moved aside');
      await assertAccessible(page, 'list with a damaged region');

      // Renamed in place: an empty name is refused at the field, which gets focus.
      await page.getByRole('button', { name: /^Naam wijzigen: Regio-overzicht/ }).click();
      const newName = page.getByLabel('Nieuwe naam');
      await newName.fill('  ');
      await page.getByRole('button', { name: 'Naam opslaan' }).click();
      await page.getByText("Geef het regio-overzicht een naam, bijvoorbeeld 'GGD regio Utrecht 2026'.").waitFor();
      assert.equal(await newName.evaluate((field) => field === document.activeElement && field.getAttribute('aria-invalid')), 'true');
      await newName.fill('GGD Testregio');
      await page.getByRole('button', { name: 'Naam opslaan' }).click();
      await page.getByRole('link', { name: 'Openen: GGD Testregio' }).waitFor();
      await page.reload();
      await page.getByRole('link', { name: 'Openen: GGD Testregio' }).waitFor();

      await page.getByRole('button', { name: 'Verwijderen: GGD Testregio' }).click();
      await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
      await page.getByTestId('geen-regio-overzichten').waitFor();
      assert.deepEqual(problems, []);
      assert.deepEqual(requests.filter((url) => !url.startsWith(shared.site.url)), []);
    } finally {
      await context.close();
    }
  });
});
