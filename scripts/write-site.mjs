// The last step of scripts/build.sh: turns the output of wasm-split-cli, wasm-bindgen and wasm-opt
// into the static site.
//
//   node scripts/write-site.mjs --from target/site/out --name zelfevaluatie-wmo-toezicht --out dist [--public-url ./]
//
// - Every WebAssembly module, script and style sheet gets a content hash in its name, so a host
//   or browser may cache them forever and a new build never mixes with an old one.
// - The small shared chunks of wasm-split (most are under a kilobyte, and a part of the app needs
//   up to 27 of them) travel together in two files, each fetched once: one request instead of one
//   each, and one gzip stream instead of many small ones (see `bundleSmallModules`). Those that
//   results or plan need are `kleine-modules-resultaten-plan-….bin`, the rest `kleine-modules-….bin`,
//   so a click on results or the plan waits only for their own small modules (the rest of the
//   plan page and the document writers, fetched after the plan is drawn, need the other bundle).
// - JavaScript and CSS are minified with esbuild (about 4.5 KB less gzip), the HTML by
//   `minifyHtml` below (only our own index.html, which has no <pre> or inline script).
// - index.html is the repository's index.html with Trunk's `data-trunk` links replaced by the
//   built files; the start-up script is an external file, so the Content-Security-Policy needs no
//   'unsafe-inline'. URLs are relative ("./"), so the same dist/ works from any folder.
// - questionnaires/ is copied and prepared (scripts/write-questionnaire-index.mjs).
// - sw.js, the service worker, lists the build's files and carries a version made from their
//   hashes (scripts/service-worker.js is its template).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';

export const SPLIT_LOADER = '__wasm_split.js';
/** A shared chunk up to this size (bytes, after wasm-opt) goes into a bundle of small modules. */
export const SMALL_MODULE_BYTES = 8192;
/**
 * The parts an evaluation fetches in the background (`fetch_evaluation_parts_soon` in
 * src/ui/lazy.rs) and whose click is timed against a budget: the small modules they need are a
 * bundle of their own. The build fails when one of them is not a part.
 */
export const EVALUATION_PARTS = ['results_part', 'plan_part'];
const STYLES = 'style';

/** 16 hex digits of the SHA-256 of the content. */
export function contentHash(content) {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

/** `text` with `from` replaced by `to`, which must occur exactly `times` times. */
export function replaceExactly(text, from, to, { times = 1, file = 'bestand' } = {}) {
  const count = text.split(from).length - 1;
  if (count !== times) {
    throw new Error(`${file}: verwacht ${times}× ${JSON.stringify(from)}, gevonden ${count}× (is de uitvoer van wasm-bindgen of wasm-split veranderd?)`);
  }
  return text.split(from).join(to);
}

/** Comments out, whitespace between tags out, other runs of whitespace one space. */
export function minifyHtml(html) {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .replace(/>\s+</g, '><')
    .trim();
}

function minifyJs(code) {
  return transformSync(code, { loader: 'js', format: 'esm', minify: true, legalComments: 'none' }).code;
}

function minifyCss(code) {
  return transformSync(code, { loader: 'css', minify: true, legalComments: 'none' }).code;
}

/** Relative paths (with "/") of every file under `dir`. */
export function filesUnder(dir, base = dir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path, base) : [relative(base, path).split(sep).join('/')];
    })
    .sort();
}

/**
 * The JavaScript glue of wasm-bindgen and the chunk loader of wasm-split import each other, so
 * neither name can be a hash of the other's final content. Both get one hash of both contents
 * (with the names still left out), which changes whenever either does.
 */
