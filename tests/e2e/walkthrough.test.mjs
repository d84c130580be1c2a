// First walkthrough in a real browser: open the app, answer, reload, the answer is still there;
// no console errors and no WCAG 2.1 AA violations found by axe-core.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, launchBrowser, openPage, startSite, waitUntilSaved } from './harness.mjs';

const SAMPLE = 'voorbeeld-snelle-scan';

describe('eerste doorloop', () => {
  let browser;
  let site;
  before(async () => {
    browser = await launchBrowser();
    site = await startSite();
  });
  after(async () => {
    await site?.close();
    await browser?.close();
  });

  test('startpagina toont de vragenlijsten en heeft geen toegankelijkheidsfouten', async () => {
    const { page, problems, context } = await openPage(browser);
    try {
      await page.goto(site.url);
      await page.getByTestId(`vragenlijst-${SAMPLE}`).waitFor();
      assert.equal(await page.locator('h1').textContent(), 'Zelfevaluatie Wmo-toezicht');
      assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('antwoord, herlaad, antwoord staat er nog; score en voortgang kloppen', async () => {
    const { page, problems, context } = await openPage(browser);
    try {
      await page.goto(site.url);
      await page.getByRole('link', { name: /Beginnen: Snelle scan/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Snelle scan Wmo-toezicht (voorbeeld)' }).waitFor();
      assert.match(await page.title(), /^Snelle scan Wmo-toezicht \(voorbeeld\) – /);

      const question = page.getByRole('group', { name: /toezichthouders voor de Wmo 2015 aangewezen/ });
      await question.getByLabel('Gedeeltelijk').check();
      await page.getByRole('group', { name: /jaarverslag over het Wmo-toezicht openbaar/ }).getByLabel('Nee').check();
      await page.getByLabel('Toelichting (optioneel)').first().fill('Besluit uit 2019, niet bijgewerkt');
      await waitUntilSaved(page);

      assert.equal(await page.getByTestId('voortgang').textContent(), '2 van 8 vragen beantwoord');
      assert.equal(await page.getByTestId('score-waarde-onafhankelijkheid').textContent(), '50% – Op weg');
      assert.equal(await page.getByTestId('score-waarde-transparantie').textContent(), '0% – Beginnend');

      await page.reload();
      await page.getByRole('heading', { level: 1 }).waitFor();
      assert.equal(await question.getByLabel('Gedeeltelijk').isChecked(), true);
      assert.equal(await page.getByLabel('Toelichting (optioneel)').first().inputValue(), 'Besluit uit 2019, niet bijgewerkt');
      assert.equal(await page.getByTestId('voortgang').textContent(), '2 van 8 vragen beantwoord');
      assert.equal(await page.getByTestId('score-waarde-onafhankelijkheid').textContent(), '50% – Op weg');

      await page.goto(site.url);
      await page.getByTestId(`vragenlijst-${SAMPLE}`).getByText('2 van 8 vragen beantwoord').waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('invulpagina met voorwaardelijke vraag en n.v.t. heeft geen toegankelijkheidsfouten', async () => {
    const { page, problems, context } = await openPage(browser);
    try {
      await page.goto(`${site.url}#/vragenlijst/${SAMPLE}`);
      await page.getByRole('group', { name: /kwaliteitstoezicht op de Wmo ondergebracht/ })
        .getByLabel('In de eigen gemeente, in een aparte eenheid').check();
      await page.getByRole('group', { name: /Welke waarborgen zijn er tegen functieverstrengeling/ }).waitFor();
      await page.getByRole('group', { name: /jaarverslag over het Wmo-toezicht openbaar/ }).getByLabel('Niet van toepassing').check();
      await page.getByText('Leg kort uit waarom deze vraag niet van toepassing is.').waitFor();
      await page.locator('details').first().locator('summary').click();
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('een adres dat niet bestaat geeft een nette melding', async () => {
    const { page, problems, context } = await openPage(browser);
    try {
      await page.goto(`${site.url}#/vragenlijst/bestaat-niet`);
      await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
      await page.getByText("Er is geen bruikbare vragenlijst met de naam 'bestaat-niet'.").waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
