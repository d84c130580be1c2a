// Benchmark of the Regio-overzicht: 400 evaluation files (every municipality of the country,
// three questionnaire versions) chosen at once, imported and shown, in headless Chromium on
// 127.0.0.1. Budget: import and render in under 2 s. Writes tests/benchmark/region-results.md
// (date, commit, machine). Not part of the test suite: timings depend on the machine.
//
//   node tests/benchmark/region.mjs [--no-build] [--runs 5] [--files 400]
//
// What is measured, in the page itself (performance.now(), so the time Playwright takes to hand
// 1.7 MB of files to the browser is not counted):
// - import: from the file field's `change` event until the import report and the table of all
//   members are on the page and a frame has been drawn (reading the files, checking each one,
//   computing the overview, saving the region, rendering);
// - scores: from the click on "Scores en hittekaart" until the heat map (members × sections
//   cells) and its table are on the page and a frame has been drawn;
// - the app's own User Timing measures: `regio-importeren` (the model's import),
//   `regio-overzicht` (computing the overview) and `regio-opslaan` (writing the region).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, openPage, startSite } from '../e2e/harness.mjs';

const BUDGET_MS = 2000;
const RESULTS = 'tests/benchmark/region-results.md';
const options = parseArguments(process.argv.slice(2));

if (options.build) execFileSync('bash', ['scripts/build.sh'], { stdio: 'inherit' });

const folder = mkdtempSync(join(tmpdir(), 'regio-benchmark-'));
execFileSync(
  'cargo',
  ['run', '--quiet', '--release', '--example', 'generate-evaluations', '--', String(options.files), folder, '--versions', '2026.3.0,2025.2.0,2025.1.0'],
  { stdio: 'inherit' },
);
const files = readdirSync(folder).sort().map((name) => join(folder, name));

