// Trunk post-build hook: lists the questionnaire YAML files of the built site, and the national
// figures file, in questionnaires/index.json. An editor who adds a questionnaire on the static
// host adds its name there.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = join(process.env.TRUNK_STAGING_DIR ?? 'dist', 'questionnaires');
const files = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).sort();
const figures = 'cijfers/landelijke-cijfers.yaml';
const index = existsSync(join(folder, figures)) ? { files, figures } : { files };
writeFileSync(join(folder, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
console.log(`questionnaires/index.json: ${files.length} vragenlijst(en)`);
