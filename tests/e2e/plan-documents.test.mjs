// The verbeterplan as the document a policy officer takes to the college: a weak Keuzehulp,
// "alleen hoog", periods, the roadmap, and the four documents opened with LibreOffice, which
// must hold exactly the titles, owners, deadlines, periods and scores the screen shows. Also
// the same choice in the Markdown and the CSV, axe on every view, and the keyboard alone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, download, openPage, useBrowserAndSite, waitUntilSaved } from './harness.mjs';
import { convert, headingsFromFodt, languageFromFodt } from './libreoffice.mjs';

/** A stored Keuzehulp evaluation with the weakest answer to every choice and scale question. */
function weakEvaluation() {
  const q = JSON.parse(readFileSync('dist/questionnaires/keuzehulp-wmo-toezicht.json', 'utf8')).content;
  const answers = {};
  for (const section of q.sections) {
    for (const question of section.questions) {
      const options = question.answer_set ? q.answer_sets.find((s) => s.id === question.answer_set).options : question.options;
      if (question.type === 'single_choice') {
        const weakest = [...options].sort((a, b) => (a.score ?? 0) - (b.score ?? 0))[0];
        answers[question.id] = { value: { choice: weakest.id } };
      } else if (question.type === 'scale') {
        answers[question.id] = { value: { scale: question.range.min } };
      }
    }
  }
  return {
    format: 'wmo-zelfevaluatie/assessment', format_version: 3, id: 'ezwak', name: 'Keuzehulp 2026',
    municipality: 'Gemeente Lingewaard', questionnaire_id: q.id, questionnaire_version: q.version,
    questionnaire_title: q.title, created_at: '2026-11-01T10:00:00Z', updated_at: '2026-11-01T10:00:00Z',
    answers, mode: 'organisatie',
  };
}

/** Downloads with the button and keeps the file in `folder`; its path. */
async function downloadInto(page, buttonName, folder) {
  const file = await download(page, () => page.getByRole('button', { name: buttonName }).click());
  const path = join(folder, file.name);
  writeFileSync(path, file.bytes);
  return path;
}

/** The lines of a CSV written by the app (`;`, every field quoted). */
function csvRows(text) {
  return text.replace(/^\uFEFF/, '').trim().split('\r\n').map((line) => line.slice(1, -1).split('";"').map((f) => f.replaceAll('""', '"')));
}

