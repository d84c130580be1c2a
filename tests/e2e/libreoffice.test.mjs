// The LibreOffice helper (libreoffice.mjs) for journeys that download a document: it converts the
// sample .odt and .docx that tests/document_formats.rs keeps in tests/golden/documents/ and reads
// their headings and language back.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { test } from 'node:test';
import { convert, headingsFromFodt, languageFromFodt } from './libreoffice.mjs';

// The headings of the sample document (tests/document_support/mod.rs).
const SAMPLE_HEADINGS = [
  [1, 'Samenvatting'],
  [2, 'Scores per principe'],
  [3, 'Toelichting bij de scores'],
  [1, 'Verbeterplan'],
  [2, 'Acties met prioriteit hoog'],
].map(([level, text]) => ({ level, text, style: `Heading ${level}`, styleOutlineLevel: level }));

test('libreoffice: koppen en taal van het voorbeeld in .odt en .docx', async () => {
  const started = Date.now();
  const [odt, docx] = await convert(
    ['tests/golden/documents/voorbeeld.odt', 'tests/golden/documents/voorbeeld.docx'],
    'fodt',
  );
  try {
    for (const path of [odt, docx]) {
      const fodt = readFileSync(path, 'utf8');
      assert.deepEqual(headingsFromFodt(fodt), SAMPLE_HEADINGS, path);
      assert.deepEqual(languageFromFodt(fodt), { defaultStyle: 'nl-NL', metadata: 'nl-NL' }, path);
    }
  } finally {
    rmSync(dirname(odt), { recursive: true, force: true });
  }
  console.log(`soffice: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

test('libreoffice: koppen lezen door automatische stijlen heen, met spaties, tabs en tekens', () => {
  const fodt = `<office:document>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties fo:language="nl" fo:country="NL"/></style:default-style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"/>
</office:styles>
<office:automatic-styles>
<style:style style:name="P7" style:family="paragraph" style:parent-style-name="Heading_20_2"/>
</office:automatic-styles>
<office:meta><dc:language>nl-NL</dc:language></office:meta>
<office:body><office:text>
<text:h text:style-name="P7" text:outline-level="2">A &amp; B <text:span text:style-name="T1">&lt;c&gt;</text:span><text:s text:c="2"/>d<text:tab/>e</text:h>
<text:h text:style-name="Heading_20_2" text:outline-level="2"/>
</office:text></office:body></office:document>`;
  assert.deepEqual(headingsFromFodt(fodt), [
    { level: 2, text: 'A & B <c>  d\te', style: 'Heading 2', styleOutlineLevel: 2 },
    { level: 2, text: '', style: 'Heading 2', styleOutlineLevel: 2 },
  ]);
  assert.deepEqual(languageFromFodt(fodt), { defaultStyle: 'nl-NL', metadata: 'nl-NL' });
  assert.deepEqual(languageFromFodt('<office:document/>'), { defaultStyle: undefined, metadata: undefined });
});
