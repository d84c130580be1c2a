// A very large questionnaire (the benchmark's generated 1,000 questions) works end to end: it is
// accepted, timed with a User Timing measure, and scores and progress follow each answer.
// The benchmark (tests/benchmark/run.mjs) measures the speed; this test only checks behaviour.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateQuestionnaire } from '../benchmark/generate-questionnaire.mjs';
import { openPage, startEvaluation, useBrowserAndSite, waitUntilSaved } from './harness.mjs';

const shared = useBrowserAndSite();

test('a generated questionnaire of 1,000 questions can be added and filled in', async () => {
  const { context, page, problems } = await openPage(shared.browser);
  await page.goto(shared.site.url);
  await page.getByLabel('Vragenlijst (YAML)').setInputFiles({
    name: 'benchmark-1000.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from(generateQuestionnaire(1000)),
  });
  await page.getByTestId('vragenlijst-melding').filter({ hasText: "'Benchmark met 1000 vragen' is toegevoegd" }).waitFor();
  const measures = await page.evaluate(() => performance.getEntriesByName('vragenlijst-inlezen').length);
  assert.equal(measures, 1, 'loading the file is timed once, for the benchmark');

  await startEvaluation(page, shared.site.url, 'Benchmark met 1000 vragen');
  // Question 2 of each ten is conditional and hidden until question 1 gets a weak answer.
  await assert.doesNotReject(page.getByTestId('vraag-vraag-1').waitFor());
  assert.equal(await page.getByTestId('vraag-vraag-2').count(), 0);
  const total = await page.getByTestId('voortgang').textContent();
  assert.match(total, /^0 van 900 vragen beantwoord$/);

  await page.getByTestId('vraag-vraag-3').getByLabel('Ja', { exact: true }).check();
  await page.getByTestId('voortgang').filter({ hasText: '1 van 900 vragen beantwoord' }).waitFor();
  await page.getByTestId('vraag-vraag-1').getByLabel('Derde keuze').check();
  await page.getByTestId('vraag-vraag-2').waitFor();
  await page.getByTestId('voortgang').filter({ hasText: '2 van 901 vragen beantwoord' }).waitFor();
  assert.match(await page.getByTestId('score-waarde-samenwerking').textContent(), /^\d+% – /);
  await waitUntilSaved(page);
  assert.deepEqual(problems, []);
  await context.close();
});
