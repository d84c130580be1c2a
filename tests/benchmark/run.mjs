// Benchmark: builds the release site, serves it on 127.0.0.1 and measures in headless Chromium
// what a municipal laptop would feel. Writes tests/benchmark/results.md (date, machine, numbers,
// budgets). Not part of the test suite: timings depend on the machine.
//
//   node tests/benchmark/run.mjs [--no-build] [--loads 15] [--clicks 120] [--parses 10]
//
// What is measured, and how:
// - transfer size: every file the browser fetches to open the start page and a question page,
//   raw, gzip (level 9, as a static host serves precompressed files) and brotli;
// - first question: a fresh browser profile per load (empty cache), with a stored evaluation,
//   navigated once the new browser window has finished starting its own UI;
//   the page itself records performance.now() when the first answer field appears (the
//   handlers are attached when Leptos creates it, so it can be used from then on);
// - answer → update: a generated 500-question questionnaire; the page clicks an unanswered
//   answer and records the time until both the progress text and the score list have changed;
// - parse + validate: a generated 1,000-question YAML chosen in 'Eigen vragenlijst toevoegen';
//   the app wraps loading and validation in a User Timing measure ('vragenlijst-inlezen');
// - side by side with SurveyJS (surveyjs/): the same Keuzehulp, both sites served gzip-compressed
//   on 127.0.0.1, cold profiles alternating between the two, on the plain loopback and on an
//   emulated 10 Mbit/s line with 20 ms latency: bytes on the wire and time to the first answer
//   field, and all files of each site; then, on that line, click → results and click → plan.
import { execFileSync, execSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launchBrowser, openPage, startEvaluation, startSite, waitUntilSaved } from '../e2e/harness.mjs';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { generateQuestionnaire } from './generate-questionnaire.mjs';
import { CLICKED_PARTS, SLOW_LINE, clickToPart, coldLoad, firstQuestionReports, observeFirstQuestion, storedEvaluation } from './cold-load.mjs';
import { SURVEYJS_FIRST_FIELD, writeSurveyJsSite } from './surveyjs/site.mjs';

const options = parseArguments(process.argv.slice(2));
const BUDGET = {
  gzipKb: 200,
  firstQuestionMs: 300,
  answerP95Ms: 16,
  parseMs: 50,
  // Issue #18: half of SurveyJS's bytes and time to the first question, the whole app within
  // SurveyJS's bytes, results and plan within 150 ms of the click at 10 Mbit/s.
  firstQuestionKb: 210,
  wholeAppKb: 416,
  ratio: 0.5,
  clickMs: 150,
};
const RESULTS = 'tests/benchmark/results.md';

if (options.build) execFileSync('bash', ['scripts/build.sh'], { stdio: 'inherit' });

const browser = await launchBrowser();
const site = await startSite();
try {
  const sizes = await transferSizes();
  const stored = await storedEvaluation(browser, site.url);
  const firstQuestion = await firstQuestionTimes(stored, options.loads);
  const warm = await warmLoadTimes(stored, options.loads);
  const work = await mainThreadWorkOfColdLoads(stored, 5);
  const answer = await answerUpdateTimes(options.clicks);
  const parse = await parseTimes(options.parses);
  const save = { alone: await saveTimes(0), crowded: await saveTimes(50) };
  const versus = await sideBySide(stored, options.loads);
  const report = renderReport({ sizes, firstQuestion, warm, work, answer, parse, save, versus });
  writeFileSync(RESULTS, report);
  console.log(report);
  console.log(`Geschreven naar ${RESULTS}`);
} finally {
  await site.close();
  await browser.close();
}

// ---------------------------------------------------------------------------------------------

async function transferSizes() {
  const { context, page } = await openPage(browser, { bypassCSP: false });
  // Only what came with content: the app asks for a YAML file's date with HEAD, which carries
  // none (its headers are in the bytes on the wire measured beside SurveyJS).
  const fetched = [];
  page.on('request', (request) => request.method() === 'GET' && fetched.push(request.url()));
  await startEvaluation(page, site.url, 'Keuzehulp Wmo-toezicht');
  await page.locator('.vraag input').first().waitFor();
  await context.close();
  const files = [...new Set(fetched)]
    .filter((url) => url.startsWith(site.url))
    .map((url) => new URL(url).pathname.slice(1) || 'index.html')
    .map((path) => (path.endsWith('/') ? `${path}index.html` : path));
  const rows = files.map((file) => {
    const bytes = readFileSync(join('dist', file));
    return {
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const unused = allFiles('dist').filter((f) => !files.includes(f));
  return { rows, unused };
}

function allFiles(dir, root = 'dist') {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path, root) : [relative(root, path)];
  });
}

