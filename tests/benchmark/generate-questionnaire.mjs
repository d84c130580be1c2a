// Generates a large, valid questionnaire for the benchmark (never shipped: it lives outside
// questionnaires/). Every feature the real files use appears, in the same proportions as in the
// keuzehulp: shared answer sets, own options with per-principle scores, multiple choice, scales,
// numbers, free text, conditional questions, N/A and recommendations.
//
//   node tests/benchmark/generate-questionnaire.mjs 500 > groot.yaml
import { pathToFileURL } from 'node:url';

const PRINCIPLES = ['onafhankelijkheid', 'transparantie', 'samenwerking'];
const QUESTIONS_PER_SECTION = 50;

/** YAML text of a questionnaire with `count` questions in sections of 50. */
export function generateQuestionnaire(count, id = `benchmark-${count}`) {
  const lines = [
    '# Gegenereerd door tests/benchmark/generate-questionnaire.mjs; alleen voor de benchmark.',
    'schema_version: 1',
    `id: ${id}`,
    'version: 1.0.0',
    `title: Benchmark met ${count} vragen`,
    'description: Gegenereerde vragenlijst om de snelheid van de app te meten.',
    'principles:',
    ...PRINCIPLES.map((p) => `  - { id: ${p}, label: ${p[0].toUpperCase()}${p.slice(1)} }`),
    'scale: { min: 0, max: 4 }',
    'levels:',
    '  - { id: beginnend, label: Beginnend, from: 0, to: 40 }',
    '  - { id: op-weg, label: Op weg, from: 40, to: 75 }',
    '  - { id: gevorderd, label: Gevorderd, from: 75, to: 100 }',
    'answer_sets:',
    '  - id: ja-deels-nee',
    '    options:',
    '      - { id: ja, label: "Ja", score: 4 }',
    '      - { id: deels, label: "Gedeeltelijk", score: 2 }',
    '      - { id: nee, label: "Nee", score: 0 }',
    'sections:',
  ];
  for (let start = 0; start < count; start += QUESTIONS_PER_SECTION) {
    const section = start / QUESTIONS_PER_SECTION + 1;
    lines.push(
      `  - id: onderdeel-${section}`,
      `    title: Onderdeel ${section}`,
      `    intro: Vragen ${start + 1} tot en met ${Math.min(count, start + QUESTIONS_PER_SECTION)}.`,
      '    questions:',
    );
    for (let n = start + 1; n <= Math.min(count, start + QUESTIONS_PER_SECTION); n++) {
      lines.push(...question(n));
    }
  }
  return `${lines.join('\n')}\n`;
}

function question(n) {
  const principle = PRINCIPLES[n % PRINCIPLES.length];
  const other = PRINCIPLES[(n + 1) % PRINCIPLES.length];
  const head = (type) => [
    `      - id: vraag-${n}`,
    `        type: ${type}`,
    `        text: Vraag ${n} over het toezicht, met genoeg tekst om op een echte vraag te lijken?`,
  ];
  const source = '        sources:\n          - { label: "Wmo 2015, artikel 6.1", url: "https://wetten.overheid.nl/BWBR0035362" }';
  const advice = (when) => [
    '        recommendations:',
    `          - id: advies-${n}`,
    `            when: ${when}`,
    '            priority: middel',
    `            title: Verbeter punt ${n}`,
    '            text: Een gegenereerde aanbeveling met een zin uitleg over wat de gemeente kan doen.',
  ];
  switch (n % 10) {
    case 1: // an own option list scoring on two principles
      return [
        ...head('single_choice'),
        '        help: Een toelichting bij de vraag, met **nadruk** op een woord.',
        source,
        `        scores_on: [${principle}, ${other}]`,
        '        options:',
        `          - { id: a, label: Eerste keuze, scores: { ${principle}: 4, ${other}: 4 } }`,
        `          - { id: b, label: Tweede keuze, scores: { ${principle}: 2, ${other}: 3 } }`,
        `          - { id: c, label: Derde keuze, scores: { ${principle}: 0, ${other}: 1 } }`,
        ...advice('{ option_in: [c] }'),
      ];
    case 2: // shown only when the previous question was answered with its weakest option
      return [
        ...head('multi_choice'),
        `        visible_if: { question: vraag-${n - 1}, option_in: [b, c] }`,
        source,
        `        scores_on: [${principle}]`,
        '        max_score: 4',
        '        options:',
        '          - { id: x, label: Eerste waarborg, score: 2 }',
        '          - { id: y, label: Tweede waarborg, score: 2 }',
        '          - { id: geen, label: Geen van deze, score: 0, exclusive: true }',
        ...advice('{ score_below_percent: 50 }'),
      ];
    case 5:
      return [
        ...head('scale'),
        '        range: { min: 1, max: 5, min_label: "Nooit", max_label: "Altijd" }',
        source,
        `        scores_on: [${principle}]`,
        ...advice('{ score_below_percent: 50 }'),
      ];
    case 7:
      return [...head('number'), '        unit: meldingen'];
    case 0:
      return head('text');
    default:
      return [
        ...head('single_choice'),
        source,
        `        scores_on: [${principle}]`,
        '        answer_set: ja-deels-nee',
        '        allow_na: true',
        ...advice('{ option_in: [deels, nee] }'),
      ];
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.argv[2] ?? 500);
  if (!Number.isInteger(count) || count < 1) {
    console.error('Gebruik: node tests/benchmark/generate-questionnaire.mjs <aantal vragen>');
    process.exit(2);
  }
  process.stdout.write(generateQuestionnaire(count));
}
