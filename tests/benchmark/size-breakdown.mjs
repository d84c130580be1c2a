// Where the WebAssembly's bytes go, per crate: the main module of the release build as
// scripts/build.sh makes it (same flags, split the same way), but with function names kept,
// measured with twiggy. Used to decide what to shrink; see README.md here.
//
//   cargo install twiggy --locked   # once
//   node tests/benchmark/size-breakdown.mjs [--top 25]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 25;
const run = (command, args, options = {}) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
const dir = mkdtempSync(join(tmpdir(), 'wasm-grootte-'));
try {
  // The cargo invocation of scripts/build.sh with its RUSTFLAGS (other flags would rebuild
  // every crate, and give another module).
  const rustflags = readFileSync('scripts/build.sh', 'utf8').match(/^RUSTFLAGS="([^"]+)"/m)[1];
  run('cargo', ['build', '--locked', '--release', '--target', 'wasm32-unknown-unknown', '--bin', 'zelfevaluatie-wmo-toezicht'], { stdio: 'inherit', env: { ...process.env, RUSTFLAGS: rustflags } });
  const split = join(dir, 'split');
  run('wasm-split-cli', ['target/wasm32-unknown-unknown/release/zelfevaluatie-wmo-toezicht.wasm', split, '--out-name', 'zelfevaluatie-wmo-toezicht', '--target', 'web']);
  run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--out-dir', dir, join(split, 'zelfevaluatie-wmo-toezicht.wasm')]);
  const features = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types', 'multivalue'].map((f) => `--enable-${f}`);
  const input = join(dir, 'zelfevaluatie-wmo-toezicht_bg.wasm');
  const named = join(dir, 'named.wasm');
  const shipped = join(dir, 'shipped.wasm');
  run('node_modules/.bin/wasm-opt', ['-Oz', '-g', ...features, input, '-o', named]);
  run('node_modules/.bin/wasm-opt', ['-Oz', ...features, input, '-o', shipped]);

  const csv = run('twiggy', ['top', '-n', '1000000', '-f', 'csv', named]);
  const byCrate = new Map();
  for (const line of csv.split('\n').slice(1)) {
    const match = line.match(/^"?(.*?)"?,(\d+),/);
    if (!match) continue;
    const [, name, bytes] = match;
    if (/function names|data names|wasm_bindgen_unstable|^custom section/.test(name)) continue;
    const key = crateOf(name);
    if (process.env.TOON_OVERIG && key === 'overig') console.log(bytes, name.slice(0, 120));
    byCrate.set(key, (byCrate.get(key) ?? 0) + Number(bytes));
  }
  const total = [...byCrate.values()].reduce((a, b) => a + b, 0);
  const size = statSync(shipped).size;
  console.log(`Gebouwde wasm: ${(size / 1024).toFixed(0)} KB ruw, ${(gzipSync(readFileSync(shipped), { level: 9 }).length / 1024).toFixed(0)} KB gzip\n`);
  console.log('| Onderdeel | KB (ruw, na wasm-opt) | aandeel |');
  console.log('|---|---:|---:|');
  for (const [key, bytes] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`| ${key} | ${(bytes / 1024).toFixed(1)} | ${((100 * bytes) / total).toFixed(1)} % |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** The crate a symbol belongs to; for generic code, the crate whose trait it implements. */
function crateOf(name) {
  if (name.startsWith('data segment')) return 'data (tekst, tabellen, vtables)';
  const own = name.match(/zelfevaluatie_wmo_toezicht::(model|ui)/);
  if (own) return `deze app: ${own[1]}`;
  const generic = name.match(/^<(?:F|T|&mut F|&F)\b.*? as ([a-z_0-9]+)::/);
  if (generic) return generic[1];
  const plain = name.match(/^[<&\s]*(?:mut |dyn )?([a-z_0-9]+)(?:\[[0-9a-f]+\])?::/);
  if (plain) return plain[1];
  const trait = name.match(/ as ([a-z_0-9]+)(?:\[[0-9a-f]+\])?::/);
  if (trait) return trait[1];
  if (/^(import|export|elem|table|memory|global|type|code\[)/.test(name)) return 'wasm-structuur (imports, tabellen)';
  return 'overig';
}
