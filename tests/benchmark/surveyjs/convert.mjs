// Converts one of our questionnaires (YAML) into a SurveyJS survey, for the benchmark only: the
// same Keuzehulp rendered by SurveyJS beside this app. Never shipped.
//
//   node tests/benchmark/surveyjs/convert.mjs questionnaires/keuzehulp-wmo-toezicht.yaml > survey.json
//
// The YAML is read by our own loader (`controleer-vragenlijst --json`, the same code the app
// uses), so answer sets, anchors and defaults are resolved exactly as in the app. Mapping:
// sections → pages (title, intro), single choice → radiogroup, multi choice → checkbox (with
// exclusive options), scale → rating, number → text input of type number, text → comment; help →
// description; allow_na → "Niet van toepassing" (the none item, or a checkbox for types without
// one); every question gets a toelichting (its comment area, or for a number a comment question
// of its own); a toelichting that 'niet van toepassing' needs (on every scored question, and
// where na_requires_note asks for it) → a required toelichting shown when it is chosen; visible_if → visibleIf.
// `faithfulness` checks the result with SurveyJS's own model: same questions, options and
// conditions, and each condition shows and hides its question as ours does.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const NOT_APPLICABLE = 'Niet van toepassing';
const NONE = 'none';

/** The questionnaire in a YAML file, as our loader reads it (after validation). */
export function loadQuestionnaire(yamlPath) {
  const dir = mkdtempSync(join(tmpdir(), 'surveyjs-bron-'));
  try {
    const copy = join(dir, basename(yamlPath));
    copyFileSync(yamlPath, copy);
    execFileSync('cargo', ['run', '--quiet', '--bin', 'controleer-vragenlijst', '--', '--json', copy], { stdio: ['ignore', 'ignore', 'inherit'] });
    return JSON.parse(readFileSync(copy.replace(/\.ya?ml$/, '.json'), 'utf8')).content;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The options of a question: its own, or those of its answer set. */
export function optionsOf(questionnaire, question) {
  if (question.options.length) return question.options;
  return questionnaire.answer_sets.find((set) => set.id === question.answer_set)?.options ?? [];
}

function quoted(id) {
  return `'${id.replace(/'/g, "\\'")}'`;
}

/** A SurveyJS expression with the meaning of our `visible_if` (src/model/condition.rs). */
export function expression(condition, questionnaire) {
  if (condition.all) return condition.all.map((c) => `(${expression(c, questionnaire)})`).join(' and ');
  if (condition.any) return condition.any.map((c) => `(${expression(c, questionnaire)})`).join(' or ');
  if (condition.not) return `!(${expression(condition.not, questionnaire)})`;
  const target = questionnaire.sections.flatMap((s) => s.questions).find((q) => q.id === condition.question);
  if (!target) throw new Error(`visible_if verwijst naar onbekende vraag ${condition.question}`);
  const name = `{${target.id}}`;
  // "Answered" means a real answer: "niet van toepassing" is not one.
  const answered = `(${name} notempty and ${name} != '${NONE}' and !(${name} contains '${NONE}'))`;
  const chosen = (ids) => ids.map((id) => (target.type === 'multi_choice' ? `${name} contains ${quoted(id)}` : `${name} = ${quoted(id)}`)).join(' or ');
  const tests = [];
  if (condition.answered !== null && condition.answered !== undefined) tests.push(condition.answered ? answered : `!${answered}`);
  if (condition.option_in) tests.push(`(${chosen(condition.option_in)})`);
  if (condition.option_not_in) tests.push(`(${answered} and !(${chosen(condition.option_not_in)}))`);
  if (condition.at_least !== null && condition.at_least !== undefined) tests.push(`${name} >= ${condition.at_least}`);
  if (condition.at_most !== null && condition.at_most !== undefined) tests.push(`${name} <= ${condition.at_most}`);
  if (!tests.length) throw new Error(`visible_if zonder toets bij ${condition.question}`);
  return tests.join(' and ');
}

function element(questionnaire, question) {
  const common = {
    name: question.id,
    title: question.text,
    ...(question.help ? { description: question.help } : {}),
    ...(question.visible_if ? { visibleIf: expression(question.visible_if, questionnaire) } : {}),
  };
  const comment = { showCommentArea: true, commentText: 'Toelichting (optioneel)' };
  const options = optionsOf(questionnaire, question);
  const choices = options.map((o) => ({ value: o.id, text: o.label, ...(o.exclusive ? { isExclusive: true } : {}) }));
  const na = question.allow_na ? { showNoneItem: true, noneText: NOT_APPLICABLE } : {};
  switch (question.type) {
    case 'single_choice':
      return [{ type: 'radiogroup', ...common, choices, ...na, ...comment }];
    case 'multi_choice':
      return [{ type: 'checkbox', ...common, choices, ...na, ...comment }];
    case 'scale': {
      const { min, max, min_label: minLabel, max_label: maxLabel } = question.range;
      return [{ type: 'rating', ...common, rateMin: min, rateMax: max, minRateDescription: minLabel, maxRateDescription: maxLabel, ...comment }, ...separateNotApplicable(question, common)];
    }
    case 'number':
      // A SurveyJS text input has no comment area: its toelichting is a question of its own.
      return [
        { type: 'text', inputType: 'number', ...common, ...(question.unit ? { title: `${question.text} (${question.unit})` } : {}) },
        ...separateNotApplicable(question, common),
        { type: 'comment', name: `${question.id}-toelichting`, title: comment.commentText, ...(common.visibleIf ? { visibleIf: common.visibleIf } : {}) },
      ];
    case 'text':
      return [{ type: 'comment', ...common }];
    default:
      throw new Error(`onbekend vraagtype ${question.type}`);
  }
}

/** Types without a none item get "niet van toepassing" as a checkbox of their own. */
function separateNotApplicable(question, common) {
  if (!question.allow_na) return [];
  return [{ type: 'boolean', renderAs: 'checkbox', name: `${question.id}-nvt`, title: NOT_APPLICABLE, titleLocation: 'hidden', label: NOT_APPLICABLE, ...(common.visibleIf ? { visibleIf: common.visibleIf } : {}) }];
}

/** As `Question::na_needs_note` in src/model/questionnaire.rs. */
function needsNote(question) {
  const scored = question.type === 'text' ? false : question.type === 'number' ? (question.bands ?? []).length > 0 : (question.scores_on ?? []).length > 0;
  return Boolean(question.allow_na) && (Boolean(question.na_requires_note) || scored);
}

function requiredNote(question) {
  if (!needsNote(question)) return [];
  const chosen = question.type.endsWith('choice') ? `{${question.id}} = '${NONE}' or {${question.id}} contains '${NONE}'` : `{${question.id}-nvt} = true`;
  return [{ type: 'comment', name: `${question.id}-nvt-toelichting`, title: "Toelichting (nodig bij 'niet van toepassing')", isRequired: true, visibleIf: chosen }];
}

/** The SurveyJS survey JSON for a questionnaire. */
export function toSurveyJs(questionnaire) {
  return {
    title: questionnaire.title,
    description: questionnaire.description,
    locale: 'nl',
    showQuestionNumbers: 'off',
    pages: questionnaire.sections.map((section) => ({
      name: section.id,
      title: section.title,
      ...(section.intro ? { description: section.intro } : {}),
      elements: section.questions.flatMap((q) => [...element(questionnaire, q), ...requiredNote(q)]),
    })),
  };
}

/**
 * Checks the conversion with SurveyJS's own model and throws on any difference: the same pages,
 * questions (each of ours is one SurveyJS question, plus helpers for "niet van toepassing"),
 * options, "niet van toepassing" items and conditions; and every option_in condition shows its
 * question exactly for the options ours does.
 */
export function faithfulness(questionnaire, survey) {
  const { Model } = require('survey-core');
  const model = new Model(survey);
  const ours = questionnaire.sections.flatMap((s) => s.questions);
  const problems = [];
  const expect = (what, theirs, wanted) => theirs !== wanted && problems.push(`${what}: SurveyJS ${theirs}, wij ${wanted}`);
  expect('pagina\'s', model.pages.length, questionnaire.sections.length);
  const questions = model.getAllQuestions().filter((q) => ours.some((o) => o.id === q.name));
  expect('vragen', questions.length, ours.length);
  const optionCount = (list) => list.reduce((n, q) => n + q, 0);
  expect('opties', optionCount(questions.map((q) => q.choices?.length ?? 0)), optionCount(ours.map((q) => (q.type.endsWith('choice') ? optionsOf(questionnaire, q).length : 0))));
  const naItems = model.getAllQuestions().filter((q) => q.showNoneItem || q.name.endsWith('-nvt')).length;
  expect("'niet van toepassing'", naItems, ours.filter((q) => q.allow_na).length);
  const hasNote = (q) => q.showCommentArea || q.getType() === 'comment' || model.getQuestionByName(`${q.name}-toelichting`);
  expect('toelichtingen', questions.filter(hasNote).length, ours.length);
  const requiredNotes = model.getAllQuestions().filter((q) => q.name.endsWith('-nvt-toelichting') && q.isRequired).length;
  expect("verplichte toelichtingen bij 'niet van toepassing'", requiredNotes, ours.filter(needsNote).length);
  const conditional = ours.filter((q) => q.visible_if);
  expect('voorwaarden', questions.filter((q) => q.visibleIf).length, conditional.length);
  expect('exclusieve opties', questions.flatMap((q) => q.choices ?? []).filter((c) => c.isExclusive).length, ours.flatMap((q) => optionsOf(questionnaire, q)).filter((o) => o.exclusive && ours.some((x) => x.type === 'multi_choice' && optionsOf(questionnaire, x).includes(o))).length);

  for (const question of conditional.filter((q) => q.visible_if.question && q.visible_if.option_in)) {
    const target = ours.find((q) => q.id === question.visible_if.question);
    for (const option of optionsOf(questionnaire, target)) {
      model.clear();
      model.setValue(target.id, target.type === 'multi_choice' ? [option.id] : option.id);
      const shown = model.getQuestionByName(question.id).isVisible;
      expect(`${question.id} zichtbaar bij ${target.id} = ${option.id}`, shown, question.visible_if.option_in.includes(option.id));
    }
    model.clear();
    expect(`${question.id} zichtbaar zonder antwoord op ${target.id}`, model.getQuestionByName(question.id).isVisible, false);
  }
  if (problems.length) throw new Error(`De SurveyJS-versie wijkt af:\n${problems.join('\n')}`);
  return { pages: model.pages.length, questions: questions.length, conditions: conditional.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2] ?? 'questionnaires/keuzehulp-wmo-toezicht.yaml';
  const questionnaire = loadQuestionnaire(file);
  const survey = toSurveyJs(questionnaire);
  const counts = faithfulness(questionnaire, survey);
  console.error(`${file}: ${counts.pages} pagina's, ${counts.questions} vragen, ${counts.conditions} voorwaarden; gelijk aan de app`);
  console.log(JSON.stringify(survey, null, 2));
}