describe('het verbeterplan als document', () => {
  const shared = useBrowserAndSite();

  test('zwakke keuzehulp: alleen hoog, periodes, planning, en in elk document dezelfde keuze', async () => {
    const { page, problems, requests, context } = await openPage(shared.browser, { acceptDownloads: true });
    try {
      // The day the plan is made: its periods run from 2026 to 2029.
      await page.clock.install({ time: new Date(2026, 10, 23, 10, 0) });
      await page.goto(shared.site.url);
      await page.evaluate((a) => localStorage.setItem(`wmo-zelfevaluatie/v1/assessment/${a.id}`, JSON.stringify(a)), weakEvaluation());
      await page.goto(`${shared.site.url}#/evaluatie/ezwak/verbeterplan`);
      await page.getByRole('heading', { level: 1, name: 'Verbeterplan' }).waitFor();
      // The plan's code loads on first use, after its heading is shown.
      await page.getByTestId('aantal-opgenomen').waitFor();
      const all = await page.locator('.actie-regel').count();
      assert.ok(all > 30, `a weak Keuzehulp gives many actions (${all})`);
      await page.getByTestId('aantal-opgenomen').getByText(`${all} van ${all} acties opgenomen`).waitFor();
      assert.deepEqual(await axeViolations(page), [], 'overview');

      // By keyboard: "Alleen hoog".
      await page.getByRole('button', { name: 'Alleen hoog' }).focus();
      await page.keyboard.press('Enter');
      const high = await page.locator('section[aria-labelledby=groep-hoog] .actie-regel').count();
      await page.getByTestId('aantal-opgenomen').getByText(`${high} van ${all} acties opgenomen`).waitFor();
      const included = await page.locator('.actie-regel input[type=checkbox]').evaluateAll((boxes) => boxes.map((b) => b.checked));
      assert.deepEqual(included, included.map((_, i) => i < high), 'exactly the high ones, which come first');
      // The included actions carry the plan's numbers, 1 to `high`; the others none.
      const numbers = await page.locator('.actie-regel').evaluateAll((lines) =>
        lines.map((l) => l.querySelector('[data-testid=actie-nummer]')?.textContent.trim() ?? null));
      assert.deepEqual(numbers, numbers.map((_, i) => (i < high ? `${i + 1}.` : null)));

      // Periods and owners for the first three high actions, opened and filled by keyboard.
      const chosen = [
        { period: '2027-K1', label: '2027 K1', owner: 'Team Wmo' },
        { period: '2027-K2', label: '2027 K2', owner: 'GGD Gelderland-Zuid' },
        { period: '2028', label: '2028', owner: 'Griffie' },
      ];
      const actions = page.locator('section[aria-labelledby=groep-hoog] .actie-regel');
      for (const [i, choice] of chosen.entries()) {
        const action = actions.nth(i);
        const title = action.locator('.actie-regel__knop');
        await title.focus();
        await page.keyboard.press('Enter');
        assert.equal(await title.getAttribute('aria-expanded'), 'true');
        choice.title = (await title.textContent()).trim();
        await action.getByLabel('Eigenaar').focus();
        await page.keyboard.type(choice.owner);
        await page.keyboard.press('Tab'); // to the deadline, saved on leaving the owner
        await action.getByLabel('Periode').selectOption(choice.period);
      }
      await actions.nth(0).getByLabel('Deadline').fill('2027-03-31');
      await actions.nth(0).getByLabel('Status').selectOption('bezig');
      await actions.nth(0).getByLabel('Status').blur();
      // The line says it without opening.
      const line = await actions.nth(0).locator('.actie-regel__feiten').innerText();
      assert.match(line, /Eigenaar: Team Wmo/);
      assert.match(line, /Deadline: 31-03-2027/);
      assert.match(line, /Periode: 2027 K1/);
      assert.match(line, /Status: Bezig/);
      assert.deepEqual(await axeViolations(page), [], 'overview with opened actions');

      // The plan's own summary and details, for the title page.
      await page.getByText('Over dit plan: samenvatting, voor wie, datum en versie').click();
      const summary = 'Wij maken het toezicht in 2027 onafhankelijk en laten de raad elk jaar zien wat het oplevert.';
      await page.getByLabel('Samenvatting').fill(summary);
      await page.getByLabel('Voor', { exact: true }).selectOption('raad');
      await page.getByLabel('Versie (optioneel)').fill('1.0');
      await page.getByLabel('Versie (optioneel)').blur();
      assert.deepEqual(await axeViolations(page), [], 'details form');
      await waitUntilSaved(page);

      // The roadmap, reached and left by keyboard.
      await page.getByRole('tab', { name: 'Overzicht van de acties' }).focus();
      await page.keyboard.press('ArrowRight');
      const roadmapTab = page.getByRole('tab', { name: 'Planning per periode' });
      assert.equal(await roadmapTab.getAttribute('aria-selected'), 'true');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-planning');
      const periods = await page.getByTestId('planning-periode').locator('h2').allTextContents();
      assert.deepEqual(periods, ['2027 K1', '2027 K2', '2028 (heel het jaar)', 'Nog zonder periode']);
      const first = page.getByTestId('planning-periode').first();
      assert.equal((await first.locator('.planning__titel').textContent()).trim(), chosen[0].title);
      assert.equal((await first.locator('.planning__kop').textContent()).trim(), `1. ${chosen[0].title}`, 'its number in the plan');
      assert.match(await first.textContent(), /Team Wmo · Bezig/);
      assert.equal(
        await page.getByTestId('planning-periode').last().locator('.planning__actie').count(),
        high - chosen.length,
        'the other included actions wait for a period',
      );
      assert.deepEqual(await axeViolations(page), [], 'roadmap');
      await first.getByRole('button', { name: `Bewerken: ${chosen[0].title}` }).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.classList.contains('actie-regel__knop'));
      assert.equal((await page.evaluate(() => document.activeElement.textContent)).trim(), chosen[0].title);

      // The scores the screen shows, for the rapport.
      const scores = await page.locator('[data-testid^=score-waarde-]').allTextContents();

      // Four documents, opened by LibreOffice.
      const folder = mkdtempSync(join(tmpdir(), 'plan-'));
      const files = [];
      for (const name of ['Verbeterplan (Word)', 'Verbeterplan (OpenDocument)', 'Rapport (Word)', 'Rapport (OpenDocument)']) {
        files.push(await downloadInto(page, name, folder));
      }
      assert.deepEqual(files.map((f) => f.split('/').pop()), [
        'verbeterplan-gemeente-lingewaard-2026-11-23.docx',
        'verbeterplan-gemeente-lingewaard-2026-11-23.odt',
        'rapport-gemeente-lingewaard-2026-11-23.docx',
        'rapport-gemeente-lingewaard-2026-11-23.odt',
      ]);
      const texts = (await convert(files, 'txt')).map((f) => readFileSync(f, 'utf8'));
      const fodts = (await convert(files, 'fodt')).map((f) => readFileSync(f, 'utf8'));
      const includedTitles = (await actions.locator('.actie-regel__knop').allTextContents()).map((t) => t.trim());
      const droppedTitles = (await page.locator('section:not([aria-labelledby=groep-hoog]) .actie-regel__knop').allTextContents()).map((t) => t.trim());
      for (const [i, text] of texts.entries()) {
        const what = files[i].split('/').pop();
        assert.match(text, /Verbeterplan Wmo-toezicht – Gemeente Lingewaard|Rapport zelfevaluatie Wmo-toezicht – Gemeente Lingewaard/, what);
        assert.ok(text.includes('Voor: de gemeenteraad') && text.includes('Versie: 1.0') && text.includes('Datum: 23-11-2026'), `${what}: title page`);
        assert.ok(text.includes(summary), `${what}: the summary`);
        for (const title of [...includedTitles, ...droppedTitles]) assert.ok(text.includes(title), `${what}: ${title}`);
        for (const [i, title] of includedTitles.entries()) assert.ok(text.includes(`${i + 1}. ${title}`), `${what}: ${i + 1}. ${title}`);
        for (const choice of chosen) assert.ok(text.includes(choice.owner), `${what}: owner ${choice.owner}`);
        assert.ok(text.includes('31-03-2027'), `${what}: the deadline`);
        for (const period of ['2027 K1', '2027 K2', '2028 (heel het jaar)', 'Nog zonder periode']) {
          assert.ok(text.includes(period), `${what}: period ${period}`);
        }
        const dropped = text.slice(text.lastIndexOf('Niet opgenomen'));
        for (const title of droppedTitles.slice(0, 5)) assert.ok(dropped.includes(title), `${what}: ${title} listed as not included`);
        const headings = headingsFromFodt(fodts[i]);
        assert.ok(headings.length > 5, `${what}: headings`);
        for (const heading of headings) {
          assert.equal(heading.style, `Heading ${heading.level}`, `${what}: "${heading.text}" is a heading style`);
        }
        assert.deepEqual(languageFromFodt(fodts[i]), { defaultStyle: 'nl-NL', metadata: 'nl-NL' }, what);
      }
      for (const text of texts.slice(2)) {
        for (const score of scores) assert.ok(text.includes(score.split(' – ')[0]), `rapport: score ${score}`);
        assert.match(text, /Bijlage: alle antwoorden/);
        assert.match(text, /Vergelijking met het landelijk beeld/);
      }
      assert.equal(texts[0].replace(/\s+/g, ' ').trim(), texts[1].replace(/\s+/g, ' ').trim(), 'Word and OpenDocument say the same');

      // The same choice in the Markdown and the CSV.
      const markdown = readFileSync(await downloadInto(page, 'Verbeterplan (Markdown)', folder), 'utf8');
      assert.ok(markdown.includes(summary));
      assert.match(markdown, /- Periode: 2027 K1\n/);
      const csv = csvRows(readFileSync(await downloadInto(page, 'Acties (CSV voor Excel)', folder), 'utf8'));
      assert.equal(csv.length - 1, all, 'every action the overview shows');
      assert.equal(csv.filter((row) => row[1] === 'ja').length, high, 'opgenomen: only the high ones');
      const firstRow = csv.find((row) => row[4] === chosen[0].title);
      assert.deepEqual([firstRow[0], firstRow[1], firstRow[7], firstRow[8], firstRow[9], firstRow[10]], ['1', 'ja', 'Team Wmo', '2027 K1', '31-03-2027', 'nee']);
      for (const [i, title] of includedTitles.entries()) {
        assert.equal(csv.find((row) => row[4] === title)[0], `${i + 1}`, `CSV number of ${title}`);
        assert.ok(markdown.includes(`### ${i + 1}. ${title}\n`), `Markdown number of ${title}`);
      }
      assert.ok(csv.filter((row) => row[1] === 'nee').every((row) => row[0] === ''), 'no number for what is left out');

      // A filter narrows the overview, and the CSV lists what the screen shows.
      await page.getByLabel('Toon status').selectOption('bezig');
      assert.equal(await page.locator('.actie-regel').count(), 1);
      const filtered = csvRows(readFileSync(await downloadInto(page, 'Acties (CSV voor Excel)', folder), 'utf8'));
      assert.equal(filtered.length, 2);
      assert.equal(filtered[1][4], chosen[0].title);
      assert.equal(filtered[1][0], '1', 'a filter keeps the plan\'s numbers');
      assert.equal(await page.getByTestId('actie-nummer').textContent(), '1. ');
      assert.deepEqual(await axeViolations(page), [], 'filtered');

      const origin = new URL(shared.site.url).origin;
      assert.deepEqual(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