async function firstQuestionTimes(stored, loads) {
  const times = [];
  for (let i = 0; i < loads; i++) times.push(await coldLoad(browser, site.url, stored));
  return times;
}

/**
 * Reloading in the same profile. The test server sends `Cache-Control: no-cache` without
 * validators, so the files are downloaded again; what the browser keeps between loads of one
 * profile (compiled code among it) makes the difference with a cold load.
 */
async function warmLoadTimes({ entries, id }, loads) {
  const { context, page, problems } = await openPage(browser, { bypassCSP: false });
  await context.addInitScript(observeFirstQuestion);
  const nextFirstQuestion = await firstQuestionReports(context);
  await page.goto(site.url);
  await page.evaluate((stored) => stored.forEach(([key, value]) => localStorage.setItem(key, value)), entries);
  await page.goto(`${site.url}#/evaluatie/${id}`);
  await nextFirstQuestion();
  const times = [];
  for (let i = 0; i <= loads; i++) {
    await page.reload();
    await nextFirstQuestion();
    // The first reload is not counted: it is the first with the evaluation in storage.
    if (i > 0) times.push(await page.evaluate(() => window.__firstQuestionAt));
  }
  if (problems.length) throw new Error(problems.join('\n'));
  await context.close();
  return times;
}

/**
 * Cold loads again, now traced (tracing slows a load a little, so these are not the loads
 * timed above): the main thread's CPU time until the first question, and what it went to.
 */
async function mainThreadWorkOfColdLoads(stored, loads) {
  const results = [];
  for (let i = 0; i < loads; i++) results.push((await coldLoad(browser, site.url, stored, { traced: true })).work);
  return results;
}

async function answerUpdateTimes(clicks) {
  const { context, page, problems } = await openPage(browser, { bypassCSP: false });
  await page.goto(site.url);
  await chooseQuestionnaireFile(page, 'benchmark-500.yaml', generateQuestionnaire(500));
  await page.getByTestId('vragenlijst-melding').filter({ hasText: 'is toegevoegd' }).waitFor();
  await startEvaluation(page, site.url, 'Benchmark met 500 vragen');
  const id = new URL(page.url()).hash.split('/')[2];
  const times = [];
  for (let section = 1; times.length < clicks; section++) {
    await page.goto(`${site.url}#/evaluatie/${id}/onderdeel-${section}`);
    await page.getByTestId('vraag-vraag-' + ((section - 1) * 50 + 1)).waitFor();
    times.push(...(await page.evaluate(clickEveryUnansweredQuestion)));
  }
  if (problems.length) throw new Error(problems.join('\n'));
  await context.close();
  return times.slice(0, clicks);
}

/** Runs in the page: answers each unanswered radio question in turn, timing each update. */
async function clickEveryUnansweredQuestion() {
  const progress = document.querySelector('[data-testid=voortgang]');
  const scores = document.querySelector('[data-testid=scores]');
  const watch = { childList: true, subtree: true, characterData: true, attributes: true };
  const times = [];
  for (const field of document.querySelectorAll('.vraag')) {
    const radio = field.querySelector('input[type=radio]');
    if (!radio || field.querySelector('input:checked')) continue;
    const changed = new Set();
    const observers = [];
    const updated = new Promise((resolve, reject) => {
      const timeout = setTimeout(() => reject(new Error(`geen update na klik op ${field.id}`)), 5000);
      for (const [name, target] of [['voortgang', progress], ['scores', scores]]) {
        const observer = new MutationObserver(() => {
          changed.add(name);
          if (changed.size === 2) {
            clearTimeout(timeout);
            resolve(performance.now());
          }
        });
        observer.observe(target, watch);
        observers.push(observer);
      }
    });
    const start = performance.now();
    radio.click();
    const end = await updated.finally(() => observers.forEach((o) => o.disconnect()));
    times.push(end - start);
    // A person needs far longer than this between clicks; the pause lets the page settle.
    await new Promise((r) => setTimeout(r, 20));
  }
  return times;
}