function writeScripts({ from, name, out, wasmNames, loader }) {
  const glueFile = join(from, `${name}.js`);
  let glue = readFileSync(glueFile, 'utf8');
  glue = replaceExactly(glue, `'${name}_bg.wasm'`, `'${wasmNames.main}'`, { file: glueFile });
  const splitFile = join(from, SPLIT_LOADER);
  let split = loader;
  if (split !== undefined) {
    // Only the import statement: the same string is also the wasm's import module name, a key
    // in the imports object, and must stay as the WebAssembly names it.
    // wasm-bindgen imports the loader once per lazy function (`split_….wasm`).
    const lazyFunctions = Object.keys(wasmNames.chunks).filter((chunk) => chunk.startsWith('split_')).length;
    glue = replaceExactly(glue, `from "./${SPLIT_LOADER}"`, 'from "./@SPLIT_LOADER@"', { file: glueFile, times: lazyFunctions });
    split = replaceExactly(split, `from "./${name}.js"`, 'from "./@GLUE@"', { file: splitFile });
    for (const [chunk, hashed] of Object.entries(wasmNames.chunks)) {
      split = replaceExactly(split, `"./${chunk}"`, `"./${hashed}"`, { file: splitFile });
    }
    for (const bundle of wasmNames.bundles) split = loadFromBundle(split, bundle, splitFile);
    if (wasmNames.bundles.length) split = withSmallModuleLoader(split);
    split = minifyJs(split);
  }
  glue = minifyJs(glue);
  const hash = contentHash(`${glue}\0${split ?? ''}`);
  const names = { glue: `${name}-${hash}.js`, split: split === undefined ? undefined : `${SPLIT_LOADER.replace(/\.js$/, '')}-${hash}.js` };
  const named = (code) => code.replaceAll('@GLUE@', names.glue).replaceAll('@SPLIT_LOADER@', names.split);
  writeFileSync(join(out, names.glue), named(glue));
  if (split !== undefined) writeFileSync(join(out, names.split), named(split));
  return names;
}

/**
 * The loader with each module of `bundle` read from the bundle instead of fetched on its own.
 * wasm-split writes every module's loader as the same three lines; each must be found once.
 */
function loadFromBundle(split, bundle, file) {
  for (const member of bundle.members) {
    const block = new RegExp(
      `const src = fetch\\(new URL\\("\\./${member.replace('.', '\\.')}", import\\.meta\\.url\\)\\);(\\s*)src\\.catch\\(\\(\\) => \\{\\}\\);(\\s*)return async \\(imports\\) => \\(WebAssembly\\.instantiateStreaming\\(src, imports\\)\\);`,
      'g',
    );
    const found = split.match(block)?.length ?? 0;
    if (found !== 1) throw new Error(`${file}: de lader van ${member} ${found}× gevonden in plaats van 1× (is de uitvoer van wasm-split veranderd?)`);
    split = split.replace(
      block,
      (_, a, b) =>
        `const src = smallModule(${JSON.stringify(bundle.file)}, ${JSON.stringify(member)});${a}src.catch(() => {});${b}return async (imports) => (WebAssembly.instantiate(await src, imports));`,
    );
  }
  return split;
}

function withSmallModuleLoader(split) {
  const firstLine = split.indexOf('\n') + 1;
  return split.slice(0, firstLine) + SMALL_MODULE_LOADER + split.slice(firstLine);
}

/**
 * Reads a bundle of small modules (see `bundleSmallModules`) once, for every module in it; a
 * failed fetch is not kept, so the next load tries again (as the loader does for a module).
 */
const SMALL_MODULE_LOADER = `
const smallBundles = new Map();
function smallModule(bundle, name) {
    let modules = smallBundles.get(bundle);
    if (modules === undefined) {
        const loading = fetch(new URL("./" + bundle, import.meta.url))
            .then((response) => {
                if (!response.ok) throw new Error(\`\${response.status} \${response.url}\`);
                return response.arrayBuffer();
            })
            .then((buffer) => {
                const view = new DataView(buffer);
                const modules = new Map();
                for (let at = 0; at < buffer.byteLength;) {
                    const nameLength = view.getUint16(at, true);
                    const name = new TextDecoder().decode(new Uint8Array(buffer, at + 2, nameLength));
                    const length = view.getUint32(at + 2 + nameLength, true);
                    modules.set(name, new Uint8Array(buffer, at + 6 + nameLength, length));
                    at += 6 + nameLength + length;
                }
                return modules;
            });
        loading.catch(() => {
            if (smallBundles.get(bundle) === loading) smallBundles.delete(bundle);
        });
        smallBundles.set(bundle, loading);
        modules = loading;
    }
    return modules.then((modules) => modules.get(name));
}
`;

/**
 * One file holding the small shared chunks: for each, its name's length (u16, little-endian), its
 * name, its length (u32) and its bytes. The chunks that start a part (`split_….wasm`) keep their
 * own files, so what a part fetches stays visible in the browser's network panel.
 */
export function bundleSmallModules(from, files) {
  const members = [...files].sort();
  const parts = members.flatMap((member) => {
    const name = Buffer.from(member);
    const bytes = readFileSync(join(from, member));
    const nameLength = Buffer.alloc(2);
    nameLength.writeUInt16LE(name.length);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(bytes.length);
    return [nameLength, name, length, bytes];
  });
  return { members, bytes: Buffer.concat(parts) };
}

