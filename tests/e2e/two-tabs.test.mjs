// Two tabs on one evaluation: no word typed in one tab is lost by the other. Text fields that are
// not being edited follow the other tab live; when both tabs changed the same text before either
// saw the other's, both versions are kept and both tabs say where.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openPage, startEvaluation, useBrowserAndSite, waitUntilSaved } from './harness.mjs';

const SCAN = 'Snelle scan Wmo-toezicht (voorbeeld)';
const NOTE = '#toelichting-toezichthouder-aangewezen';
const QUESTION = 'Heeft het college een of meer toezichthouders voor de Wmo 2015 aangewezen in een besluit?';
const SEPARATOR = '--- Tekst uit een ander tabblad ---';

/** The evaluation as stored under its key. */
async function stored(page) {
  return page.evaluate(() => {
    const id = decodeURIComponent(location.hash.split('/')[2]);
    return JSON.parse(localStorage.getItem(`wmo-zelfevaluatie/v1/assessment/${id}`));
  });
}

/** Opens the same address in a second tab of the same browser (same storage). */
async function secondTab(context, address, problems) {
  const second = await context.newPage();
  second.on('console', (m) => m.type() === 'error' && problems.push(`tab 2 console: ${m.text()}`));
  second.on('pageerror', (e) => problems.push(`tab 2: ${e.message}`));
  await second.goto(address);
  await second.getByRole('heading', { level: 1 }).waitFor();
  return second;
}

/** Writes a tab's waiting change now, as when the user switches to another tab. */
async function flushSave(page) {
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
}

