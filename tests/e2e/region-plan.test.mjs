// The regional verbeterplan: started from the common improvement points of 12 generated
// evaluations, edited like a municipal plan ("alleen hoog", an owner and a period), kept after a
// reload, and downloaded as Word, OpenDocument, Markdown and CSV; with "Anoniem delen" on, no
// file names a gemeente, also not in its properties.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { axeViolations, download, openPage, useBrowserAndSite } from './harness.mjs';
import { convert } from './libreoffice.mjs';

const folder = mkdtempSync(join(tmpdir(), 'regioplan-e2e-'));
let files;

before(() => {
  execFileSync('cargo', ['run', '--quiet', '--example', 'generate-evaluations', '--', '12', folder, '--versions', '2026.3.0'], { encoding: 'utf8' });
  files = readdirSync(folder).filter((f) => f.endsWith('.json')).sort();
  assert.equal(files.length, 12);
});
after(() => rmSync(folder, { recursive: true, force: true }));

/** Downloads with the button and keeps the file in `into`; its path. */
async function downloadInto(page, name, into) {
  const file = await download(page, () => page.getByRole('button', { name }).click());
  const path = join(into, file.name);
  writeFileSync(path, file.bytes);
  return path;
}

describe('regionaal verbeterplan', () => {
  const shared = useBrowserAndSite();

  test('uit de gemeenschappelijke verbeterpunten: bewerken, bewaren en downloaden, ook anoniem', async () => {
    const { page, problems, context } = await openPage(shared.browser, { acceptDownloads: true });
    try {
      await page.clock.install({ time: new Date(2026, 10, 23, 10, 0) });
      await page.goto(`${shared.site.url}#/regio`);
      await page.getByLabel('Naam van het regio-overzicht').fill('GGD Proefregio');
      await page.getByRole('button', { name: 'Regio-overzicht maken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Gemeenten en bestanden' }).waitFor();
      await page.getByLabel('Evaluatiebestanden (JSON)').setInputFiles(files.map((f) => join(folder, f)));
      await page.getByTestId('import-resultaat').waitFor();
      await page.getByRole('link', { name: 'Verbeterpunten' }).click();
      const plan = page.getByTestId('regioplan');
      await plan.waitFor();
      const all = await plan.locator('.actie-regel').count();
      assert.ok(all > 10, `the common improvement points (${all})`);
      // A point is in the plan from the start when it applies to at least half of the gemeenten.
      const counted = await plan.getByTestId('aantal-opgenomen').textContent();
      assert.match(counted, new RegExp(`van ${all} acties opgenomen`));
      assert.notEqual(counted, `${all} van ${all} acties opgenomen`, 'not every point starts in the plan');
      assert.deepEqual(await axeViolations(page), [], 'regional plan');

      await plan.getByRole('button', { name: 'Alleen hoog' }).click();
      const high = await plan.locator('section[aria-labelledby=groep-hoog] .actie-regel').count();
      await plan.getByTestId('aantal-opgenomen').getByText(`${high} van ${all} acties opgenomen`).waitFor();
      const first = plan.locator('section[aria-labelledby=groep-hoog] .actie-regel').first();
      await first.locator('.actie-regel__knop').click();
      const title = (await first.locator('.actie-regel__knop').textContent()).trim();
      await first.getByLabel('Eigenaar').fill('Regionaal team toezicht');
      await first.getByLabel('Eigenaar').blur();
      await first.getByLabel('Periode').selectOption('2027-K2');
      assert.match(await first.locator('.actie-regel__feiten').innerText(), /Periode: 2027 K2/);
      assert.match(await first.textContent(), /geldt in \d+ van 12 gemeenten/);

      // Kept with the region: a reload shows the same choices.
      await page.reload();
      await plan.waitFor();
      await plan.getByTestId('aantal-opgenomen').getByText(`${high} van ${all} acties opgenomen`).waitFor();
      assert.match(await plan.locator('.actie-regel').first().locator('.actie-regel__feiten').innerText(), /Eigenaar: Regionaal team toezicht.*Periode: 2027 K2/s);

      // Anoniem delen, then every download.
      await page.getByLabel('Anoniem delen').check();
      await plan.waitFor();
      const into = mkdtempSync(join(tmpdir(), 'regioplan-'));
      const documents = [];
      for (const format of ['Word', 'OpenDocument']) {
        documents.push(await downloadInto(page, `Regionaal verbeterplan (${format})`, into));
      }
      const markdown = readFileSync(await downloadInto(page, 'Regionaal verbeterplan (Markdown)', into), 'utf8');
      const csv = readFileSync(await downloadInto(page, 'Acties (CSV voor Excel)', into), 'utf8');
      assert.deepEqual(documents.map((d) => d.split('/').pop()), [
        'regionaal-verbeterplan-ggd-proefregio-2026-11-23.docx',
        'regionaal-verbeterplan-ggd-proefregio-2026-11-23.odt',
      ]);
      const texts = (await convert(documents, 'txt')).map((f) => readFileSync(f, 'utf8'));
      // Everything in the files, the packages' properties included.
      const raw = documents.map((d) => readFileSync(d).toString('latin1'));
      const names = files.map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')).municipality);
      for (const [i, text] of [...texts, markdown, csv].entries()) {
        assert.ok(text.includes(title), `file ${i}: the action`);
        assert.ok(text.includes('Regionaal team toezicht') && text.includes('2027 K2'), `file ${i}: owner and period`);
        for (const name of names) assert.ok(!text.includes(name), `file ${i} names ${name}`);
      }
      for (const text of [...texts, markdown]) assert.match(text, /Regionaal verbeterplan Wmo-toezicht – GGD Proefregio/);
      for (const text of raw) for (const name of names) assert.ok(!text.includes(name), `package names ${name}`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