/**
 * Which parts use each shared chunk, from the comment wasm-split writes above its loader
 * (`/* plan_part, results_part *\/`). Fails when a part of `EVALUATION_PARTS` is not in the loader.
 */
export function chunkUsers(loader, file = SPLIT_LOADER) {
  const users = new Map();
  for (const m of loader.matchAll(/\/\* ([\w, ]+) \*\/\s*const __chunk_\d+ = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/(chunk_\d+\.wasm)"/g)) {
    users.set(m[2], m[1].split(', '));
  }
  // Every shared chunk must be read: one missed would land in the wrong bundle without a word.
  const chunks = loader.match(/const __chunk_\d+ = makeLoad\(/g)?.length ?? 0;
  if (!users.size || users.size !== chunks) {
    throw new Error(`${file}: van ${chunks} gedeelde modules zijn er ${users.size} met hun onderdelen gevonden (is de uitvoer van wasm-split veranderd?)`);
  }
  for (const part of EVALUATION_PARTS) {
    if (!loader.includes(`__wasm_split_load_${part} =`)) throw new Error(`${file}: onderdeel ${part} (EVALUATION_PARTS) bestaat niet`);
  }
  return users;
}

function writeWasm({ from, name, out, loader }) {
  const main = `${name}_bg.wasm`;
  const write = (file, hashedName) => {
    writeFileSync(join(out, hashedName), readFileSync(join(from, file)));
    return hashedName;
  };
  const mainBytes = readFileSync(join(from, main));
  const wasmNames = { main: write(main, `${name}-${contentHash(mainBytes)}_bg.wasm`), chunks: {} };
  const chunks = readdirSync(from).filter((f) => f.endsWith('.wasm') && f !== main);
  const bundled = new Set();
  wasmNames.bundles = [];
  if (loader !== undefined) {
    const users = chunkUsers(loader, join(from, SPLIT_LOADER));
    const forEvaluation = (chunk) => users.get(chunk)?.some((part) => EVALUATION_PARTS.includes(part));
    const small = chunks.filter((f) => !f.startsWith('split_') && statSync(join(from, f)).size <= SMALL_MODULE_BYTES);
    for (const [prefix, members] of [
      ['kleine-modules-resultaten-plan', small.filter(forEvaluation)],
      ['kleine-modules', small.filter((chunk) => !forEvaluation(chunk))],
    ]) {
      if (!members.length) continue;
      const bundle = bundleSmallModules(from, members);
      const file = `${prefix}-${contentHash(bundle.bytes)}.bin`;
      writeFileSync(join(out, file), bundle.bytes);
      wasmNames.bundles.push({ file, members: bundle.members });
      for (const member of bundle.members) bundled.add(member);
    }
  }
  for (const file of chunks.filter((f) => !bundled.has(f))) {
    // wasm-split names a chunk after its function plus a number from the macro; the content hash
    // alone keeps names apart.
    const stem = basename(file, '.wasm').replace(/_\d+$/, '');
    wasmNames.chunks[file] = write(file, `${stem}-${contentHash(readFileSync(join(from, file)))}.wasm`);
  }
  return wasmNames;
}

function writeStyles({ html, out }) {
  const sheets = [];
  const page = html.replace(/<link data-trunk rel="css" href="([^"]+)"\s*\/?>/g, (_, href) => {
    const css = minifyCss(readFileSync(href, 'utf8'));
    const file = `${basename(href, '.css')}-${contentHash(css)}.css`;
    writeFileSync(join(out, file), css);
    sheets.push(file);
    return `<link rel="stylesheet" href="@PUBLIC_URL@${file}">`;
  });
  if (!sheets.length) throw new Error(`index.html: geen stijlbladen (<link data-trunk rel="css">) gevonden in ${STYLES}/`);
  return page;
}

/** The start-up script: starts the app, then registers the service worker (see sw.js). */
function startScript({ glue, wasm }) {
  return `import init from './${glue}';

await init({ module_or_path: new URL('./${wasm}', import.meta.url) });

// Offline use and quick second visits. Browsers allow a service worker only over https and on
// localhost, and refuse it in some private windows: the app then simply works without it. It is
// registered a few seconds after the app started, when the browser is idle, so that copying the
// build into its cache never competes with the first page for the network.
try {
  if ('serviceWorker' in navigator) {
    const register = () => navigator.serviceWorker
      .register(new URL('./sw.js', import.meta.url), { scope: new URL('./', import.meta.url).href })
      .catch(() => {});
    const whenIdle = window.requestIdleCallback?.bind(window) ?? ((work) => setTimeout(work, 0));
    setTimeout(() => whenIdle(register, { timeout: 5000 }), 3000);
  }
} catch {
  // A browser that forbids service workers here (a SecurityError): nothing to do.
}
`;
}

