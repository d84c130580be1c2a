// Trunk post-build hook: moves the inline start-up script Trunk writes into index.html to its own
// file, so the Content-Security-Policy can forbid inline scripts ('unsafe-inline').
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const indexFile = join(dir, 'index.html');
const html = readFileSync(indexFile, 'utf8');
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) {
  if (/<script type="module" src="\.\/start-/.test(html)) process.exit(0);
  console.error('externalize-loader: geen start-script gevonden in index.html');
  process.exit(1);
}
const code = `${match[1].trim()}\n`;
const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
const name = `start-${hash}.js`;
writeFileSync(join(dir, name), code);
writeFileSync(indexFile, html.replace(inline, `<script type="module" src="./${name}"></script>`));
console.log(`start-script verplaatst naar ${name}`);
