// "Over deze app": reachable from every page's footer, lists the shipped questionnaires and
// every source their questions cite, and says what happens to the user's data.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { axeViolations, openPage, useBrowserAndSite, waitForFocusOnHeading } from './harness.mjs';

const shared = useBrowserAndSite();
const VERSION = readFileSync('Cargo.toml', 'utf8').match(/^version = "(.+)"$/m)[1];

test('over deze app: vragenlijsten, bronnen, gegevens en versie', async () => {
  const { context, page, problems } = await openPage(shared.browser);
  try {
    await page.goto(shared.site.url);
    await page.getByTestId('vragenlijsten').waitFor();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Over deze app' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Over deze zelfevaluatie' });
    await heading.waitFor();
    assert.equal(await page.title(), 'Over deze app – Zelfevaluatie Wmo-toezicht');
    await waitForFocusOnHeading(page, 'Over deze zelfevaluatie');

    // Each questionnaire is listed once its content has arrived (the page says it is loading until then).
    await page.getByTestId('over-vragenlijsten').getByRole('listitem').nth(2).waitFor();
    const listed = await page.getByTestId('over-vragenlijsten').getByRole('listitem').allTextContents();
    assert.ok(listed.includes('Snelle scan Wmo-toezicht (voorbeeld) (versie 2026.2.0): 9 vragen'), listed.join('\n'));
    assert.ok(listed.some((l) => /^Keuzehulp Wmo-toezicht \(versie [\d.]+\): \d+ vragen$/.test(l)), listed.join('\n'));
    assert.ok(listed.some((l) => l.startsWith('Zelfevaluatie toegang en samenhang (TSD)')), listed.join('\n'));

    const sources = page.getByTestId('over-bronnen').getByRole('listitem');
    const labels = await sources.allTextContents();
    assert.ok(labels.length >= 10, `${labels.length} sources`);
    assert.equal(new Set(labels).size, labels.length, 'each source once');
    const wmo = page.getByTestId('over-bronnen').getByRole('link', { name: 'Wmo 2015, artikel 6.1' });
    assert.equal(await wmo.getAttribute('href'), 'https://wetten.overheid.nl/BWBR0035362');

    assert.match(await page.getByRole('main').textContent(), /stuurt niets naar een server/);
    assert.equal(await page.getByTestId('over-versie').textContent(), `Zelfevaluatie Wmo-toezicht, versie ${VERSION}.`);
    assert.deepEqual(await axeViolations(page), []);

    // A reload stays here; at 320 px nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.reload();
    await heading.waitFor();
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scrolling');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('over deze app zonder vragenlijsten: zegt waarom de lijsten leeg zijn', async () => {
  const { context, page } = await openPage(shared.browser);
  try {
    await page.route('**/questionnaires/index.json', (route) => route.fulfill({ status: 404, body: 'weg' }));
    await page.goto(`${shared.site.url}#/over`);
    await page.getByRole('heading', { level: 1, name: 'Over deze zelfevaluatie' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'De vragenlijsten konden niet worden geladen; op de startpagina staat waarom.' }).waitFor();
    assert.equal(await page.getByTestId('over-vragenlijsten').getByRole('listitem').count(), 0);
    assert.deepEqual(await axeViolations(page), []);
  } finally {
    await context.close();
  }
});