function writeIndex({ html, out, names, wasmNames, start, publicUrl }) {
  const preloads = [
    `<link rel="modulepreload" href="@PUBLIC_URL@${names.glue}" crossorigin>`,
    names.split && `<link rel="modulepreload" href="@PUBLIC_URL@${names.split}" crossorigin>`,
    `<link rel="preload" href="@PUBLIC_URL@${wasmNames.main}" as="fetch" type="application/wasm" crossorigin>`,
    `<script type="module" src="@PUBLIC_URL@${start}"></script>`,
  ].filter(Boolean);
  const rust = /<link data-trunk rel="rust"[^>]*>/.exec(html);
  if (!rust) throw new Error('index.html: geen <link data-trunk rel="rust"> gevonden');
  let page = html.replace(rust[0], preloads.join(''));
  page = page.replace(/<link data-trunk rel="copy-dir"[^>]*>/g, '');
  if (/data-trunk/.test(page)) throw new Error('index.html: een <link data-trunk> die write-site.mjs niet kent');
  writeFileSync(join(out, 'index.html'), minifyHtml(page).replaceAll('@PUBLIC_URL@', publicUrl));
}

/**
 * Writes sw.js for the files now in `out`: content-hashed names are served from the cache first,
 * all other files (index.html, questionnaires/…) from the network first. The version changes
 * whenever any file does, so browsers install the new service worker with the new build.
 */
export function writeServiceWorker(out) {
  const files = filesUnder(out).filter((f) => f !== 'sw.js' && !f.endsWith('.md'));
  const hashed = files.filter((f) => /-[0-9a-f]{16}(_bg)?\.(js|css|wasm|bin)$/.test(f));
  const version = contentHash(files.map((f) => `${f} ${contentHash(readFileSync(join(out, f)))}`).join('\n'));
  const template = readFileSync('scripts/service-worker.js', 'utf8');
  const worker = replaceExactly(
    template,
    'const BUILD = { version: "", hashed: [], files: [] };',
    `const BUILD = ${JSON.stringify({ version, hashed, files })};`,
    { file: 'scripts/service-worker.js' },
  );
  writeFileSync(join(out, 'sw.js'), minifyJs(worker));
  return { version, files };
}

export function writeSite({ from, name, out = 'dist', publicUrl = './' }) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync('questionnaires', join(out, 'questionnaires'), { recursive: true });
  execFileSync('node', ['scripts/write-questionnaire-index.mjs', out], { stdio: 'inherit' });
  if (existsSync(join(from, 'snippets'))) cpSync(join(from, 'snippets'), join(out, 'snippets'), { recursive: true });

  // wasm-split's loader (absent when nothing is split): which parts use each shared chunk, and
  // the script that is rewritten to the hashed names.
  const loaderFile = join(from, SPLIT_LOADER);
  const loader = existsSync(loaderFile) ? readFileSync(loaderFile, 'utf8') : undefined;
  const wasmNames = writeWasm({ from, name, out, loader });
  const names = writeScripts({ from, name, out, wasmNames, loader });
  const startCode = minifyJs(startScript({ glue: names.glue, wasm: wasmNames.main }));
  const start = `start-${contentHash(startCode)}.js`;
  writeFileSync(join(out, start), startCode);
  const html = writeStyles({ html: readFileSync('index.html', 'utf8'), out });
  writeIndex({ html, out, names, wasmNames, start, publicUrl });
  const { version, files } = writeServiceWorker(out);
  console.log(`dist/: ${files.length} bestanden, versie ${version}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (flag, fallback) => {
    const at = process.argv.indexOf(`--${flag}`);
    return at > 0 ? process.argv[at + 1] : fallback;
  };
  const from = arg('from');
  const name = arg('name');
  if (!from || !name) {
    console.error('Gebruik: node scripts/write-site.mjs --from <map> --name <naam> [--out dist] [--public-url ./]');
    process.exit(2);
  }
  writeSite({ from, name, out: arg('out', 'dist'), publicUrl: arg('public-url', './') });
}
