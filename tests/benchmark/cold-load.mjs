// One cold load of an evaluation, as both run.mjs and compare-builds.mjs measure it: a fresh
// browser profile (empty cache) holding one stored evaluation, which the page then opens.
import { openPage, startEvaluation } from '../e2e/harness.mjs';
import { TRACE_CATEGORIES, mainThreadWork } from './main-thread.mjs';

/** The storage of a browser profile with one evaluation of the keuzehulp in it. */
export async function storedEvaluation(browser, siteUrl) {
  const { context, page } = await openPage(browser);
  await startEvaluation(page, siteUrl, 'Keuzehulp Wmo-toezicht');
  await page.getByTestId('opslagstatus').waitFor();
  const entries = await page.evaluate(() => Object.entries(localStorage));
  const id = new URL(page.url()).hash.split('/')[2];
  await context.close();
  return { entries, id };
}

/**
 * Opens the stored evaluation in a fresh profile. Returns the time to the first answer field as
 * the page measured it (`inPage`) and as the driver saw it (`driver`), or, when `traced`, the
 * main thread's work until then (`work`, see main-thread.mjs; tracing slows a load a little).
 */
export async function coldLoad(browser, siteUrl, { entries, id }, { traced = false } = {}) {
  const { context, page, problems } = await openPage(browser, { bypassCSP: false });
  try {
    await context.addInitScript((stored) => {
      for (const [key, value] of stored) localStorage.setItem(key, value);
    }, entries);
    await context.addInitScript(observeFirstQuestion);
    const nextFirstQuestion = await firstQuestionReports(context);
    await browserWindowReady(page);
    if (traced) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const started = Date.now();
    await page.goto(`${siteUrl}#/evaluatie/${id}`);
    const driver = (await nextFirstQuestion()) - started;
    const work = traced ? mainThreadWork(JSON.parse(await browser.stopTracing()).traceEvents, { url: siteUrl, until: 'eerste-vraag' }) : undefined;
    const inPage = await page.evaluate(() => window.__firstQuestionAt);
    if (problems.length) throw new Error(problems.join('\n'));
    return { inPage, driver, work };
  } finally {
    await context.close();
  }
}

/**
 * Runs before the app: notes (and marks, for traces) the moment the first answer field is in the
 * document, and reports it to the driver when `firstQuestionReports` listens.
 */
export function observeFirstQuestion() {
  new MutationObserver((_, observer) => {
    if (document.querySelector('.vraag input')) {
      window.__firstQuestionAt = performance.now();
      performance.mark('eerste-vraag');
      observer.disconnect();
      window.__firstQuestionShown?.();
    }
  }).observe(document, { childList: true, subtree: true });
}

/**
 * The driver waits for the page's own report instead of polling the page: Playwright's
 * `locator.waitFor()` checks the DOM from a script in the page on every animation frame, and in a
 * CPU profile of a cold load that script took about 10 ms of the main thread, competing with the
 * app it measures. Returns a function that resolves with the driver's clock at the next report.
 */
export async function firstQuestionReports(context, { timeout = 30_000 } = {}) {
  const reports = [];
  const waiting = [];
  await context.exposeBinding('__firstQuestionShown', () => {
    const at = Date.now();
    if (waiting.length) waiting.shift()(at);
    else reports.push(at);
  });
  return () => {
    if (reports.length) return Promise.resolve(reports.shift());
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Geen vraag verschenen binnen ${timeout} ms.`)), timeout);
      waiting.push((at) => {
        clearTimeout(timer);
        resolve(at);
      });
    });
  };
}

/**
 * A new browser context is a new browser window, and headless Chromium builds its own window UI
 * (the address bar's WebUI, about 150 ms of CPU) in the first second. A person opens the app in a
 * browser that is already running; without this pause the window's start-up would compete with
 * the page for the cores and be counted as the app's load time. The profile stays empty.
 */
async function browserWindowReady(page) {
  await page.waitForTimeout(2000);
}
