// The TSD zelfevaluatie in both ways of working: organisation questions and casus mode.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, cannot, openPage, question, startEvaluation, waitUntilSaved, useBrowserAndSite } from './harness.mjs';

const TSD = 'Zelfevaluatie toegang en samenhang (TSD)';

describe('TSD-zelfevaluatie', () => {
  const shared = useBrowserAndSite();

  test('de startpagina biedt alle vragenlijsten aan, zonder onbeschikbare', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await page.goto(shared.site.url);
      await page.getByTestId('vragenlijst-tsd-zelfevaluatie').getByText(/ook te gebruiken met 3 casussen/).waitFor();
      await page.getByTestId('vragenlijst-keuzehulp-wmo-toezicht').waitFor();
      assert.equal(await page.locator('.vragenlijst--onbeschikbaar').count(), 0);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('organisatiemodus: een sectie invullen; extra dimensies staan bij de scores; geen toegankelijkheidsfouten', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await startEvaluation(page, shared.site.url, TSD);
      await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Onafhankelijke cliëntondersteuning' }).click();
      await question(page, /Staat de cliëntondersteuner los/).getByLabel('Ja').check();
      await page.getByTestId('score-waarde-onafhankelijkheid').getByText('100% – Gevorderd').waitFor();
      assert.equal(await page.getByTestId('score-op-maat').locator('dt').textContent(), 'Op maat (extra dimensie)');
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('casusmodus: casussen toevoegen, beoordelen vanuit drie perspectieven, overzicht per onderwerp en casus', async (t) => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await startEvaluation(page, shared.site.url, TSD, { name: 'Casussen 2026', casus: true });
      await page.getByRole('heading', { level: 1, name: 'Overzicht van de casussen' }).waitFor();
      assert.equal(await page.getByTestId('voortgang').textContent(), 'Nog geen casussen: voeg een casus toe om te beginnen');
      await page.getByRole('button', { name: 'Casus toevoegen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Casus A' }).waitFor();
      const topic = page.getByTestId('onderwerp-toegang');
      await topic.getByRole('group', { name: /^Dossier:/ }).getByLabel('Goed: zo hoort het').check();
      await topic.getByRole('group', { name: /^Inwoner:/ }).getByLabel('Onvoldoende').check();
      await topic.getByRole('group', { name: /^Professional:/ }).getByLabel('Niet te beoordelen').check();
      await topic.getByLabel('Toelichting bij dit onderwerp (optioneel)').fill('Lange wachttijd voor het eerste gesprek');
      assert.deepEqual(await axeViolations(page), []);

      await page.getByRole('button', { name: 'Casus toevoegen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Casus B' }).waitFor();
      await page.getByTestId('onderwerp-toegang').getByRole('group', { name: /^Dossier:/ }).getByLabel('Voldoende, met verbeterpunten').check();
      await page.getByRole('button', { name: 'Casus toevoegen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Casus C' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Casus toevoegen' }).isDisabled(), true, 'at most three cases');
      await waitUntilSaved(page);
      assert.equal(await page.getByTestId('voortgang').textContent(), '4 van 81 beoordelingen gegeven');

      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Casus C' }).waitFor();
      await page.getByRole('navigation', { name: 'Casussen' }).getByRole('link', { name: 'Overzicht' }).click();
      const row = page.getByTestId('overzicht-toegang');
      await row.waitFor();
      const cells = await row.locator('td').allTextContents();
      assert.deepEqual(cells, ['50% – Op weg', '50% – Op weg', 'nog niet beoordeeld', '50% – Op weg']);
      const headers = await page.getByTestId('casusoverzicht').locator('thead th').allTextContents();
      assert.deepEqual(headers, ['Onderwerp', 'Casus A', 'Casus B', 'Casus C', 'Alle casussen']);
      assert.deepEqual(await axeViolations(page), []);

      // The overview prints for the team's discussion: which evaluation and when, the table, no controls.
      const printHeading = page.getByTestId('casussen-afdrukkop');
      await t.test('op papier', { skip: cannot('print-media') }, async () => {
        await page.emulateMedia({ media: 'print' });
        assert.match(
          await printHeading.innerText(),
          /^Overzicht van de casussen\nCasussen 2026 · Zelfevaluatie toegang en samenhang \(TSD\) \(versie [\d.]+\)\nOpgesteld op \d\d-\d\d-\d{4} met de Zelfevaluatie Wmo-toezicht\.$/,
        );
        assert.equal(await page.getByTestId('casusoverzicht').isVisible(), true);
        assert.equal(await page.getByRole('button', { name: 'Afdrukken of opslaan als PDF' }).isVisible(), false);
        assert.equal(await page.getByRole('navigation', { name: 'Casussen' }).isVisible(), false);
        await page.emulateMedia({ media: 'screen' });
      });
      assert.equal(await printHeading.isVisible(), false);
      assert.equal(await page.getByRole('button', { name: 'Afdrukken of opslaan als PDF' }).isVisible(), true);

      await page.getByRole('navigation', { name: 'Casussen' }).getByRole('link', { name: 'Casus A' }).click();
      assert.equal(
        await page.getByTestId('onderwerp-toegang').getByLabel('Toelichting bij dit onderwerp (optioneel)').inputValue(),
        'Lange wachttijd voor het eerste gesprek',
      );
      await page.getByRole('button', { name: 'Casus verwijderen' }).click();
      await page.getByRole('button', { name: 'Ja, verwijder de casus' }).click();
      await page.getByRole('heading', { level: 1, name: 'Overzicht van de casussen' }).waitFor();
      const after = await page.getByTestId('casusoverzicht').locator('thead th').allTextContents();
      assert.deepEqual(after, ['Onderwerp', 'Casus B', 'Casus C', 'Alle casussen']);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
