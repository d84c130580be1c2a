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

/**
 * Both tabs type before either has seen the other's text: time stands still in both (no save
 * fires by itself), each tab types, then the first tab saves, then the second.
 */
async function typeAtTheSameTime(context, [first, firstType], [second, secondType]) {
  await context.clock.pauseAt(Date.now() + 1000);
  await firstType(first);
  await secondType(second);
  await flushSave(first);
  // The second tab has merged the first tab's text into its own before it saves.
  await second.waitForFunction((separator) => [...document.querySelectorAll('textarea, input')].some((f) => f.value.includes(separator) || f.value.includes('[uit een ander tabblad:')), SEPARATOR);
  await flushSave(second);
  await context.clock.resume();
}

describe('twee tabbladen', () => {
  const shared = useBrowserAndSite();

  test('de melding: A typt een toelichting en wacht, B typt daarna: beide woorden blijven, in de opslag en in beide tabbladen', async () => {
    const { page: a, problems, context } = await openPage(shared.browser);
    try {
      await startEvaluation(a, shared.site.url, SCAN, { name: 'Geen verloren woord' });
      const b = await secondTab(context, a.url(), problems);

      await a.locator(NOTE).fill('Tekst van A.');
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
});
