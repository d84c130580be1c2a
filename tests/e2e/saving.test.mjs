// Autosave is cheap however the user works: typing a toelichting writes once after a pause (not
// per keystroke), and a save touches only the open evaluation's own key, however many other
// evaluations the browser holds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, startEvaluation, useBrowserAndSite, waitUntilSaved } from './harness.mjs';

const shared = useBrowserAndSite();
const PREFIX = 'wmo-zelfevaluatie/v1/assessment/';

test('typing writes once after a pause, and only the open evaluation', async () => {
  const { context, page, problems } = await openPage(shared.browser);
  await startEvaluation(page, shared.site.url, 'Keuzehulp Wmo-toezicht', { name: 'Eigen evaluatie' });
  await waitUntilSaved(page);
  const evaluationUrl = page.url();
  const id = new URL(evaluationUrl).hash.split('/')[2];

  // Thirty colleagues' evaluations in the same browser.
  await page.evaluate(({ id, prefix }) => {
    const own = JSON.parse(localStorage.getItem(prefix + id));
    for (let n = 1; n <= 30; n++) {
      localStorage.setItem(prefix + `ander-${n}`, JSON.stringify({ ...own, id: `ander-${n}`, name: `Andere evaluatie ${n}` }));
    }
  }, { id, prefix: PREFIX });
  const others = await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length, PREFIX);
  assert.equal(others, 31);

  // Count every write to browser storage from here on.
  await context.addInitScript(() => {
    window.__writes = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      window.__writes.push(key);
      return setItem.call(this, key, value);
    };
  });
  await page.reload();
  const note = page.getByLabel('Toelichting (optioneel)').first();
  await note.waitFor();
  const before = await page.evaluate(() => performance.getEntriesByName('opslaan').length);

  await note.pressSequentially('Het besluit wordt in maart vernieuwd', { delay: 15 });
  await waitUntilSaved(page);

  const writes = await page.evaluate(() => window.__writes.filter((k) => k.includes('/assessment/')));
  assert.deepEqual(writes, [PREFIX + id], 'one write, of the open evaluation only');
  const saves = await page.evaluate(() => performance.getEntriesByName('opslaan').length);
  assert.equal(saves - before, 1, 'typing 36 characters is saved once');
  const stored = await page.evaluate((key) => localStorage.getItem(key), PREFIX + id);
  assert.match(stored, /Het besluit wordt in maart vernieuwd/);
  assert.deepEqual(problems, []);
  await context.close();
});
