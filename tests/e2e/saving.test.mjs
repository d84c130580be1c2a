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

test('the save status is shown while saving, but a screen reader hears it only when it changes', async () => {
  const { context, page, problems } = await openPage(shared.browser);
  await startEvaluation(page, shared.site.url, 'Keuzehulp Wmo-toezicht', { name: 'Stille opslag' });
  await waitUntilSaved(page);
  const live = page.getByTestId('opslagstatus').getByRole('status');
  assert.equal(await live.textContent(), 'Opgeslagen in deze browser');

  // Record every change inside the live region, and whether the pending note was ever shown.
  await page.evaluate(() => {
    const box = document.querySelector('[data-testid=opslagstatus]');
    const region = box.querySelector('[role=status]');
    window.__announced = [];
    window.__pendingShown = false;
    new MutationObserver(() => window.__announced.push(region.textContent)).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    new MutationObserver(() => {
      const note = box.querySelector('[aria-hidden=true]');
      if (!note.hidden && note.checkVisibility()) window.__pendingShown = true;
    }).observe(box, { attributes: true, subtree: true });
  });
  const radios = page.locator('.vraag input[type=radio]');
  for (const n of [0, 3, 6]) {
    await radios.nth(n).check();
    await waitUntilSaved(page);
  }
  await page.getByLabel('Toelichting (optioneel)').first().pressSequentially('Besluit van maart', { delay: 10 });
  await waitUntilSaved(page);

  assert.equal(await page.evaluate(() => window.__pendingShown), true, 'sighted users saw "wordt opgeslagen"');
  assert.deepEqual(await page.evaluate(() => window.__announced), [], 'nothing new to announce: still saved');
  assert.equal(await live.textContent(), 'Opgeslagen in deze browser');
  assert.equal(await page.getByText('Wijzigingen worden opgeslagen…').isVisible(), false, 'the pending note is gone');
  assert.deepEqual(problems, []);
  await context.close();
});
