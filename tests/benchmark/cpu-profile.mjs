// Where a cold load's main-thread time goes, function by function: V8's sampling CPU profile of
// cold loads of a stored Keuzehulp evaluation (as run.mjs measures them), with the WebAssembly's
// function names kept. Used to find what to make faster; see README.md here.
//
//   bash scripts/build.sh            # once: this reuses its wasm-split output in target/site/
//   node tests/benchmark/cpu-profile.mjs [--loads 5] [--top 30]
//
// The site is dist/ with its main module replaced by the same module with a name section
// (wasm-bindgen and wasm-opt -Oz as scripts/build.sh runs them, plus -g): the code is the same,
// the file a little larger.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, openPage } from '../e2e/harness.mjs';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { firstQuestionReports, observeFirstQuestion, storedEvaluation } from './cold-load.mjs';

const option = (name, fallback) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback;
const loads = option('--loads', 5);
const top = option('--top', 30);
const NAME = 'zelfevaluatie-wmo-toezicht';

const dir = mkdtempSync(join(tmpdir(), 'cpu-profiel-'));
try {
  const site = namedSite(dir);
  const server = await serveDist({ dir: site, gzip: true });
  const browser = await launchBrowser();
  try {
    const stored = await storedEvaluation(browser, server.url);
    const profiles = [];
    for (let i = 0; i < loads; i++) profiles.push(await profiledLoad(browser, server.url, stored));
    console.log(report(profiles, top));
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** dist/ copied, with the main module rebuilt from target/site/split with its names. */
function namedSite(dir) {
  const site = join(dir, 'dist');
  cpSync('dist', site, { recursive: true });
  const main = readdirSync(site).find((f) => new RegExp(`^${NAME}-[0-9a-f]{16}_bg\\.wasm$`).test(f));
  if (!main) throw new Error('dist/ heeft geen hoofdmodule: bouw eerst met bash scripts/build.sh');
  const out = join(dir, 'out');
  execFileSync('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--out-name', NAME, '--out-dir', out, `target/site/split/${NAME}.wasm`]);
  const features = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types', 'multivalue'].map((f) => `--enable-${f}`);
  execFileSync('node_modules/.bin/wasm-opt', ['-Oz', '-g', ...features, join(out, `${NAME}_bg.wasm`), '-o', join(site, main)]);
  return site;
}

/** One cold load, profiled from the navigation until the first question is shown. */
async function profiledLoad(browser, url, stored) {
  const { context, page, problems } = await openPage(browser, { bypassCSP: false });
  try {
    await context.addInitScript((entries) => {
      for (const [key, value] of entries) localStorage.setItem(key, value);
    }, stored.entries);
    await context.addInitScript(observeFirstQuestion);
    const nextFirstQuestion = await firstQuestionReports(context);
    const cdp = await context.newCDPSession(page);
    // The same pause as cold-load.mjs: the new window's own start-up is not the app's.
    await page.waitForTimeout(2000);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(`${url}#/evaluatie/${stored.id}`);
    await nextFirstQuestion();
    const { profile } = await cdp.send('Profiler.stop');
    if (problems.length) throw new Error(problems.join('\n'));
    return profile;
  } finally {
    await context.close();
  }
}

/** Self time per function and per kind of code, averaged over the profiles, in ms. */
function report(profiles, top) {
  const self = new Map();
  const kinds = new Map();
  const crates = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms / profiles.length);
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, i) => {
      const frame = nodes.get(id).callFrame;
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      if (frame.functionName === '(idle)') return;
      const wasm = isWasm(frame);
      const name = wasm ? demangle(frame.functionName) : frame.functionName || '(anoniem)';
      add(self, `${name} [${where(frame.url)}]`, ms);
      add(kinds, kind(frame), ms);
      if (wasm) add(crates, crateOf(name), ms);
    });
  }
  const total = [...kinds.values()].reduce((a, b) => a + b, 0);
  const rows = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => `| ${name.replaceAll('|', '\\|')} | ${ms.toFixed(1)} | ${((100 * ms) / total).toFixed(0)} % |`)
      .join('\n');
  return [
    `CPU-profiel van ${profiles.length} koude laadbeurten (navigatie → eerste vraag), gemiddeld per laadbeurt: ${total.toFixed(1)} ms niet-idle.`,
    '',
    '| Soort | ms | |',
    '|---|---:|---:|',
    rows(kinds, 10),
    '',
    '| WebAssembly per crate (eigen tijd) | ms | |',
    '|---|---:|---:|',
    rows(crates, 12),
    '',
    `| Functie (eigen tijd, top ${top}) | ms | |`,
    '|---|---:|---:|',
    rows(self, top),
  ].join('\n');
}

function where(url) {
  if (!url) return 'browser';
  return url.split('/').pop().replace(/-[0-9a-f]{16}/, '-…');
}

function isWasm(frame) {
  return frame.url.endsWith('.wasm') || frame.url.startsWith('wasm://');
}

/** "(program)" is the browser's own work: compiling, parsing, style, layout, its event loop. */
function kind(frame) {
  if (isWasm(frame)) return 'WebAssembly';
  if (frame.url) return 'JavaScript';
  return frame.functionName; // (program), (garbage collector), the browser's own functions
}

/** Rust's legacy symbol mangling (`_ZN…E`) made readable: `crate::module::function`. */
function demangle(symbol) {
  const legacy = symbol.match(/^_ZN(.*)E$/);
  if (!legacy) return symbol;
  const parts = [];
  let rest = legacy[1];
  while (rest) {
    const length = rest.match(/^\d+/);
    if (!length) break;
    parts.push(rest.slice(length[0].length, length[0].length + Number(length[0])));
    rest = rest.slice(length[0].length + Number(length[0]));
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1))) parts.pop();
  const escapes = { LT: '<', GT: '>', RF: '&', BP: '*', C: ',', SP: '@', u20: ' ', u27: "'", u5b: '[', u5d: ']', u7b: '{', u7d: '}', u7e: '~' };
  return parts
    .join('::')
    .replaceAll('..', '::')
    .replace(/\$([A-Za-z0-9]+)\$/g, (whole, code) => escapes[code] ?? whole)
    .replace(/^_</, '<');
}

/** The crate a (demangled) function belongs to; an impl counts for the type's crate. */
function crateOf(name) {
  // v0 mangling (`_R…`), which the allocator's symbols keep: the first crate root `Cs<hash>_<n><name>`.
  const v0 = name.match(/^_R.*?Cs[0-9A-Za-z]+_(\d+)/);
  if (v0) return name.slice(v0.index + v0[0].length, v0.index + v0[0].length + Number(v0[1]));
  const path = name.replace(/^(?:[<&_ ]|mut |dyn |impl )+/, '').match(/^[A-Za-z_][A-Za-z0-9_]*/);
  return path ? path[0] : name;
}