/** How long one autosave takes with `others` other evaluations in the same browser. */
async function saveTimes(others, saves = 12) {
  const { context, page, problems } = await openPage(browser, { bypassCSP: false });
  await startEvaluation(page, site.url, 'Keuzehulp Wmo-toezicht');
  await waitUntilSaved(page);
  const id = new URL(page.url()).hash.split('/')[2];
  await page.evaluate(({ id, others }) => {
    const prefix = 'wmo-zelfevaluatie/v1/assessment/';
    const own = JSON.parse(localStorage.getItem(prefix + id));
    for (let n = 1; n <= others; n++) localStorage.setItem(`${prefix}ander-${n}`, JSON.stringify({ ...own, id: `ander-${n}` }));
  }, { id, others });
  await page.reload();
  const options = page.locator('.vraag').first().locator('input[type=radio]');
  await options.first().waitFor();
  const times = [];
  for (let i = 0; i < saves; i++) {
    await options.nth(i % 2).check();
    await page.waitForFunction((n) => performance.getEntriesByName('opslaan').length > n, i);
    times.push(await page.evaluate(() => performance.getEntriesByName('opslaan').at(-1).duration));
  }
  if (problems.length) throw new Error(problems.join('\n'));
  await context.close();
  return times;
}

async function chooseQuestionnaireFile(page, name, text) {
  await page.getByLabel('Vragenlijst (YAML)').setInputFiles({ name, mimeType: 'text/yaml', buffer: Buffer.from(text) });
}

async function parseTimes(parses) {
  const { context, page, problems } = await openPage(browser, { bypassCSP: false });
  await page.goto(site.url);
  const yaml = generateQuestionnaire(1000);
  const times = [];
  for (let i = 0; i < parses; i++) {
    await chooseQuestionnaireFile(page, 'benchmark-1000.yaml', yaml);
    await page.waitForFunction((n) => performance.getEntriesByName('vragenlijst-inlezen').length > n, i);
    times.push(await page.evaluate(() => performance.getEntriesByName('vragenlijst-inlezen').at(-1).duration));
  }
  if (problems.length) throw new Error(problems.join('\n'));
  await context.close();
  return { times, bytes: Buffer.byteLength(yaml) };
}

/**
 * This app and SurveyJS with the same Keuzehulp, each served gzip-compressed on 127.0.0.1; cold
 * loads alternate between the two so that a busy moment of the machine hits both alike.
 */
async function sideBySide(stored, loads) {
  const surveyDir = writeSurveyJsSite();
  const oursServer = await serveDist({ dir: 'dist', gzip: true });
  const surveyServer = await serveDist({ dir: surveyDir, gzip: true });
  try {
    const ours = await storedEvaluation(browser, oursServer.url);
    const lines = {};
    for (const [line, network] of [['loopback', undefined], ['10 Mbit/s, 20 ms', SLOW_LINE]]) {
      const runs = { ours: [], surveyjs: [] };
      for (let i = 0; i < loads; i++) {
        const order = i % 2 ? ['ours', 'surveyjs'] : ['surveyjs', 'ours'];
        for (const who of order) {
          const load = who === 'ours'
            ? await coldLoad(browser, oursServer.url, ours, { network })
            : await coldLoad(browser, surveyServer.url, null, { network, selector: SURVEYJS_FIRST_FIELD });
          runs[who].push(load);
        }
      }
      lines[line] = runs;
    }
    // Clicked as soon as the first question is there (their code not yet fetched), and after
    // five seconds on it (the app fetches it in the background three seconds after opening).
    const clicks = { results: [], plan: [], 'results-after-pause': [], 'plan-after-pause': [] };
    for (let i = 0; i < Math.ceil(loads / 2); i++) {
      for (const [part, link, ready] of CLICKED_PARTS) {
        for (const pause of [0, 5000]) {
          const then = async (page) => {
            if (pause) await page.waitForTimeout(pause);
            return clickToPart(page, link, ready);
          };
          const load = await coldLoad(browser, oursServer.url, ours, { network: SLOW_LINE, then });
          clicks[pause ? `${part}-after-pause` : part].push(load.after);
        }
      }
    }
    const files = { ours: siteFiles('dist'), surveyjs: siteFiles(surveyDir) };
    return { lines, clicks, files };
  } finally {
    await oursServer.close();
    await surveyServer.close();
    rmSync(surveyDir, { recursive: true, force: true });
  }
}

/** Every file a site may send (not its README), with its gzip size. */
function siteFiles(dir) {
  return allFiles(dir, dir)
    .filter((file) => !file.endsWith('.md'))
    .map((file) => ({ file, gzip: gzipSync(readFileSync(join(dir, file)), { level: 9 }).length }));
}

// ---------------------------------------------------------------------------------------------

