// Filling in an evaluation over several sessions: sections, resume, N/A with toelichting,
// conditional questions, autosave, keyboard use; no console errors and no axe violations.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openPage, question, startEvaluation, waitUntilSaved, useBrowserAndSite } from './harness.mjs';

const SCAN = 'Snelle scan Wmo-toezicht (voorbeeld)';
const KEUZEHULP = 'Keuzehulp Wmo-toezicht';

describe('invullen', () => {
  const shared = useBrowserAndSite();

  test('startpagina: uitleg over opslag één keer, vragenlijsten met tijd; geen toegankelijkheidsfouten', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await page.goto(shared.site.url);
      const notice = page.getByTestId('uitleg-opslag');
      await notice.waitFor();
      assert.match(await notice.textContent(), /blijft|blijven in deze browser/);
      await page.getByTestId('vragenlijst-keuzehulp-wmo-toezicht').getByText('44 vragen, plus tot 9 vervolgvragen bij bepaalde antwoorden · ongeveer 60 minuten').waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
      assert.deepEqual(await axeViolations(page), []);
      await page.getByRole('button', { name: 'Begrepen' }).click();
      await notice.waitFor({ state: 'detached' });
      assert.equal(await page.evaluate(() => document.activeElement.id), 'paginakop', 'the focus stays on the page');
      await page.reload();
      await page.getByTestId('vragenlijsten').waitFor();
      assert.equal(await notice.count(), 0, 'the explanation does not come back');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('de startpagina verspringt niet: wat onder uw evaluaties staat, verschijnt samen met die lijst', async () => {
    const { page, problems, context } = await openPage(shared.browser, { viewport: { width: 320, height: 740 } });
    try {
      await startEvaluation(page, shared.site.url, KEUZEHULP, { name: 'Niet verspringen' });
      await waitUntilSaved(page);
      // The list of evaluations waits for their questionnaire, which here comes late (a slow line).
      await page.route('**/questionnaires/keuzehulp-wmo-toezicht.json', async (route) => {
        await new Promise((done) => setTimeout(done, 600));
        await route.continue();
      });
      // Where the link to start a TSD evaluation is when it first appears: a list drawn above it
      // afterwards would move it away under a pointer or finger about to click it.
      await page.addInitScript(() => {
        const top = () => {
          const link = document.querySelector('[data-testid=vragenlijst-tsd-zelfevaluatie] a');
          return link && Math.round(link.getBoundingClientRect().top + window.scrollY);
        };
        new MutationObserver(() => {
          window.firstTop ??= top() ?? undefined;
        }).observe(document, { childList: true, subtree: true });
        window.topNow = top;
      });
      await page.goto(shared.site.url);
      await page.getByTestId('evaluaties').getByText('Niet verspringen').waitFor();
      const first = await page.evaluate(() => window.firstTop);
      assert.ok(first > 0, `the link appeared at ${first}`);
      assert.equal(await page.evaluate(() => window.topNow()), first, 'the link stays where it appeared');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('evaluatie maken, over secties heen antwoorden, halverwege herladen en verdergaan', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await startEvaluation(page, shared.site.url, SCAN, { name: 'Snelle scan 2026', municipality: 'Gemeente Voorbeeld' });
      await page.getByRole('heading', { level: 1, name: 'Aanwijzing en positie' }).waitFor();
      assert.match(await page.getByTestId('evaluatie-naam').textContent(), /Snelle scan 2026/);
      await question(page, /aangewezen in een besluit/).getByLabel('Gedeeltelijk').check();
      await page.getByRole('link', { name: /Volgende/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Openheid en verantwoording' }).waitFor();
      await question(page, /jaarverslag over het Wmo-toezicht openbaar/).getByLabel('Nee').check();
      await page.getByLabel('Toelichting (optioneel)').first().fill('Het jaarverslag is in concept');
      await waitUntilSaved(page);
      assert.equal(await page.getByTestId('voortgang').textContent(), '2 van 8 vragen beantwoord');
      assert.equal(await page.getByTestId('score-waarde-onafhankelijkheid').textContent(), '50% – Op weg');
      assert.equal(await page.getByTestId('onderdeel-voortgang-basis').textContent(), '1 van 2');

      // A fresh visit to the evaluation opens where the user was.
      const address = new URL(page.url());
      await page.goto(`${address.origin}${address.pathname}#/`);
      const row = page.getByTestId('evaluatie').filter({ hasText: 'Snelle scan 2026' });
      await row.getByText('Gemeente Voorbeeld').waitFor();
      assert.equal(await row.getByTestId('evaluatie-voortgang').textContent(), '25%');
      await row.getByRole('link', { name: 'Openen: Snelle scan 2026' }).click();
      await page.getByRole('heading', { level: 1, name: 'Openheid en verantwoording' }).waitFor();
      assert.equal(await page.getByLabel('Toelichting (optioneel)').first().inputValue(), 'Het jaarverslag is in concept');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Openheid en verantwoording' }).waitFor();
      assert.equal(await question(page, /jaarverslag over het Wmo-toezicht openbaar/).getByLabel('Nee').isChecked(), true);

      // Jump back to the first section through the overview of sections.
      await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Aanwijzing en positie' }).click();
      await page.getByRole('heading', { level: 1, name: 'Aanwijzing en positie' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'paginakop');
      assert.equal(await question(page, /aangewezen in een besluit/).getByLabel('Gedeeltelijk').isChecked(), true);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('een snelle herlaadactie direct na typen verliest niets', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await startEvaluation(page, shared.site.url, SCAN);
      await page.getByLabel('Toelichting (optioneel)').first().fill('Net getypt');
      await page.reload(); // within the debounce: the page-hide flush must have written it
      await page.getByRole('heading', { level: 1 }).waitFor();
      assert.equal(await page.getByLabel('Toelichting (optioneel)').first().inputValue(), 'Net getypt');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('een antwoord wijzigen en binnen de opslagpauze terugzetten bewaart wat op het scherm staat', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await startEvaluation(page, shared.site.url, SCAN);
      const group = question(page, /aangewezen in een besluit/);
      await group.getByLabel('Ja', { exact: true }).check();
      await waitUntilSaved(page);
      await group.getByLabel('Nee', { exact: true }).check();
      await group.getByLabel('Ja', { exact: true }).check(); // back, before the pause ends
      await waitUntilSaved(page);
      await page.reload();
      await page.getByRole('heading', { level: 1 }).waitFor();
      assert.equal(await question(page, /aangewezen in een besluit/).getByLabel('Ja', { exact: true }).isChecked(), true);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('niet van toepassing vraagt om een toelichting; voorwaardelijke vraag verschijnt en verdwijnt', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await startEvaluation(page, shared.site.url, SCAN);
      // The suggested name already says the questionnaire's title: it is not said twice.
      assert.equal(await page.getByTestId('evaluatie-naam').textContent(), `${SCAN} ${new Date().getFullYear()}`);
      const placed = question(page, /kwaliteitstoezicht op de Wmo ondergebracht/);
      const conditional = question(page, /Welke waarborgen zijn er tegen functieverstrengeling/);
      assert.equal(await conditional.count(), 0);
      await placed.getByLabel(/hetzelfde team als inkoop/).check();
      await conditional.waitFor();
      // A screen reader hears what changed below the answer (a status message, WCAG 4.1.3).
      const said = (text) => page.getByRole('status').filter({ hasText: text }).waitFor();
      await said("Er is een vervolgvraag bijgekomen in dit onderdeel: 'Welke waarborgen zijn er tegen functieverstrengeling?'.");
      await conditional.getByLabel('Vier-ogenprincipe bij bevindingen').check();
      await placed.getByLabel('Bij de GGD').check();
      await conditional.waitFor({ state: 'detached' });
      await said("De vraag 'Welke waarborgen zijn er tegen functieverstrengeling?' in dit onderdeel is vervallen. Wat u daar al invulde, blijft bewaard maar telt niet mee.");
      await placed.getByLabel(/hetzelfde team als inkoop/).check();
      assert.equal(await conditional.getByLabel('Vier-ogenprincipe bij bevindingen').isChecked(), true, 'the hidden answer was kept');

      await page.getByRole('link', { name: /Volgende/ }).click();
      await question(page, /jaarverslag over het Wmo-toezicht openbaar/).getByLabel('Niet van toepassing').check();
      const note = page.getByLabel("Toelichting (nodig bij 'niet van toepassing')");
      await note.waitFor();
      await page.getByText('Leg kort uit waarom deze vraag niet van toepassing is.').waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await note.fill('Het toezicht is regionaal belegd');
      await page.getByText('Leg kort uit waarom deze vraag niet van toepassing is.').waitFor({ state: 'detached' });
      await waitUntilSaved(page);
      assert.match(await page.getByTestId('score-transparantie').textContent(), /1 niet van toepassing/);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('twee evaluaties van dezelfde vragenlijst blijven gescheiden', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await startEvaluation(page, shared.site.url, SCAN, { name: 'Evaluatie 2025' });
      await question(page, /aangewezen in een besluit/).getByLabel('Nee').check();
      await waitUntilSaved(page);
      await startEvaluation(page, shared.site.url, SCAN, { name: 'Evaluatie 2026' });
      assert.equal(await question(page, /aangewezen in een besluit/).getByLabel('Nee').isChecked(), false);
      await question(page, /aangewezen in een besluit/).getByLabel('Ja').check();
      await waitUntilSaved(page);

      await page.goto(shared.site.url);
      await page.getByRole('link', { name: 'Openen: Evaluatie 2025' }).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      assert.equal(await question(page, /aangewezen in een besluit/).getByLabel('Nee').isChecked(), true);
      assert.equal(await page.getByTestId('score-waarde-onafhankelijkheid').textContent(), '0% – Beginnend');
      await page.goto(shared.site.url);
      await page.getByRole('link', { name: 'Openen: Evaluatie 2026' }).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      assert.equal(await page.getByTestId('score-waarde-onafhankelijkheid').textContent(), '100% – Gevorderd');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('naam wijzigen, kopiëren en verwijderen met bevestiging', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await startEvaluation(page, shared.site.url, SCAN, { name: 'Te beheren' });
      await question(page, /aangewezen in een besluit/).getByLabel('Ja').check();
      await waitUntilSaved(page);
      await page.goto(shared.site.url);

      await page.getByRole('button', { name: 'Naam wijzigen: Te beheren' }).click();
      const field = page.getByLabel('Nieuwe naam');
      await field.fill('   ');
      await page.getByRole('button', { name: 'Naam opslaan' }).click();
      await page.getByText("Geef de evaluatie een naam, bijvoorbeeld 'Zelfevaluatie 2026'.").waitFor();
      await field.fill('Beheerd 2026');
      await page.getByRole('button', { name: 'Naam opslaan' }).click();
      await page.getByRole('link', { name: 'Openen: Beheerd 2026' }).waitFor();

      await page.getByRole('button', { name: 'Kopiëren: Beheerd 2026' }).click();
      await page.getByRole('link', { name: 'Openen: Kopie van Beheerd 2026' }).waitFor();
      const copy = page.getByTestId('evaluatie').filter({ hasText: 'Kopie van Beheerd 2026' });
      assert.equal(await copy.getByTestId('evaluatie-voortgang').textContent(), '12%', '1 of 8 questions, rounded down');

      await page.getByRole('button', { name: 'Verwijderen: Kopie van Beheerd 2026' }).click();
      await page.getByText("Weet u zeker dat u 'Kopie van Beheerd 2026' wilt verwijderen?").waitFor();
      await page.getByRole('button', { name: 'Annuleren' }).click();
      assert.equal(await page.getByRole('link', { name: 'Openen: Kopie van Beheerd 2026' }).count(), 1, 'cancel keeps it');
      await page.getByRole('button', { name: 'Verwijderen: Kopie van Beheerd 2026' }).click();
      await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
      await page.getByTestId('melding').getByText("'Kopie van Beheerd 2026' is verwijderd.").waitFor();
      assert.equal(await page.getByRole('link', { name: 'Openen: Kopie van Beheerd 2026' }).count(), 0);
      await page.reload();
      await page.getByRole('link', { name: 'Openen: Beheerd 2026' }).waitFor();
      assert.equal(await page.getByRole('link', { name: 'Openen: Kopie van Beheerd 2026' }).count(), 0);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('een sectie helemaal met het toetsenbord invullen', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await startEvaluation(page, shared.site.url, SCAN);
      await page.waitForFunction(() => document.activeElement?.id === 'paginakop');
      // `predicate` runs in the page, so whatever it needs comes in as `arg`.
      const tabUntil = async (predicate, arg) => {
        for (let i = 0; i < 60; i += 1) {
          await page.keyboard.press('Tab');
          if (await page.evaluate(predicate, arg)) return;
        }
        throw new Error('focus never reached the element');
      };
      const radioOf = (name) => document.activeElement?.type === 'radio' && document.activeElement.name === name;
      // Question 1: Space chooses the focused option, an arrow key moves to the next one.
      await tabUntil(radioOf, 'keuze-toezichthouder-aangewezen');
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      // Question 2: Space chooses the first option.
      await tabUntil(radioOf, 'keuze-toezicht-belegd-bij');
      await page.keyboard.press('Space');
      assert.equal(await question(page, /aangewezen in een besluit/).getByLabel('Gedeeltelijk').isChecked(), true);
      assert.equal(await question(page, /kwaliteitstoezicht op de Wmo ondergebracht/).getByLabel('Bij de GGD').isChecked(), true);
      await waitUntilSaved(page);
      assert.equal(await page.getByTestId('onderdeel-voortgang-basis').textContent(), 'klaar (2 van 2)');
      // On to the next section with the keyboard.
      await tabUntil(() => document.activeElement?.getAttribute('rel') === 'next');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Openheid en verantwoording' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'paginakop');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('met het toetsenbord de lijst met onderdelen of casussen overslaan, ook op een telefoon', async () => {
    const { page, problems, context } = await openPage(shared.browser, { viewport: { width: 320, height: 740 } });
    try {
      const focused = () => page.evaluate(() => ({
        id: document.activeElement.id,
        text: document.activeElement.textContent.trim(),
        inContent: Boolean(document.activeElement.closest('.evaluatie__inhoud')),
      }));
      const shownInViewport = async (name) => {
        const box = await page.getByRole('link', { name }).boundingBox();
        assert.ok(box && box.width > 20 && box.height > 20, `${name}: visible while focused`);
        assert.ok(box.y >= 0 && box.y + box.height <= 740, `${name}: in the viewport (y ${box.y})`);
      };
      await startEvaluation(page, shared.site.url, KEUZEHULP);
      await page.locator('#paginakop').waitFor();
      await page.reload();
      await page.locator('#paginakop').waitFor();
      await page.keyboard.press('Tab');
      assert.equal((await focused()).text, 'Direct naar de inhoud');
      await page.keyboard.press('Enter');
      assert.equal((await focused()).id, 'inhoud');
      // From the top of the content the section list's own skip link is a few Tabs away, before
      // the list's ten links.
      let tabs = 0;
      while ((await focused()).text !== 'Lijst met onderdelen overslaan') {
        tabs += 1;
        assert.ok(tabs <= 3, `skip link not reached after ${tabs} Tabs (at "${(await focused()).text}")`);
        await page.keyboard.press('Tab');
      }
      await shownInViewport('Lijst met onderdelen overslaan');
      await page.keyboard.press('Enter');
      assert.equal((await focused()).id, 'paginakop');
      await page.keyboard.press('Tab');
      const first = await focused();
      assert.ok(first.inContent, `after the heading comes the first question, not ${first.text}`);
      assert.equal(first.text, 'Uitleg bij deze vraag', 'the first question\'s explanation is the next stop');

      await startEvaluation(page, shared.site.url, 'Zelfevaluatie toegang en samenhang (TSD)', { casus: true });
      await page.getByRole('button', { name: 'Casus toevoegen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Casus A' }).waitFor();
      await page.getByRole('link', { name: 'Lijst met casussen overslaan' }).focus();
      await shownInViewport('Lijst met casussen overslaan');
      await page.keyboard.press('Enter');
      assert.equal((await focused()).id, 'paginakop');
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('een sectie van de keuzehulp: landelijk cijfer bij de vraag en naast het antwoord in de resultaten, geen toegankelijkheidsfouten', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await startEvaluation(page, shared.site.url, KEUZEHULP);
      await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Positie en onafhankelijkheid' }).click();
      const figure = page.getByTestId('landelijk-functieverstrengeling');
      await figure.waitFor();
      assert.match(await figure.textContent(), /In 2024 was bij één op de acht gemeenten sprake van functieverstrengeling/);
      assert.equal(await figure.getByRole('link').getAttribute('href'), 'https://www.igj.nl/documenten/2025/10/07/wmo-toezicht-2024');
      assert.deepEqual(await axeViolations(page), []);
      // The results page puts the answer beside the same figure.
      await question(page, /ook taken in beleid, inkoop/).getByLabel('Ja, bij een deel van de toezichthouders of aanbieders').check();
      await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: 'Resultaten' }).click();
      const comparison = page.getByTestId('vergelijking-functieverstrengeling');
      await comparison.waitFor();
      assert.match(await comparison.textContent(), /Uw antwoord: Ja, bij een deel van de toezichthouders of aanbieders/);
      assert.match(await comparison.textContent(), /In 2024 was bij één op de acht gemeenten/);
      assert.equal(await page.getByTestId('landelijk-geen').count(), 0);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  // 320 CSS pixels: the width WCAG 1.4.10 (reflow) asks for, as a phone or 400 % zoom gives.
  test('past op een scherm van 320 pixels breed en toont zichtbare focus', async () => {
    const { page, problems, context } = await openPage(shared.browser, { viewport: { width: 320, height: 740 } });
    try {
      // Against the width the page has (a browser with classic scroll bars gives it less than 320).
      const noSideways = async (where) => {
        const [width, room] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        assert.ok(width <= room, `${where}: page is ${width}px wide in ${room}px`);
      };
      await page.goto(shared.site.url);
      await page.getByTestId('vragenlijsten').waitFor();
      await noSideways('startpagina');
      await startEvaluation(page, shared.site.url, KEUZEHULP);
      await noSideways('sectie');
      // Every section: the links to the next one carry the longest words ("onafhankelijkheid").
      const next = page.locator('nav.bladeren a.bladeren__next');
      for (let title = await next.locator('.bladeren__titel').textContent(); title !== 'Controleer uw antwoorden'; title = await next.locator('.bladeren__titel').textContent()) {
        await next.click();
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        await noSideways(`sectie '${title}'`);
      }
      // Wide tables scroll inside their own container there, not the page (WCAG 1.4.10 allows that).
      for (const part of ['Resultaten', 'Verbeterplan']) {
        await page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('link', { name: part }).click();
        await page.getByRole('heading', { level: 1, name: part }).waitFor();
        await noSideways(part);
      }
      await startEvaluation(page, shared.site.url, 'Zelfevaluatie toegang en samenhang (TSD)', { casus: true });
      await page.getByRole('button', { name: 'Casus toevoegen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Casus A' }).waitFor();
      await noSideways('casus');
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
      assert.notEqual(outline, 'none', 'the focused element shows an outline');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('een adres dat niet bestaat geeft een nette melding', async () => {
    const { page, problems, context } = await openPage(shared.browser);
    try {
      await page.goto(`${shared.site.url}#/evaluatie/bestaat-niet`);
      await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
      await page.getByText('Deze evaluatie bestaat niet (meer) in deze browser.').waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
