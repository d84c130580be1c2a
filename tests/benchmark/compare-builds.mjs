// Compares the cold first-question time of two built sites, loads alternating between them, so
// that a busy moment on the machine hits both alike. On a shared VM the medians of separate runs
// drift by ±25 %; an A/B like this one is how a change to start-up speed is judged.
//
//   git worktree add /tmp/voor HEAD~1 && (cd /tmp/voor && ln -s "$OLDPWD/node_modules" . && bash scripts/build.sh)
//   bash scripts/build.sh
//   node tests/benchmark/compare-builds.mjs /tmp/voor/dist dist [--loads 20] [--clicks]
//
// Each load: a fresh browser profile with one stored evaluation, the same as `run.mjs`; every
// fourth load per site is traced for the main thread's CPU time instead of being timed.
// With --clicks it compares instead what run.mjs calls "click → results / plan, at once": on the
// emulated 10 Mbit/s line, the click on Resultaten or Verbeterplan as soon as the first question
// is there, until that page is drawn (its code still to be fetched).
import { launchBrowser } from '../e2e/harness.mjs';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { CLICKED_PARTS, SLOW_LINE, clickToPart, coldLoad, storedEvaluation } from './cold-load.mjs';

const [before, after] = process.argv.slice(2).filter((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const loadsFlag = process.argv.indexOf('--loads');
const loads = loadsFlag > 0 ? Number(process.argv[loadsFlag + 1]) : 20;
const clicks = process.argv.includes('--clicks');
if (!before || !after) {
  console.error('Gebruik: node tests/benchmark/compare-builds.mjs <map-van-site-A> <map-van-site-B> [--loads N] [--clicks]');
  process.exit(2);
}

const browser = await launchBrowser();
const sites = [
  { name: before, server: await serveDist({ dir: before, gzip: clicks }), times: [], cpu: [], results: [], plan: [] },
  { name: after, server: await serveDist({ dir: after, gzip: clicks }), times: [], cpu: [], results: [], plan: [] },
];
try {
  for (const site of sites) site.stored = await storedEvaluation(browser, site.server.url);
  for (let i = 0; i < loads; i++) {
    // Alternate which site goes first, so neither always follows the other.
    for (const site of i % 2 ? sites : [...sites].reverse()) {
      if (clicks) {
        for (const [part, link, ready] of CLICKED_PARTS) {
          const { after } = await coldLoad(browser, site.server.url, site.stored, { network: SLOW_LINE, then: (page) => clickToPart(page, link, ready) });
          site[part].push(after);
        }
        continue;
      }
      const traced = i % 4 === 3;
      const { inPage, work } = await coldLoad(browser, site.server.url, site.stored, { traced });
      if (traced) site.cpu.push(work.cpu);
      else site.times.push(inPage);
    }
  }
  for (const site of sites) {
    if (clicks) {
      const line = (part) => `${part} mediaan ${median(site[part]).toFixed(0)}, max ${Math.max(...site[part]).toFixed(0)} ms`;
      console.log(`${site.name}: klik → ${line('results')}; klik → ${line('plan')} (n=${loads}, 10 Mbit/s, 20 ms)`);
      continue;
    }
    console.log(`${site.name}: eerste vraag mediaan ${median(site.times).toFixed(0)} ms (n=${site.times.length}), hoofdthread-CPU mediaan ${median(site.cpu).toFixed(0)} ms (n=${site.cpu.length})`);
  }
} finally {
  for (const site of sites) await site.server.close();
  await browser.close();
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
}
