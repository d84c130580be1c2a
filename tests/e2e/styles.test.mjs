// The shipped Utrecht CSS is exactly what scripts/make-utrecht-css.mjs makes from the current
// source, and its selector filter only drops selectors that can never match.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { utrechtCss, withoutUnusedSelectors } from '../../scripts/make-utrecht-css.mjs';

test('style/utrecht.css is up to date with the classes the app uses', () => {
  assert.ok(
    readFileSync('style/utrecht.css', 'utf8') === utrechtCss(),
    'style/utrecht.css is out of date: run `node scripts/make-utrecht-css.mjs`',
  );
});

test('selectors needing an unused class are dropped, all others kept', () => {
  const used = new Set(['utrecht-button', 'utrecht-button--primary-action']);
  const css = `
.utrecht-button, .utrecht-button--subtle { color: red; }
.utrecht-button--subtle:hover { color: blue; }
.utrecht-button:not(.utrecht-button--busy, .utrecht-button--subtle) { cursor: pointer; }
.utrecht-button--primary-action:focus-visible { outline: 2px solid; }
@media (forced-colors: active) { .utrecht-button--subtle { border: 1px solid; } .utrecht-button { border: 2px solid; } }
@media print { .utrecht-button--subtle { display: none; } }
`;
  const kept = withoutUnusedSelectors(css, used);
  assert.match(kept, /^\.utrecht-button \{ color: red; \}/m);
  assert.doesNotMatch(kept, /utrecht-button--subtle:hover|color: blue/);
  assert.match(kept, /\.utrecht-button:not\(\.utrecht-button--busy, \.utrecht-button--subtle\) \{ cursor: pointer; \}/);
  assert.match(kept, /\.utrecht-button--primary-action:focus-visible/);
  assert.match(kept, /@media \(forced-colors: active\) \{\n\.utrecht-button \{ border: 2px solid; \}/);
  assert.doesNotMatch(kept, /@media print/, 'an @media block left empty is dropped');
});
