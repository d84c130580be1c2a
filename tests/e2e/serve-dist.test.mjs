// The static test server: with `gzip` (the benchmark's setting) it compresses what a browser
// accepts compressed, and sends everything else as it is.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { get } from 'node:http';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { serveDist } from '../../scripts/serve-dist.mjs';

function fetchRaw(url, headers) {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const parts = [];
      response.on('data', (part) => parts.push(part));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(parts) }));
    }).on('error', reject);
  });
}

test('met gzip gaat tekst en WebAssembly gecomprimeerd over de lijn, alleen als de browser dat wil', async () => {
  const wasm = readdirSync('dist').find((f) => f.endsWith('_bg.wasm'));
  const original = readFileSync(`dist/${wasm}`);
  const server = await serveDist({ gzip: true });
  try {
    const zipped = await fetchRaw(`${server.url}${wasm}`, { 'accept-encoding': 'gzip, br' });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.equal(Number(zipped.headers['content-length']), zipped.body.length);
    assert.ok(zipped.body.length < original.length * 0.6, `${zipped.body.length} of ${original.length}`);
    assert.ok(gunzipSync(zipped.body).equals(original));
    const plain = await fetchRaw(`${server.url}${wasm}`, {});
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.body.equals(original));
  } finally {
    await server.close();
  }
});
