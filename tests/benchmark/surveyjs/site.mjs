// The SurveyJS side of the benchmark: a static page that renders the Keuzehulp with SurveyJS
// (survey-core and survey-js-ui 2.5.38 from npm, pinned in package.json), written into a
// temporary folder and served on 127.0.0.1 beside this app. Never shipped.
//
// The page is what a team would build with SurveyJS's own files: the minified library, its
// Dutch texts, its default theme without web fonts (the one with fonts loads them from Google,
// another host), and the converted survey as a JSON file fetched at start, as our app fetches
// its questionnaire.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { faithfulness, loadQuestionnaire, toSurveyJs } from './convert.mjs';

// The packages' own folders (their `exports` do not include the minified files).
const core = 'node_modules/survey-core';
const ui = 'node_modules/survey-js-ui';

export const SURVEYJS_FIRST_FIELD = '.sd-question input';

const FILES = {
  'survey.core.min.js': join(core, 'survey.core.min.js'),
  'dutch.min.js': join(core, 'i18n', 'dutch.min.js'),
  'survey-js-ui.min.js': join(ui, 'survey-js-ui.min.js'),
  'survey-core.fontless.min.css': join(core, 'survey-core.fontless.min.css'),
};

const PAGE = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Keuzehulp Wmo-toezicht (SurveyJS)</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="./survey-core.fontless.min.css">
<script defer src="./survey.core.min.js"></script>
<script defer src="./dutch.min.js"></script>
<script defer src="./survey-js-ui.min.js"></script>
<script defer src="./start.js"></script>
</head>
<body><div id="survey"></div></body>
</html>
`;

const START = `fetch('./survey.json')
  .then((response) => response.json())
  .then((json) => SurveyUI.renderSurvey(new Survey.Model(json), document.getElementById('survey')));
`;

/** Writes the SurveyJS site for a questionnaire; returns its folder. */
export function writeSurveyJsSite(yaml = 'questionnaires/keuzehulp-wmo-toezicht.yaml') {
  const questionnaire = loadQuestionnaire(yaml);
  const survey = toSurveyJs(questionnaire);
  faithfulness(questionnaire, survey);
  const dir = mkdtempSync(join(tmpdir(), 'surveyjs-site-'));
  for (const [name, source] of Object.entries(FILES)) copyFileSync(source, join(dir, name));
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'start.js'), START);
  writeFileSync(join(dir, 'survey.json'), JSON.stringify(survey));
  return dir;
}
