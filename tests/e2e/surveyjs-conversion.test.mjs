// The benchmark's SurveyJS version of the Keuzehulp (tests/benchmark/surveyjs/) must stay the same
// questionnaire as ours, or the comparison says nothing: the converter's check, and that the check
// notices a difference.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { faithfulness, loadQuestionnaire, toSurveyJs } from '../benchmark/surveyjs/convert.mjs';

const keuzehulp = loadQuestionnaire('questionnaires/keuzehulp-wmo-toezicht.yaml');

test('de SurveyJS-versie van de Keuzehulp heeft dezelfde onderdelen, vragen en voorwaarden', () => {
  const counts = faithfulness(keuzehulp, toSurveyJs(keuzehulp));
  assert.deepEqual(counts, { pages: 8, questions: 53, conditions: 9 });
});

test('de controle ziet een ontbrekende voorwaarde, optie of toelichting', () => {
  const mutations = {
    voorwaarden: (q) => delete q.visibleIf,
    opties: (q) => q.choices?.pop(),
    toelichtingen: (q) => delete q.showCommentArea,
  };
  for (const [what, mutate] of Object.entries(mutations)) {
    const survey = toSurveyJs(keuzehulp);
    const target = survey.pages.flatMap((p) => p.elements).find((e) => e.visibleIf && e.choices && e.showCommentArea);
    mutate(target);
    assert.throws(() => faithfulness(keuzehulp, survey), new RegExp(what), what);
  }
});

test("een voorwaarde die bij de verkeerde optie verschijnt, valt op", () => {
  const survey = toSurveyJs(keuzehulp);
  const target = survey.pages.flatMap((p) => p.elements).find((e) => e.name === 'waarborgen-verstrengeling');
  assert.match(target.visibleIf, /\{functieverstrengeling\} = 'soms'/);
  target.visibleIf = target.visibleIf.replace(/= '([^']+)'/, "!= '$1'");
  assert.throws(() => faithfulness(keuzehulp, survey), /zichtbaar bij/);
});
