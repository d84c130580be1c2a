// Where a click on Resultaten or Verbeterplan spends its time: cold loads of a stored Keuzehulp
// evaluation at 10 Mbit/s (as run.mjs times the click), then the click, with the Resource Timing
// of every file fetched after it (when it was asked for and when its last byte came, in ms after
// the click) and the time until the part is drawn.
//
//   bash scripts/build.sh            # once
//   node tests/benchmark/click-timing.mjs [Verbeterplan|Resultaten] [--pause 5000] [--loads 5]
import { launchBrowser } from '../e2e/harness.mjs';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { CLICKED_PARTS, SLOW_LINE, coldLoad, storedEvaluation } from './cold-load.mjs';

const link = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'Verbeterplan';
const option = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const pause = option('--pause', 0);
const loads = option('--loads', 5);
const part = CLICKED_PARTS.find(([, name]) => name === link);
if (!part) {
  console.error(`Onbekend onderdeel '${link}': kies ${CLICKED_PARTS.map(([, name]) => name).join(' of ')}.`);
  process.exit(2);
}

const browser = await launchBrowser();
const server = await serveDist({ dir: 'dist', gzip: true });
try {
  const stored = await storedEvaluation(browser, server.url);
  console.log(`Klik op ${link}${pause ? ` na ${pause} ms` : ' meteen'} na de eerste vraag, 10 Mbit/s, 20 ms (${loads} koude laadbeurten).`);
  console.log('Per bestand: gevraagd na … ms → laatste byte na … ms, KB over de lijn.');
  for (let i = 0; i < loads; i++) {
    const then = async (page) => {
      if (pause) await page.waitForTimeout(pause);
      return page.evaluate(clickAndWatch, { link, ready: part[2] });
    };
    const { after } = await coldLoad(browser, server.url, stored, { network: SLOW_LINE, then });
    const files = after.files.map((f) => `${f.name} ${f.start}→${f.end} ms ${(f.bytes / 1024).toFixed(1)} KB`);
    console.log(`${after.drawn} ms | ${files.join(' | ') || 'niets opgehaald'}`);
  }
} finally {
  await server.close();
  await browser.close();
}

/** Runs in the page: clicks the link, and when the part is drawn reports the files fetched since. */
function clickAndWatch({ link, ready }) {
  return new Promise((resolve, reject) => {
    const anchor = [...document.querySelectorAll('nav a')].find((a) => a.textContent.trim() === link);
    if (!anchor) reject(new Error(`geen link ${link}`));
    const timeout = setTimeout(() => reject(new Error(`${link} niet getoond binnen 10 s`)), 10_000);
    const start = performance.now();
    new MutationObserver((_, observer) => {
      if (document.getElementById('paginakop')?.textContent.trim() !== link || !document.querySelector(ready)) return;
      observer.disconnect();
      clearTimeout(timeout);
      const files = performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime >= start)
        .map((e) => ({
          name: e.name.split('/').pop().replace(/-[0-9a-f]{16}/, '-…'),
          start: Math.round(e.startTime - start),
          end: Math.round(e.responseEnd - start),
          bytes: e.encodedBodySize,
        }));
      resolve({ drawn: Math.round(performance.now() - start), files });
    }).observe(document, { childList: true, subtree: true, characterData: true });
    anchor.click();
  });
}
