// Writes style/theme.css: the design tokens of an NL Design System theme, limited to the
// custom properties the Utrecht component CSS (and our own style/app.css) actually uses, followed
// transitively. Run again after changing theme package: `node scripts/make-theme.mjs`.
// A municipality can instead replace style/theme.css with its own token file (see README).
import { readFileSync, writeFileSync } from 'node:fs';

const themeFile = process.argv[2]
  ?? 'node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
const consumers = [
  'style/utrecht.css',
  'style/app.css',
];

const definitions = new Map();
for (const match of readFileSync(themeFile, 'utf8').matchAll(/^\s*(--[\w-]+)\s*:\s*([^;]+);/gm)) {
  definitions.set(match[1], match[2].trim());
}
const references = (text) => [...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]);

const wanted = new Set();
const queue = consumers.flatMap((file) => references(readFileSync(file, 'utf8')));
while (queue.length) {
  const name = queue.pop();
  if (wanted.has(name) || !definitions.has(name)) continue;
  wanted.add(name);
  queue.push(...references(definitions.get(name)));
}

const lines = [...wanted].sort().map((name) => `  ${name}: ${definitions.get(name)};`);
writeFileSync('style/theme.css', `/*
 * Huisstijl (design tokens) van deze installatie.
 * Gegenereerd door scripts/make-theme.mjs uit ${themeFile.replace('node_modules/', '')}
 * (NL Design System), beperkt tot de tokens die de gebruikte componenten nodig hebben.
 * Een gemeente kan dit bestand vervangen door de tokens van de eigen huisstijl; zie README.
 */
.zelfevaluatie-theme {
${lines.join('\n')}
}
`);
console.log(`style/theme.css: ${wanted.size} tokens`);
