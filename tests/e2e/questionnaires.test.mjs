// The two real questionnaires in the browser: they load, show national figures (verified ones,
// with year and source) and pass axe-core.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, launchBrowser, openPage, startSite } from './harness.mjs';

describe('de echte vragenlijsten', () => {
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

  test('de startpagina biedt de keuzehulp en de TSD-zelfevaluatie aan', async () => {
    const { page, problems, context } = await openPage(browser);
    try {
      await page.goto(site.url);
      await page.getByTestId('vragenlijst-keuzehulp-wmo-toezicht').getByText('53 vragen').waitFor();
      await page.getByTestId('vragenlijst-tsd-zelfevaluatie').waitFor();
      assert.equal(await page.locator('.vragenlijst--onbeschikbaar').count(), 0);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('keuzehulp: landelijk cijfer met jaar en bron naast de vraag; geen toegankelijkheidsfouten', async () => {
    const { page, problems, context } = await openPage(browser);
    try {
      await page.goto(`${site.url}#/vragenlijst/keuzehulp-wmo-toezicht`);
      const figure = page.getByTestId('landelijk-functieverstrengeling');
      await figure.waitFor();
      assert.match(await figure.textContent(), /In 2024 was bij één op de acht gemeenten sprake van functieverstrengeling/);
      assert.equal(
        await figure.getByRole('link').getAttribute('href'),
        'https://www.igj.nl/documenten/2025/10/07/wmo-toezicht-2024',
      );
      // The unverified press figure is in the file but never shown.
      const body = await page.locator('main').textContent();
      assert.doesNotMatch(body, /een derde van de gemeenten/);
      assert.match(body, /In 2024 maakten 3 op de 10 gemeenten hun Wmo-toezichtbeleid \(nog\) niet actief openbaar/);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('TSD-zelfevaluatie: organisatievragen zijn te beantwoorden; geen toegankelijkheidsfouten', async () => {
    const { page, problems, context } = await openPage(browser);
    try {
      await page.goto(`${site.url}#/vragenlijst/tsd-zelfevaluatie`);
      await page.getByRole('heading', { level: 1, name: 'Zelfevaluatie toegang en samenhang (TSD)' }).waitFor();
      await page.getByRole('group', { name: /Staat de cliëntondersteuner los/ }).getByLabel('Ja').check();
      await page.getByTestId('score-waarde-onafhankelijkheid').getByText('100% – Gevorderd').waitFor();
      assert.equal(await page.getByTestId('score-op-maat').locator('dt').textContent(), 'Op maat (extra dimensie)');
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