/** Waits, polling from here (the page's own timers may stand still), until `check` holds in the page. */
async function until(page, check, arg) {
  for (let tries = 0; tries < 200; tries += 1) {
    if (await page.evaluate(check, arg)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gewacht op: ${check}`);
}

/**
 * Both tabs type before either has seen the other's text: time stands still in both tabs (no
 * save fires by itself), each tab types, then the first tab saves, and when the second has merged
 * that in, the second saves. Needs `context.clock.install()` before the pages were opened.
 */
async function typeAtTheSameTime(context, [first, firstTypes], [second, secondTypes]) {
  await context.clock.pauseAt(Date.now() + 1000);
  await firstTypes(first);
  await secondTypes(second);
  await flushSave(first);
  await until(second, (marks) => [...document.querySelectorAll('textarea, input')].some((f) => marks.some((m) => f.value.includes(m))), [SEPARATOR, '[uit een ander tabblad:']);
  await flushSave(second);
  await context.clock.resume();
}

/** The places a tab's notice names. */
async function noticePlaces(page) {
  await page.getByTestId('samengevoegd').waitFor();
  return page.getByTestId('samengevoegd').locator('li').allTextContents();
}

async function waitUntilMerged(page) {
  await page.locator('[data-testid=opslagstatus][data-toestand=samengevoegd]').waitFor();
}

describe('twee tabbladen', () => {
  const shared = useBrowserAndSite();

  test('de melding: A typt een toelichting en wacht, B typt daarna: beide woorden blijven, in de opslag en in beide tabbladen', async () => {
    const { page: a, problems, context } = await openPage(shared.browser);
    try {
      await startEvaluation(a, shared.site.url, SCAN, { name: 'Geen verloren woord' });
      const b = await secondTab(context, a.url(), problems);

      await a.locator(NOTE).fill('Tekst van A.');
      // As the user reported: A waits a few seconds (well past the 400 ms autosave pause), then B types.
      await a.waitForTimeout(3500);
      await waitUntilSaved(a);
      // B's field is not being edited: it shows A's words without a reload.
      assert.equal(await b.locator(NOTE).inputValue(), 'Tekst van A.');

      await b.locator(NOTE).focus();
      await b.keyboard.press('Control+End');
      await b.keyboard.type(' Aanvulling van B.');
      await waitUntilSaved(b);
      const both = 'Tekst van A. Aanvulling van B.';
      await a.waitForFunction(([selector, text]) => document.querySelector(selector).value === text, [NOTE, both]);
      assert.equal((await stored(a)).answers['toezichthouder-aangewezen'].note, both);
      for (const tab of [a, b]) {
        await waitUntilSaved(tab);
        assert.equal(await tab.locator(NOTE).inputValue(), both);
        assert.equal(await tab.getByTestId('samengevoegd').count(), 0, 'nothing was changed behind anyone\'s back');
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('een veld waarin de gebruiker staat, toont de tekst van het andere tabblad ook, en typen gaat erachter verder', async () => {
    const { page: a, problems, context } = await openPage(shared.browser);
    try {
      await startEvaluation(a, shared.site.url, SCAN, { name: 'In het veld' });
      const b = await secondTab(context, a.url(), problems);
      await b.locator(NOTE).focus();
      await a.locator(NOTE).fill('Tekst van A.');
      await waitUntilSaved(a);
      await b.waitForFunction(([selector, text]) => document.querySelector(selector).value === text, [NOTE, 'Tekst van A.']);
      assert.equal(await b.evaluate(() => document.activeElement.id), NOTE.slice(1), 'B is still in the field');
      await b.keyboard.type(' En B.');
      await waitUntilSaved(b);
      await a.waitForFunction(([selector, text]) => document.querySelector(selector).value === text, [NOTE, 'Tekst van A. En B.']);
      assert.equal((await stored(b)).answers['toezichthouder-aangewezen'].note, 'Tekst van A. En B.');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('beide tabbladen typen tegelijk in dezelfde toelichting: beide versies blijven, en beide tabbladen zeggen waar', async () => {
    const { page: a, problems, context } = await openPage(shared.browser);
    try {
      await context.clock.install();
      await startEvaluation(a, shared.site.url, SCAN, { name: 'Tegelijk getypt' });
      const b = await secondTab(context, a.url(), problems);
      await typeAtTheSameTime(
        context,
        [a, (tab) => tab.locator(NOTE).fill('Tekst van A.')],
        [b, (tab) => tab.locator(NOTE).fill('Tekst van B.')],
      );
      // B merged A's text into its own: B's first, then the separator, then A's.
      const both = `Tekst van B.\n\n${SEPARATOR}\nTekst van A.`;
      for (const tab of [a, b]) {
        await tab.waitForFunction(([selector, text]) => document.querySelector(selector).value === text, [NOTE, both]);
        await waitUntilMerged(tab);
        assert.deepEqual(await noticePlaces(tab), [`de toelichting bij vraag '${QUESTION}'`]);
        const status = await tab.getByTestId('opslagstatus').textContent();
        assert.doesNotMatch(status, /^Opgeslagen/, 'the status does not say all is as the user left it');
        assert.match(status, /Samengevoegd met een ander tabblad/);
      }
      assert.equal((await stored(a)).answers['toezichthouder-aangewezen'].note, both);
      assert.deepEqual(await axeViolations(a), []);

      // Dismissed: the notice goes, the status says "opgeslagen" again, focus is on the heading.
      await a.getByRole('button', { name: 'Melding sluiten' }).click();
      await waitUntilSaved(a);
      assert.equal(await a.getByTestId('samengevoegd').count(), 0);
      assert.equal(await a.evaluate(() => document.activeElement.id), 'paginakop');
      assert.equal(await b.getByTestId('samengevoegd').count(), 1, 'the other tab still shows its notice');
      // After a reload both versions are still there.
      await a.reload();
      await a.getByRole('heading', { level: 1 }).waitFor();
      assert.equal(await a.locator(NOTE).inputValue(), both);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('een notitie in het verbeterplan in twee tabbladen: beide versies blijven; eigenaar, deadline, periode en status volgen live', async () => {
    const { page: a, problems, context } = await openPage(shared.browser);
    try {
      await context.clock.install();
      await startEvaluation(a, shared.site.url, SCAN, { name: 'Plan in twee tabbladen' });
      await a.getByRole('group', { name: /aangewezen in een besluit/ }).getByLabel('Nee', { exact: true }).check();
      await waitUntilSaved(a);
      await a.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Verbeterplan' }).click();
      await a.getByRole('heading', { level: 1, name: 'Verbeterplan' }).waitFor();
      const b = await secondTab(context, a.url(), problems);
      const open = async (tab) => {
        const action = tab.getByTestId('actie-aanwijzing-vastleggen');
        await action.locator('.actie-regel__knop').click();
        return action;
      };
      const [actionA, actionB] = [await open(a), await open(b)];

      // Not being edited in B: the owner A types shows there at once, in the field and the line.
      await actionA.getByLabel('Eigenaar').fill('Team Wmo');
      await waitUntilSaved(a);
      await b.waitForFunction(() => document.querySelector('#plan-aanwijzing-vastleggen-eigenaar').value === 'Team Wmo');
      await actionB.getByText('Eigenaar: Team Wmo', { exact: true }).waitFor();

      // So do a deadline, a period and a status chosen in A.
      const next = (await a.evaluate(() => new Date().getFullYear())) + 1;
      await actionA.getByLabel('Deadline').fill(`${next}-03-31`);
      await actionA.getByLabel('Periode').selectOption(`${next}-K1`);
      await actionA.getByLabel('Status').selectOption('bezig');
      await waitUntilSaved(a);
      await b.waitForFunction(
        (wanted) => Object.entries(wanted).every(([field, value]) => document.querySelector(`#plan-aanwijzing-vastleggen-${field}`).value === value),
        { deadline: `${next}-03-31`, periode: `${next}-K1`, status: 'bezig' },
      );
      await actionB.getByText('Status: Bezig', { exact: true }).waitFor();

      await typeAtTheSameTime(
        context,
        [a, () => actionA.getByLabel('Notitie').fill('Besluit in maart.')],
        [b, () => actionB.getByLabel('Notitie').fill('Eerst de jurist vragen.')],
      );
      const both = `Eerst de jurist vragen.\n\n${SEPARATOR}\nBesluit in maart.`;
      const place = "de notitie bij actie 'Leg de aanwijzing van de toezichthouder vast'";
      for (const tab of [a, b]) {
        await tab.waitForFunction((text) => document.querySelector('#plan-aanwijzing-vastleggen-notitie').value === text, both);
        await waitUntilMerged(tab);
        assert.deepEqual(await noticePlaces(tab), [place]);
      }
      const edits = (await stored(b)).plan.recommendations['aanwijzing-vastleggen'];
      assert.equal(edits.note, both);
      assert.equal(edits.owner, 'Team Wmo');
      assert.equal(edits.status, 'bezig');
      assert.deepEqual(await axeViolations(b), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