const browser = await launchBrowser();
const site = await startSite();
try {
  const runs = [];
  for (let i = 0; i < options.runs; i++) {
    runs.push(await oneRun());
    console.log(`run ${i + 1}: ${JSON.stringify(runs.at(-1))}`);
  }
  const report = renderReport(runs, browser.version());
  writeFileSync(RESULTS, report);
  console.log(report);
  console.log(`Geschreven naar ${RESULTS}`);
} finally {
  await site.close();
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------

/** A fresh browser profile: a new region, all files at once, then the scores page. */
async function oneRun() {
  const { context, page, problems } = await openPage(browser, { bypassCSP: false });
  await context.addInitScript(() => {
    document.addEventListener('change', (event) => {
      if (event.target.id === 'regio-bestanden') window.__importStart = performance.now();
    }, true);
    document.addEventListener('click', (event) => {
      if (event.target.closest?.('a')?.textContent === 'Scores en hittekaart') window.__scoresStart = performance.now();
    }, true);
  });
  await page.goto(`${site.url}#/regio`);
  await page.getByRole('button', { name: 'Regio-overzicht maken' }).click();
  const field = page.getByLabel('Evaluatiebestanden (JSON)');
  await field.waitFor();

  await field.setInputFiles(files);
  const importMs = await timeUntil(page, '__importStart', (count) =>
    document.querySelector('[data-testid=import-resultaat]') &&
    document.querySelectorAll('[data-testid=gemeenten] tbody tr').length === count, files.length);

  await page.getByRole('link', { name: 'Scores en hittekaart' }).click();
  const cells = files.length * 8;
  const scoresMs = await timeUntil(page, '__scoresStart', ([count, cells]) =>
    document.querySelectorAll('[data-testid=hittekaart] rect.hittekaart__cel').length === cells &&
    document.querySelectorAll('[data-testid=hittekaart-tabel] tbody tr').length === count, [files.length, cells]);

  const measures = await page.evaluate(() =>
    Object.fromEntries(['regio-importeren', 'regio-overzicht', 'regio-opslaan'].map((name) => [
      name,
      performance.getEntriesByName(name).map((entry) => Math.round(entry.duration)),
    ])));
  const stored = await page.evaluate(() =>
    Object.entries(localStorage).filter(([key]) => key.includes('/regio/')).map(([, value]) => value.length)[0]);
  if (problems.length) throw new Error(problems.join('\n'));
  await context.close();
  return { importMs, scoresMs, totalMs: importMs + scoresMs, measures, storedChars: stored };
}

/**
 * Milliseconds from the page's `window[startName]` until `done(arg)` holds and the next frame
 * has been drawn, measured in the page (a MutationObserver sees the change as it happens).
 */
async function timeUntil(page, startName, done, arg) {
  return page.evaluate(([startName, doneSource, arg]) => new Promise((resolve, reject) => {
    const done = new Function('arg', `return (${doneSource})(arg);`);
    const finish = () => requestAnimationFrame(() => setTimeout(() => resolve(Math.round(performance.now() - window[startName]))));
    if (window[startName] !== undefined && done(arg)) return finish();
    const timeout = setTimeout(() => reject(new Error(`not done within 60 s: ${doneSource}`)), 60000);
    const observer = new MutationObserver(() => {
      if (window[startName] !== undefined && done(arg)) {
        observer.disconnect();
        clearTimeout(timeout);
        finish();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  }), [startName, done.toString(), arg]);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}

function renderReport(runs, chromium) {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() ? ' (met lokale wijzigingen)' : '';
  const cpu = cpus();
  const row = (label, pick) => {
    const values = runs.map(pick);
    return `| ${label} | ${median(values)} | ${Math.min(...values)} | ${Math.max(...values)} |`;
  };
  const measure = (name) => (run) => run.measures[name].reduce((a, b) => a + b, 0);
  const total = median(runs.map((r) => r.totalMs));
  return `# Regio-overzicht: benchmark

${new Date().toISOString().slice(0, 10)}, commit ${commit}${dirty}; ${cpu.length} × ${cpu[0]?.model ?? 'onbekende processor'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Linux ${release()}, Chromium ${chromium} (headless), release-build op 127.0.0.1.

Opnieuw meten: \`node tests/benchmark/region.mjs\` (na \`make setup\`; bouwt eerst de release-site,
\`--no-build\` slaat dat over; \`--runs N\`, \`--files N\`). Elke run: een nieuw browserprofiel, een nieuw
regio-overzicht, ${options.files} evaluatiebestanden (gemaakt met \`cargo run --release --example generate-evaluations\`,
drie versies van de vragenlijst) in één keer gekozen, daarna de pagina met scores en hittekaart.

**Budget: inlezen en tonen samen onder ${BUDGET_MS} ms. Mediaan: ${total} ms — ${total < BUDGET_MS ? 'gehaald' : 'niet gehaald'}.**

| ${runs.length} runs, in ms | mediaan | laagste | hoogste |
|---|---|---|---|
${row('inlezen: keuze → verslag en tabel met alle gemeenten getekend', (r) => r.importMs)}
${row('scores: klik → hittekaart en tabel getekend', (r) => r.scoresMs)}
${row('samen', (r) => r.totalMs)}
${row('waarvan het model inleest en controleert (regio-importeren)', measure('regio-importeren'))}
${row('waarvan het overzicht berekent, alle keren samen (regio-overzicht)', measure('regio-overzicht'))}
${row('waarvan opslaan (regio-opslaan)', measure('regio-opslaan'))}

Het opgeslagen regio-overzicht is ${Math.round(runs[0].storedChars / 1000)} duizend tekens groot (localStorage biedt per site
ongeveer 5 miljoen). Wat de tijd kost, buiten het model: het lezen van de bestanden door de browser en
het tekenen van de tabellen en de hittekaart (${options.files} × 8 cellen).
`;
}

function parseArguments(args) {
  const result = { build: true, runs: 5, files: 400 };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--no-build') result.build = false;
    else if (args[i] === '--runs') result.runs = Number(args[++i]);
    else if (args[i] === '--files') result.files = Number(args[++i]);
    else throw new Error(`Onbekende optie ${args[i]}`);
  }
  return result;
}
