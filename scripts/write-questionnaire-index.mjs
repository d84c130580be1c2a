// Prepares the questionnaire files of the built site and lists them in questionnaires/index.json.
// Run by scripts/write-site.mjs (`node scripts/write-questionnaire-index.mjs dist`) and, for
// `trunk serve`, as a Trunk post-build hook (in Trunk's staging folder).
//
// `controleer-vragenlijst --json --index …` checks every YAML file, writes beside each valid one
// the JSON the app reads instead (much faster than YAML in the browser; src/model/prepared.rs),
// and writes index.json: the questionnaires, the national figures file, which files have JSON
// (with the fingerprint of the YAML each was made from) and a summary of every questionnaire for
// the start page (src/model/summary.rs). An invalid shipped file gets no JSON and no summary; the
// app then shows it as unavailable, with its problems.
//
// An editor who adds a questionnaire on the static host adds its name to `files`; one who changes
// a YAML file there needs to do nothing else: the app notices by the file's date and reads the
// YAML (src/model/freshness.rs).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const folder = join(process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist', 'questionnaires');
const files = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).sort();
const figures = 'cijfers/landelijke-cijfers.yaml';
const listed = existsSync(join(folder, figures)) ? [...files, figures] : files;
const paths = listed.map((file) => join(folder, file));

try {
  // The native build of the checker; `cargo test` builds the same, so this is quick in CI.
  execFileSync('cargo', ['run', '--quiet', '--bin', 'controleer-vragenlijst', '--', '--json', '--index', join(folder, 'index.json'), ...paths], { stdio: 'inherit' });
} catch (error) {
  // Exit code 1: a file has problems (printed above); the others were prepared and the index was
  // written. Anything else (the checker did not build or run) must stop the build.
  if (error.status !== 1) throw error;
  console.warn('Waarschuwing: niet elk vragenlijstbestand is in orde; zie de meldingen hierboven.');
}