function renderReport({ sizes, firstQuestion, warm, work, answer, parse, save, versus }) {
  const kb = (n) => (n / 1024).toFixed(1);
  const ms = (n) => n.toFixed(1);
  const total = (key, rows = sizes.rows) => rows.reduce((sum, r) => sum + r[key], 0);
  // The budget counts the app, its styles and the two real questionnaires.
  const budgeted = sizes.rows.filter((r) => !/voorbeeld|cijfers|index\.json/.test(r.file));
  const inPage = firstQuestion.map((t) => t.inPage);
  const driver = firstQuestion.map((t) => t.driver);
  const check = (ok) => (ok ? 'gehaald' : '**niet gehaald**');
  const budgetGzip = total('gzip', budgeted);
  const rows = [
    ['Transfer (gzip), app + stijl + beide vragenlijsten', `${kb(budgetGzip)} KB`, `≤ ${BUDGET.gzipKb} KB`, check(budgetGzip <= BUDGET.gzipKb * 1024)],
    [`Navigatie → eerste vraag bruikbaar (mediaan van ${inPage.length} koude laadbeurten)`, `${ms(median(inPage))} ms`, `< ${BUDGET.firstQuestionMs} ms`, check(median(inPage) < BUDGET.firstQuestionMs)],
    [`Antwoord → score en voortgang bijgewerkt, 500 vragen (p95 van ${answer.length} klikken)`, `${ms(percentile(answer, 95))} ms`, `< ${BUDGET.answerP95Ms} ms`, check(percentile(answer, 95) < BUDGET.answerP95Ms)],
    [`Inlezen + controleren van 1.000 vragen (mediaan van ${parse.times.length})`, `${ms(median(parse.times))} ms`, `< ${BUDGET.parseMs} ms`, check(median(parse.times) < BUDGET.parseMs)],
    ...versusBudgets(versus),
  ];
  return [
    '# Benchmarkresultaten',
    '',
    `Gemeten op ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${git('rev-parse --short HEAD')}${git('status --porcelain') ? ' (met lokale wijzigingen)' : ''}.`,
    '',
    `Machine: ${machine()}.`,
    '',
    'Opnieuw meten: `node tests/benchmark/run.mjs` (bouwt eerst de release-site; `--no-build` slaat dat over).',
    'De getallen hangen af van de machine; ze staan daarom niet in de tests.',
    '',
    '## Budgetten',
    '',
    '| Meting | Gemeten | Budget | |',
    '|---|---:|---:|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    '## Overdracht per bestand',
    '',
    'Alle bestanden die de browser ophaalt voor de startpagina en een vraagpagina. Gzip op niveau 9',
    '(zoals een statische host vooraf gecomprimeerde bestanden serveert), brotli op kwaliteit 11.',
    '',
    '| Bestand | Ruw (KB) | Gzip (KB) | Brotli (KB) |',
    '|---|---:|---:|---:|',
    ...sizes.rows.map((r) => `| ${r.file.replace(/-[0-9a-f]{8,16}(?=[._])/, '-…')} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`),
    `| **Totaal** | **${kb(total('raw'))}** | **${kb(total('gzip'))}** | **${kb(total('brotli'))}** |`,
    `| Binnen het budget (zonder voorbeeld, cijfers en index) | ${kb(total('raw', budgeted))} | ${kb(budgetGzip)} | ${kb(total('brotli', budgeted))} |`,
    '',
    sizes.unused.length ? `Niet opgehaald bij het openen: ${sizes.unused.join(', ')}.` : '',
    '',
    '## Tijden (ms)',
    '',
    '| Meting | n | mediaan | p95 | min | max |',
    '|---|---:|---:|---:|---:|---:|',
    stats('Eerste vraag, gemeten in de pagina (vanaf navigatiestart)', inPage),
    stats('Eerste vraag, gemeten door de testdriver (goto → melding van de pagina)', driver),
    stats('Eerste vraag bij opnieuw laden (zelfde browserprofiel)', warm),
    stats('Koude laadbeurt met trace: navigatie → eerste vraag (kloktijd)', work.map((w) => w.wall)),
    stats('… waarvan de hoofdthread rekende (CPU-tijd)', work.map((w) => w.cpu)),
    stats('… CPU: WebAssembly-functies compileren bij eerste aanroep', work.map((w) => w.compile)),
    stats('… CPU: stijl, layout en tekenen', work.map((w) => w.layout)),
    stats('… CPU: de rest (JavaScript, WebAssembly uitvoeren, HTML, netwerkafhandeling)', work.map((w) => w.other)),
    stats('Antwoord → score en voortgang bijgewerkt (500 vragen)', answer),
    stats(`Inlezen + controleren, 1.000 vragen (${kb(parse.bytes)} KB YAML)`, parse.times),
    stats('Automatisch opslaan, enige evaluatie in de browser', save.alone),
    stats('Automatisch opslaan, naast 50 andere evaluaties', save.crowded),
    '',
    'De regels met een trace tellen alleen de tijd dat de hoofdthread van de pagina echt rekende. Het',
    'verschil met de kloktijd is wachten: op het netwerk, en op een processorkern die bezet is door',
    'andere processen of door de achtergrondthreads van de browser (die onder meer de WebAssembly',
    'verder optimaliseren).',
    '',
    'Opslaan gebeurt na een pauze van 400 ms (niet bij elke toetsaanslag) en leest en schrijft alleen',
    'de sleutel van de open evaluatie; tests/e2e/saving.test.mjs controleert beide.',
    '',
    ...versusSection(versus),
  ].join('\n');
  function stats(label, values) {
    return `| ${label} | ${values.length} | ${ms(median(values))} | ${ms(percentile(values, 95))} | ${ms(Math.min(...values))} | ${ms(Math.max(...values))} |`;
  }
}

