// Prepares the questionnaire files of the built site and lists them in questionnaires/index.json.
// Run by scripts/write-site.mjs (`node scripts/write-questionnaire-index.mjs dist`) and, for
// `trunk serve`, as a Trunk post-build hook (in Trunk's staging folder).
//
// 1. `controleer-vragenlijst --json` checks every YAML file and writes, beside each valid one,
//    the JSON the app reads first (much faster than YAML in the browser; src/model/prepared.rs).
//    An invalid shipped file gets no JSON; the app then shows it as unavailable, with its problems.
// 2. index.json lists the questionnaires, the national figures file and which files have JSON.
//    An editor who adds a questionnaire on the static host adds its name to `files`; one who
//    changes a YAML file there needs to do nothing else: the app notices and reads the YAML.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = join(process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist', 'questionnaires');
const files = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).sort();
const figures = 'cijfers/landelijke-cijfers.yaml';
const listed = existsSync(join(folder, figures)) ? [...files, figures] : files;

prepare(listed.map((file) => join(folder, file)));
const prepared = listed.filter((file) => existsSync(join(folder, file.replace(/\.ya?ml$/, '.json'))));

const index = { files, ...(listed.includes(figures) ? { figures } : {}), prepared };
writeFileSync(join(folder, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
console.log(`questionnaires/index.json: ${files.length === 1 ? "1 vragenlijst" : `${files.length} vragenlijsten`}, ${prepared.length} als JSON voorbereid`);

function prepare(paths) {
  try {
    // The native build of the checker; `cargo test` builds the same, so this is quick in CI.
    execFileSync('cargo', ['run', '--quiet', '--bin', 'controleer-vragenlijst', '--', '--json', ...paths], { stdio: 'inherit' });
  } catch (error) {
    // Exit code 1: a file has problems (printed above); the others were prepared. Anything else
    // (the checker did not build or run) must stop the build.
    if (error.status !== 1) throw error;
    console.warn('Waarschuwing: niet elk vragenlijstbestand is in orde; zie de meldingen hierboven.');
  }
}
