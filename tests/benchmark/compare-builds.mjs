// Compares the cold first-question time of two built sites, loads alternating between them, so
// that a busy moment on the machine hits both alike. On a shared VM the medians of separate runs
// drift by ±25 %; an A/B like this one is how a change to start-up speed is judged.
//
//   git worktree add /tmp/voor HEAD~1 && (cd /tmp/voor && ln -s "$OLDPWD/node_modules" . && bash scripts/build.sh)
//   bash scripts/build.sh
//   node tests/benchmark/compare-builds.mjs /tmp/voor/dist dist [--loads 20]
//
// Each load: a fresh browser profile with one stored evaluation, the same as `run.mjs`; every
// fourth load per site is traced for the main thread's CPU time instead of being timed.
import { launchBrowser, openPage, startEvaluation } from '../e2e/harness.mjs';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { TRACE_CATEGORIES, mainThreadWork } from './main-thread.mjs';

const [before, after] = process.argv.slice(2).filter((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const loadsFlag = process.argv.indexOf('--loads');
const loads = loadsFlag > 0 ? Number(process.argv[loadsFlag + 1]) : 20;
if (!before || !after) {
  console.error('Gebruik: node tests/benchmark/compare-builds.mjs <map-van-site-A> <map-van-site-B> [--loads N]');
  process.exit(2);
}

const browser = await launchBrowser();
const sites = [
  { name: before, server: await serveDist({ dir: before }), times: [], cpu: [] },
  { name: after, server: await serveDist({ dir: after }), times: [], cpu: [] },
];
try {
  for (const site of sites) site.stored = await storedEvaluation(site.server.url);
  for (let i = 0; i < loads; i++) {
    // Alternate which site goes first, so neither always follows the other.
    for (const site of i % 2 ? sites : [...sites].reverse()) {
      const traced = i % 4 === 3;
      const result = await coldLoad(site, traced);
      (traced ? site.cpu : site.times).push(result);
    }
  }
  for (const site of sites) {
    console.log(`${site.name}: eerste vraag mediaan ${median(site.times).toFixed(0)} ms (n=${site.times.length}), hoofdthread-CPU mediaan ${median(site.cpu).toFixed(0)} ms (n=${site.cpu.length})`);
  }
} finally {
  for (const site of sites) await site.server.close();
  await browser.close();
}

async function storedEvaluation(url) {
  const { context, page } = await openPage(browser);
  await startEvaluation(page, url, 'Keuzehulp Wmo-toezicht');
  await page.getByTestId('opslagstatus').waitFor();
  const stored = { entries: await page.evaluate(() => Object.entries(localStorage)), id: new URL(page.url()).hash.split('/')[2] };
  await context.close();
  return stored;
}

async function coldLoad({ server, stored }, traced) {
  const { context, page, problems } = await openPage(browser, { bypassCSP: false });
  await context.addInitScript((entries) => entries.forEach(([key, value]) => localStorage.setItem(key, value)), stored.entries);
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('.vraag input')) {
        window.__firstQuestionAt = performance.now();
        performance.mark('eerste-vraag');
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  // Let the new browser window finish starting its own UI first (see run.mjs).
  await page.waitForTimeout(2000);
  if (traced) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.goto(`${server.url}#/evaluatie/${stored.id}`);
  await page.locator('.vraag input').first().waitFor();
  const result = traced
    ? mainThreadWork(JSON.parse(await browser.stopTracing()).traceEvents, { url: server.url, until: 'eerste-vraag' }).cpu
    : await page.evaluate(() => window.__firstQuestionAt);
  if (problems.length) throw new Error(problems.join('\n'));
  await context.close();
  return result;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
}