/** The budget rows of issue #18: this app against SurveyJS in the same run. */
function versusBudgets(versus) {
  const v = versusNumbers(versus);
  const check = (ok) => (ok ? 'gehaald' : '**niet gehaald**');
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const ratio = (a, b) => (a / b).toFixed(2);
  return [
    ['Tot de eerste vraag op de lijn (gzip), koud', `${kb(v.bytes.ours)} (SurveyJS ${kb(v.bytes.surveyjs)}, ${ratio(v.bytes.ours, v.bytes.surveyjs)}×)`, `≤ ${BUDGET.firstQuestionKb} KB`, check(v.bytes.ours <= BUDGET.firstQuestionKb * 1024)],
    ['Alle bestanden van de app samen (gzip)', `${kb(v.all.ours)} (SurveyJS ${kb(v.all.surveyjs)})`, `≤ ${BUDGET.wholeAppKb} KB`, check(v.all.ours <= BUDGET.wholeAppKb * 1024)],
    ...Object.entries(v.times).map(([line, t]) => [
      `Eerste vraag, koud, ${line} (mediaan van ${t.n})`,
      `${t.ours.toFixed(0)} ms (SurveyJS ${t.surveyjs.toFixed(0)} ms, ${ratio(t.ours, t.surveyjs)}×)`,
      `≤ ${BUDGET.ratio}× SurveyJS`,
      check(t.ours <= BUDGET.ratio * t.surveyjs),
    ]),
    ...Object.entries(v.clicks).map(([part, c]) => [
      `Klik → ${clickLabel(part).toLowerCase()} getoond, koud, 10 Mbit/s (max van ${c.n})`,
      `${c.max.toFixed(0)} ms (mediaan ${c.median.toFixed(0)})`,
      `≤ ${BUDGET.clickMs} ms`,
      check(c.max <= BUDGET.clickMs),
    ]),
  ];
}

/** 'results', 'plan-after-pause', …: what the click opened, and when. */
function clickLabel(part) {
  const name = part.startsWith('results') ? 'Resultaten' : 'Verbeterplan';
  return part.endsWith('after-pause') ? `${name}, na 5 s op de eerste vraag` : `${name}, meteen na de eerste vraag`;
}

function versusNumbers({ lines, clicks, files }) {
  const loopback = lines.loopback;
  const sum = (list) => list.reduce((total, f) => total + f.gzip, 0);
  return {
    bytes: { ours: median(loopback.ours.map((l) => l.bytes)), surveyjs: median(loopback.surveyjs.map((l) => l.bytes)) },
    all: { ours: sum(files.ours), surveyjs: sum(files.surveyjs) },
    times: Object.fromEntries(Object.entries(lines).map(([line, runs]) => [line, { n: runs.ours.length, ours: median(runs.ours.map((l) => l.inPage)), surveyjs: median(runs.surveyjs.map((l) => l.inPage)) }])),
    clicks: Object.fromEntries(Object.entries(clicks).map(([part, times]) => [part, { n: times.length, max: Math.max(...times), median: median(times) }])),
  };
}

