// Trunk post-build hook: lists the questionnaire YAML files of the built site in
// questionnaires/index.json. An editor who adds a file on the static host adds its name there.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = join(process.env.TRUNK_STAGING_DIR ?? 'dist', 'questionnaires');
const files = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).sort();
writeFileSync(join(folder, 'index.json'), `${JSON.stringify({ files }, null, 2)}\n`);
console.log(`questionnaires/index.json: ${files.length} vragenlijst(en)`);
