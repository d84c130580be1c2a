// One cold load of an evaluation, as both run.mjs and compare-builds.mjs measure it: a fresh
// browser profile (empty cache) holding one stored evaluation, which the page then opens. The
// same load of the SurveyJS page (surveyjs/site.mjs) has no stored evaluation and its own
// selector for the first answer field.
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

/** An emulated line as a municipal VPN may be: 10 Mbit/s both ways, 20 ms latency. */
export const SLOW_LINE = { offline: false, latency: 20, downloadThroughput: 10e6 / 8, uploadThroughput: 10e6 / 8 };

/** The first answer field of this app; SurveyJS's is `.sd-question input`. */
export const OUR_FIRST_FIELD = '.vraag input';

/**
 * Opens the stored evaluation in a fresh profile (or, with `stored` null, just `siteUrl`).
 * Returns the time to the first answer field as the page measured it (`inPage`) and as the
 * driver saw it (`driver`), the bytes on the wire until then (`bytes`: compressed bodies and
 * headers, from the browser's network log), or, when `traced`, the main thread's work until then
 * (`work`, see main-thread.mjs; tracing slows a load a little). `network` emulates a line (see
 * SLOW_LINE); `then(page)` runs after the first question, in the same profile.
 */
export async function coldLoad(browser, siteUrl, stored, { traced = false, selector = OUR_FIRST_FIELD, network, then } = {}) {
  const { context, page, problems } = await openPage(browser, { bypassCSP: false });
  try {
    if (stored) {
      await context.addInitScript((entries) => {
        for (const [key, value] of entries) localStorage.setItem(key, value);
      }, stored.entries);
    }
    await context.addInitScript(observeFirstQuestion, selector);
    const nextFirstQuestion = await firstQuestionReports(context);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (network) await cdp.send('Network.emulateNetworkConditions', network);
    let bytes = 0;
    let counting = true;
    cdp.on('Network.loadingFinished', (event) => {
      if (counting) bytes += event.encodedDataLength;
    });
    await browserWindowReady(page);
    if (traced) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const started = Date.now();
    await page.goto(stored ? `${siteUrl}#/evaluatie/${stored.id}` : siteUrl);
    const driver = (await nextFirstQuestion()) - started;
    counting = false;
    const work = traced ? mainThreadWork(JSON.parse(await browser.stopTracing()).traceEvents, { url: siteUrl, until: 'eerste-vraag' }) : undefined;
    const inPage = await page.evaluate(() => window.__firstQuestionAt);
    const after = then ? await then(page) : undefined;
    if (problems.length) throw new Error(problems.join('\n'));
    return { inPage, driver, bytes, work, after };
  } finally {
    await context.close();
  }
}

/**
 * Runs before the app: notes (and marks, for traces) the moment the first answer field
 * (`selector`) is in the document, and reports it to the driver when `firstQuestionReports`
 * listens.
 */
export function observeFirstQuestion(selector = '.vraag input') {
  new MutationObserver((_, observer) => {
    if (document.querySelector(selector)) {
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

/** The parts whose click is timed: key, link in the navigation, what shows the part is drawn. */
export const CLICKED_PARTS = [
  ['results', 'Resultaten', '[data-testid=scoregrafiek]'],
  ['plan', 'Verbeterplan', '[data-testid=plan-afdrukkop]'],
];

/** Clicks a part of the evaluation in the navigation; ms until its heading and `ready` are drawn. */
export async function clickToPart(page, link, ready) {
  return page.evaluate(
    ({ link, ready }) =>
      new Promise((resolve, reject) => {
        const anchor = [...document.querySelectorAll('nav a')].find((a) => a.textContent.trim() === link);
        if (!anchor) reject(new Error(`geen link ${link}`));
        const drawn = () => document.getElementById('paginakop')?.textContent.trim() === link && document.querySelector(ready);
        const timeout = setTimeout(() => reject(new Error(`${link} niet getoond binnen 10 s`)), 10_000);
        const start = performance.now();
        new MutationObserver((_, observer) => {
          if (drawn()) {
            observer.disconnect();
            clearTimeout(timeout);
            resolve(performance.now() - start);
          }
        }).observe(document, { childList: true, subtree: true, characterData: true });
        anchor.click();
      }),
    { link, ready },
  );
}