function versusSection(versus) {
  const v = versusNumbers(versus);
  const ms = (n) => n.toFixed(1);
  const kb = (n) => (n / 1024).toFixed(1);
  const rows = [];
  for (const [line, runs] of Object.entries(versus.lines)) {
    for (const who of ['ours', 'surveyjs']) {
      const values = runs[who].map((l) => l.inPage);
      rows.push(`| ${who === 'ours' ? 'Deze app' : 'SurveyJS'}, ${line} | ${values.length} | ${ms(median(values))} | ${ms(percentile(values, 95))} | ${ms(Math.min(...values))} | ${ms(Math.max(...values))} | ${kb(median(runs[who].map((l) => l.bytes)))} |`);
    }
  }
  const fileRows = (list) => list.map((f) => `${f.file.replace(/-[0-9a-f]{16}(?=[._])/, '-…')} ${kb(f.gzip)}`).join(', ');
  return [
    '## Naast SurveyJS (zelfde Keuzehulp, zelfde run)',
    '',
    'SurveyJS 2.5.38 (survey-core en survey-js-ui van npm) toont dezelfde Keuzehulp, omgezet uit onze YAML',
    'door tests/benchmark/surveyjs/convert.mjs: onderdelen als pagina\'s, opties, \'niet van toepassing\',',
    'toelichting en voorwaarden (de omzetting controleert met het model van SurveyJS dat vragen, opties en',
    'voorwaarden gelijk zijn). Beide sites gzip-gecomprimeerd op 127.0.0.1, koude profielen om en om; voor',
    'deze app een opgeslagen Keuzehulp-evaluatie die wordt geopend. Bytes: alles wat de browser tot de',
    'eerste vraag over de lijn kreeg (gecomprimeerd, met headers). De lijn van 10 Mbit/s met 20 ms',
    'vertraging is nagebootst met Network.emulateNetworkConditions.',
    '',
    `Verhoudingen deze app / SurveyJS: bytes tot de eerste vraag ${(v.bytes.ours / v.bytes.surveyjs).toFixed(2)}, alle bestanden ${(v.all.ours / v.all.surveyjs).toFixed(2)}, ` +
      Object.entries(v.times).map(([line, t]) => `eerste vraag ${line} ${(t.ours / t.surveyjs).toFixed(2)}`).join(', ') + '.',
    '',
    '| Koude laadbeurt | n | mediaan (ms) | p95 | min | max | KB tot de eerste vraag |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    '| Klik in een koude evaluatie, 10 Mbit/s | n | mediaan (ms) | max (ms) |',
    '|---|---:|---:|---:|',
    ...Object.entries(versus.clicks).map(([part, times]) => `| ${clickLabel(part)} | ${times.length} | ${ms(median(times))} | ${ms(Math.max(...times))} |`),
    '',
    `Alle bestanden van deze app (gzip, KB): ${fileRows(versus.files.ours)}.`,
    '',
    `Alle bestanden van de SurveyJS-pagina (gzip, KB): ${fileRows(versus.files.surveyjs)}.`,
    '',
  ];
}

function median(values) {
  return percentile(values, 50);
}

/** Nearest-rank percentile. */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

function git(args) {
  try {
    return execSync(`git ${args}`, { encoding: 'utf8' }).trim();
  } catch {
    return 'onbekend';
  }
}

function machine() {
  const version = (command) => {
    try {
      return execSync(command, { encoding: 'utf8' }).trim().split('\n')[0];
    } catch {
      return 'onbekend';
    }
  };
  const os = version('. /etc/os-release && echo "$PRETTY_NAME"');
  return [
    `${cpus()[0]?.model ?? 'onbekende processor'}, ${cpus().length} kernen, ${(totalmem() / 2 ** 30).toFixed(0)} GB geheugen`,
    `${os} (Linux ${release()})`,
    version('/usr/bin/chromium --version'),
    version('rustc --version'),
    `Node ${process.version}`,
  ].join('; ');
}

function parseArguments(args) {
  const result = { build: true, loads: 15, clicks: 120, parses: 10 };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    if (flag === '--no-build') result.build = false;
    else if (['--loads', '--clicks', '--parses'].includes(flag)) result[flag.slice(2)] = Number(args[++i]);
    else {
      console.error(`Onbekende optie ${flag}. Gebruik: node tests/benchmark/run.mjs [--no-build] [--loads N] [--clicks N] [--parses N]`);
      process.exit(2);
    }
  }
  if (result.loads < 10 || result.clicks < 100) {
    console.error('Meet ten minste 10 laadbeurten en 100 klikken (--loads, --clicks).');
    process.exit(2);
  }
  return result;
}
