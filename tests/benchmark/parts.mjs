// What each part that loads on first use (src/ui/lazy.rs) fetches from a built site: its own
// chunk and the shared chunks it needs (the small ones come in two bundles, each fetched once for
// all parts), how many files and how many KB gzip (level 9). Read from
// the chunk loader that scripts/build.sh writes (minified), so it describes the site as shipped.
//
//   node tests/benchmark/parts.mjs [dist]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const loaderFile = readdirSync(dir).find((f) => /^__wasm_split-[0-9a-f]{16}\.js$/.test(f));
if (!loaderFile) {
  console.error(`Geen __wasm_split-….js in ${dir}: bouw eerst met bash scripts/build.sh.`);
  process.exit(2);
}
const loader = readFileSync(join(dir, loaderFile), 'utf8');
// Every loader: `name=[wrap(]load(()=>{const t=fetch(new URL("./file",…)…},[dependencies])`, or
// for a small module in a bundle (scripts/write-site.mjs) `const t=small("bundle.bin","chunk_1.wasm")`,
// which is that bundle's file.
const loaders = new Map();
for (const m of loader.matchAll(/([\w$]+)=(?:[\w$]+\()?[\w$]+\(\(\)=>\{const [\w$]+=(?:fetch\(new URL\("\.\/([^"]+)"|[\w$]+\("([^"]+\.bin)","[^"]+\.wasm"\))[^\]]*?\},\[([^\]]*)\]/g)) {
  loaders.set(m[1], { file: m[2] ?? m[3], deps: m[4].split(',').filter(Boolean) });
}
const exported = [...loader.matchAll(/([\w$]+) as __wasm_split_load_(\w+)/g)].map((m) => ({ variable: m[1], part: m[2] }));
const gzip = (file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;

console.log('| Onderdeel | bestanden | KB gzip |');
console.log('|---|---:|---:|');
for (const { variable, part } of exported.sort((a, b) => a.part.localeCompare(b.part))) {
  const own = loaders.get(variable);
  if (!own) throw new Error(`Lader van ${part} niet gevonden in ${loaderFile}`);
  const files = [...new Set([own.file, ...own.deps.map((d) => loaders.get(d).file)])];
  console.log(`| ${part} | ${files.length} | ${(files.reduce((sum, f) => sum + gzip(f), 0) / 1024).toFixed(1)} |`);
}
